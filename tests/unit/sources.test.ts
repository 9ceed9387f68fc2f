import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataBuildError } from '../../data/errors';
import { readChecksums, readVerified, sourcesRoot } from '../../data/sources';
import { tempDir, thrown } from './fixtures';

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const REL = 'sources/demo/table.csv';
const CONTENT = 'a,b\n1,2\n';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  tmp.remove();
  vi.unstubAllEnvs();
});

const writeSource = (content: string | Buffer) => {
  mkdirSync(path.join(tmp.dir, 'sources/demo'), { recursive: true });
  writeFileSync(path.join(tmp.dir, REL), content);
};

describe('readVerified', () => {
  it('returns the bytes when the sha256 matches', () => {
    writeSource(CONTENT);
    const bytes = readVerified(tmp.dir, REL, new Map([[REL, sha256(CONTENT)]]));
    expect(bytes.toString('utf8')).toBe(CONTENT);
  });

  it('names the missing file and suggests DATA_SOURCES', () => {
    const e = thrown(() => readVerified(tmp.dir, REL, new Map([[REL, sha256(CONTENT)]]))) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(path.join(tmp.dir, REL));
    expect(e.problem).toBe('is missing');
    expect(e.fix).toContain('DATA_SOURCES');
  });

  it('reports a checksum mismatch when one byte changes', () => {
    const bytes = Buffer.from(CONTENT);
    const expected = sha256(bytes);
    bytes[0] ^= 1;
    writeSource(bytes);
    const e = thrown(() => readVerified(tmp.dir, REL, new Map([[REL, expected]])));
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toContain('checksum mismatch');
    expect(e.message).toContain(expected.slice(0, 12));
  });

  it('refuses a file that is not in the checksum list, even if present', () => {
    writeSource(CONTENT);
    const e = thrown(() => readVerified(tmp.dir, REL, new Map([['other.csv', sha256(CONTENT)]]))) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(REL);
    expect(e.problem).toContain('not in the project checksum list');
  });
});

describe('readChecksums', () => {
  it('parses "<sha>  <path>" lines (text and binary markers, CRLF, blank lines)', () => {
    const a = sha256('a');
    const b = sha256('b');
    const list = path.join(tmp.dir, 'SHA256SUMS');
    writeFileSync(list, `${a}  curated/regions.csv\r\n\n${b} *sources/x y/file.json\n`);
    expect(readChecksums(list)).toEqual(
      new Map([
        ['curated/regions.csv', a],
        ['sources/x y/file.json', b],
      ]),
    );
  });

  it('rejects an unreadable line, naming its number', () => {
    const list = path.join(tmp.dir, 'SHA256SUMS');
    writeFileSync(list, `${sha256('a')}  ok.csv\nnot-a-sum  bad.csv\n`);
    const e = thrown(() => readChecksums(list)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('line 2');
  });
});

describe('sourcesRoot', () => {
  it('defaults to ../shared/data beside the checkout', () => {
    vi.stubEnv('DATA_SOURCES', undefined);
    expect(sourcesRoot('/repo/main')).toBe(path.resolve('/repo/shared/data'));
  });

  it('follows DATA_SOURCES, relative to the working directory', () => {
    vi.stubEnv('DATA_SOURCES', 'raw');
    expect(sourcesRoot('/repo/main')).toBe(path.resolve('/repo/main/raw'));
  });
});
