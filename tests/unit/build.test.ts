import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData, SOURCES } from '../../data/build';
import { EDITION_SOURCES } from '../../data/editions';
import { DataBuildError } from '../../data/errors';
import { tempDir, thrown } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let root: string;
let outDir: string;
let checksumList: string;

beforeEach(() => {
  tmp = tempDir();
  root = path.join(tmp.dir, 'sources-root');
  outDir = path.join(tmp.dir, 'out');
  checksumList = path.join(tmp.dir, 'SHA256SUMS');
  mkdirSync(root);
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'marker.txt'), 'previous build');
});
afterEach(() => tmp.remove());

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const writeList = (sums: Record<string, string>) =>
  writeFileSync(checksumList, Object.entries(sums).map(([file, sum]) => `${sum}  ${file}\n`).join(''));

/** The previous output is untouched and no staging or previous folder is left behind. */
function expectOutputUntouched() {
  expect(readFileSync(path.join(outDir, 'marker.txt'), 'utf8')).toBe('previous build');
  expect(readdirSync(outDir)).toEqual(['marker.txt']);
  expect(readdirSync(tmp.dir).filter((f) => f.includes('.staging-') || f.includes('.previous-'))).toEqual([]);
}

describe('buildData', () => {
  it('throws a DataBuildError for a missing source and leaves the output folder alone', () => {
    writeList(Object.fromEntries([...Object.values(SOURCES), EDITION_SOURCES[2000].conapo, EDITION_SOURCES[2000].inegi].map((s) => [s, sha256(s)])));
    const e = thrown(() => buildData({ root, outDir, checksumList })) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(path.join(root, EDITION_SOURCES[2000].conapo));
    expect(e.problem).toBe('is missing');
    expectOutputUntouched();
  });

  it('stops on a verified but incomplete table, leaving the output folder alone', () => {
    const conapo = 'FE_ID,MUN_ID,MUN_NAME,TOT_HUO,HOU_REM,HOU_REM_LAST_5_YEARS,HOU_CIR,HOU_RET,IIM_2000,GIM_2000\n1,1,Aguascalientes,100,1,1,1,1,0.5,High\n';
    const inegi = Buffer.from('"","","Total"\r\n" ","Total","400"\r\n" 01 001 ","Aguascalientes","400"\r\n', 'latin1');
    const regions =
      'cve_ent,nom_ent,iso_3166_2,region_conapo,region_durand_massey\n' +
      Array.from({ length: 32 }, (_, i) => `${String(i + 1).padStart(2, '0')},Estado ${i + 1},MX-X${i},Norte,Fronteriza\n`).join('');
    const files: [string, string | Buffer][] = [
      [EDITION_SOURCES[2000].conapo, conapo],
      [EDITION_SOURCES[2000].inegi, inegi],
      [SOURCES.regions, regions],
      [SOURCES.municipalities, '{}'],
    ];
    for (const [rel, content] of files) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), content);
    }
    writeList(Object.fromEntries(files.map(([rel, content]) => [rel, sha256(content)])));
    const e = thrown(() => buildData({ root, outDir, checksumList })) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toContain('number of municipalities is 1, published 2,443');
    expectOutputUntouched();
  });
});
