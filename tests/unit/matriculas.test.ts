import { describe, expect, it } from 'vitest';
import { DataBuildError } from '../../data/errors';
import { identicalConsulates, MATRICULA_FILES, parseConsulates, parseMatriculaRows, readMatriculaYear, yearFiles } from '../../data/matriculas';
import { consulate, CONSULATES, fixtureFiles, readerOf, row } from './circuits-fixtures';
import { thrown } from './fixtures';

const LIST = MATRICULA_FILES.list(2011);
const ROWS_FILE = MATRICULA_FILES.rows(2011, 'alpha');
const failure = (fn: () => unknown) => {
  const e = thrown(fn) as DataBuildError;
  expect(e).toBeInstanceOf(DataBuildError);
  return e;
};

describe('parseConsulates', () => {
  it('reads key, names and location as numbers, ignoring the list position and the unreliable total', () => {
    const [c] = parseConsulates(JSON.stringify([consulate('los_angeles', -118.243685, 34.052234, { name_es: 'Los Ángeles ' })]), LIST);
    expect(c).toEqual({ key: 'los_angeles', nameEs: 'Los Ángeles', nameEn: 'Consul los_angeles', lat: 34.052234, lon: -118.243685 });
  });

  const failures: [string, unknown, RegExp, string][] = [
    ['a duplicate key', [consulate('boise', -116, 43), consulate('boise', -116, 43)], /key "boise" appears twice/, 'entry 2 (boise)'],
    ['a key with capitals', [consulate('Boise', -116, 43)], /not lower-case words/, 'entry 1 (Boise)'],
    ['no key', [{ ...consulate('boise', -116, 43), key: undefined }], /has no string "key"/, 'entry 1'],
    ['a latitude that is a number, not a string', [{ ...consulate('boise', -116, 43), lat: 43 }], /"lat" is 43, expected a number of degrees/, 'entry 1 (boise)'],
    ['swapped coordinates', [consulate('boise', 43, -116)], /"lat" is "-116"/, 'entry 1 (boise)'],
    ['an empty name', [consulate('boise', -116, 43, { name_en: ' ' })], /"name_en" is not a non-empty string/, 'entry 1 (boise)'],
  ];
  it.each(failures)('rejects %s, naming the file and the entry', (_what, list, problem, where) => {
    const e = failure(() => parseConsulates(JSON.stringify(list), LIST));
    expect(e.file).toBe(LIST);
    expect(e.problem).toMatch(problem);
    expect(e.where).toBe(where);
  });

  it('rejects a file that is not a JSON array', () => {
    expect(failure(() => parseConsulates('{"key":"x"}', LIST)).problem).toBe('is not a JSON array');
    expect(failure(() => parseConsulates('[{', LIST)).problem).toMatch(/^is not valid JSON/);
  });
});

describe('parseMatriculaRows', () => {
  it('pads the id back to CVEGEO and reads the string count as an integer', () => {
    const rows = parseMatriculaRows(JSON.stringify([row('1001', '408', 'Aguascalientes'), row('20001', '17345'), row('9002', '0')]), ROWS_FILE);
    expect(rows).toEqual([
      { id: '01001', name: 'Aguascalientes', cards: 408 },
      { id: '20001', name: 'Municipio 20001', cards: 17345 },
      { id: '09002', name: 'Municipio 9002', cards: 0 },
    ]);
    expect(parseMatriculaRows('[]', ROWS_FILE)).toEqual([]);
  });

  const failures: [string, unknown, RegExp, string][] = [
    ['a numeric value', row('1001', 408), /value 408 is not a count written as a string/, 'row 2 (id "1001")'],
    ['a decimal value', row('1001', '4.5'), /value "4.5"/, 'row 2 (id "1001")'],
    ['a negative value', row('1001', '-3'), /value "-3"/, 'row 2 (id "1001")'],
    ['a value with a leading zero', row('1001', '012'), /value "012"/, 'row 2 (id "1001")'],
    ['a thousands separator', row('1001', '1,204'), /value "1,204"/, 'row 2 (id "1001")'],
    ['an empty value', row('1001', ''), /value ""/, 'row 2 (id "1001")'],
    ['an id with its leading zero', row('01001', '1'), /id "01001" is not a CVEGEO without its leading zero/, 'row 2 (id "01001")'],
    ['a numeric id', { ...row('1', '1'), id: 1001 }, /id 1001 is not a CVEGEO/, 'row 2 (id 1001)'],
    ['a state above 32', row('33001', '1'), /names no municipality \(state 33, municipality 001\)/, 'row 2 (id "33001")'],
    ['municipality 000', row('14000', '1'), /names no municipality/, 'row 2 (id "14000")'],
    ['a repeated id', row('20001', '5'), /id "20001" appears twice/, 'row 2 (id "20001")'],
    ['a row that is not an object', ['20001', '5'], /is not an object/, 'row 2'],
  ];
  it.each(failures)('rejects %s, naming the file and the row', (_what, bad, problem, where) => {
    const e = failure(() => parseMatriculaRows(JSON.stringify([row('20001', '77'), bad]), ROWS_FILE));
    expect(e.file).toBe(ROWS_FILE);
    expect(e.problem).toMatch(problem);
    expect(e.where).toBe(where);
  });
});

