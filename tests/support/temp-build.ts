// The real data build run into fresh temporary folders, for the data tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../data/build';
import { SOURCES_ROOT } from './raw-conapo';

/** `build()` writes a full build into a new temporary folder and returns its files by name; `removeAll()` deletes every folder. */
export function temporaryBuilds(prefix = 'atlas-data-') {
  const dirs: string[] = [];
  return {
    build(): Map<string, Buffer> {
      const outDir = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'data');
      dirs.push(path.dirname(outDir));
      buildData({ root: SOURCES_ROOT, outDir });
      return new Map(readdirSync(outDir).map((f) => [f, readFileSync(path.join(outDir, f))]));
    },
    removeAll: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}
