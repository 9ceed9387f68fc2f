import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataBuildError } from './errors';

/** Where the raw sources live: `DATA_SOURCES`, or the shared data folder beside the checkout. */
export function sourcesRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.DATA_SOURCES ?? '../shared/data');
}

/** Reads the project's own checksum list (`sha256  relative/path` per line). */
export function readChecksums(listFile: string): Map<string, string> {
  const sums = new Map<string, string>();
  readFileSync(listFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .forEach((line, i) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
      if (!m) throw new DataBuildError(listFile, `unreadable checksum line "${line}"`, 'fix the line: "<sha256>  <path>"', `line ${i + 1}`);
      sums.set(m[2], m[1]);
    });
  return sums;
}

/**
 * Reads one source file and checks it against the committed checksum, so the build can
 * never silently run on a different or damaged copy.
 */
export function readVerified(root: string, relative: string, checksums: Map<string, string>): Buffer {
  const file = path.join(root, relative);
  const expected = checksums.get(relative);
  if (!expected) {
    throw new DataBuildError(relative, 'is not in the project checksum list', 'add its sha256 to data/SHA256SUMS after checking its provenance');
  }
  if (!existsSync(file)) {
    throw new DataBuildError(file, 'is missing', `put the raw sources in ${root} (see ../shared/data/README.md) or point DATA_SOURCES at the folder that holds them`);
  }
  const bytes = readFileSync(file);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new DataBuildError(file, `checksum mismatch (expected ${expected.slice(0, 12)}…, found ${actual.slice(0, 12)}…)`, 'restore the original file; the build only runs on the verified copies');
  }
  return bytes;
}