describe('readMatriculaYear', () => {
  const keys = CONSULATES.map((c) => c.key);
  const all = parseConsulates(JSON.stringify(CONSULATES), MATRICULA_FILES.consulates);

  it('enumerates the files from the full list: the year list, then one row file per consulate', () => {
    expect(yearFiles(2006, all)).toEqual([MATRICULA_FILES.list(2006), ...keys.map((k) => `sources/sre-matriculas/jsons/2006${k}`)]);
  });

  it('keeps the rows of the listed consulates and checks the total; an unlisted consulate\'s file must be empty', () => {
    const y = readMatriculaYear(readerOf(fixtureFiles()), 2006, all, 32);
    expect(y.listed).toEqual(['alpha', 'beta', 'gamma', 'coast']);
    expect([...y.rows.keys()]).toEqual(['alpha', 'beta', 'gamma', 'coast']);
    expect(y.total).toBe(32);
  });

  it('rejects cards in the file of a consulate the year does not list', () => {
    const files = fixtureFiles((f) => f.set(MATRICULA_FILES.rows(2006, 'late'), JSON.stringify([row('1001', '3')])));
    const e = failure(() => readMatriculaYear(readerOf(files), 2006, all, 32));
    expect(e.file).toBe('sources/sre-matriculas/jsons/2006late');
    expect(e.problem).toBe('has 1 rows but consulate "late" is not in sources/sre-matriculas/jsons/consulados2006.json');
  });

  it('rejects a listed consulate without a file, and an unlisted one without its empty file', () => {
    const listed = failure(() => readMatriculaYear(readerOf(fixtureFiles((f) => f.delete(MATRICULA_FILES.rows(2011, 'beta')))), 2011, all, 38));
    expect(listed.file).toBe('sources/sre-matriculas/jsons/2011beta');
    expect(listed.problem).toBe('is missing; it is the 2011 file of consulate "beta", listed in sources/sre-matriculas/jsons/consulados2011.json');
    const unlisted = failure(() => readMatriculaYear(readerOf(fixtureFiles((f) => f.delete(MATRICULA_FILES.rows(2006, 'late')))), 2006, all, 32));
    expect(unlisted.problem).toMatch(/2006 file of consulate "late", in sources\/sre-matriculas\/consulados.json \(expected as an empty file for 2006\)/);
  });

  it('rejects a year list with a consulate the full list lacks or places elsewhere', () => {
    const stranger = fixtureFiles((f) => f.set(LIST, JSON.stringify([...CONSULATES, consulate('reno', -119.8, 39.5)])));
    expect(failure(() => readMatriculaYear(readerOf(stranger), 2011, all, 38)).problem).toBe('consulate "reno" is not in sources/sre-matriculas/consulados.json');
    const moved = fixtureFiles((f) => f.set(LIST, JSON.stringify(CONSULATES.map((c) => (c.key === 'beta' ? { ...c, lat: '31.5' } : c)))));
    expect(failure(() => readMatriculaYear(readerOf(moved), 2011, all, 38)).problem).toMatch(/"beta" is at 31.5, -118.5 here but at 30.5, -118.5/);
  });

  it('fails when the rows do not reproduce the published total', () => {
    const e = failure(() => readMatriculaYear(readerOf(fixtureFiles()), 2011, all, 848_016));
    expect(e.file).toBe(LIST);
    expect(e.problem).toBe('the rows of its consulates add up to 38 cards, the published total is 848016');
  });
});

describe('identicalConsulates', () => {
  it('groups non-empty consulates whose rows are the same in any order', () => {
    const a = [{ id: '01001', name: 'A', cards: 3 }, { id: '02001', name: 'B', cards: 1 }];
    const rows = new Map([['douglas', [...a].reverse()], ['denver', a], ['boise', []], ['anchorage', []], ['yuma', [a[0]]]]);
    expect(identicalConsulates(rows)).toEqual([['denver', 'douglas']]);
  });
});
