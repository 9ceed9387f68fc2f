import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseConapo2020 } from '../../data/conapo-2020';
import { DataBuildError } from '../../data/errors';
import { thrown } from './fixtures';

const FILE = 'sources/conapo-iim-2020-municipal/iim_mex_eeuu_2020_municipio.csv';
const HEADER = 'cve_ent,cve_mun,nom_mun,viv_tot,viv_rem,viv_emig,viv_circ,viv_ret,iim_dp2,gim_dp2,pos_nal';
const parse = (...rows: string[]) => parseConapo2020([HEADER, ...rows].join('\n') + '\n', FILE);

const AGUASCALIENTES = '1,1001,Aguascalientes,267588,5.082443285,1.30835463,0.68608579,0.79562704,63.44698,Bajo,1020.0';
const SEYBAPLAYA = '4,4012,Seybaplaya,4249,0.0,0.0,0.0,0.0,,Nulo,';

describe('parseConapo2020', () => {
  it('splits cve_mun 1001 into state "01" and CVEGEO "01001", keeps the unrounded percentages and reads pos_nal "1020.0" as 1020', () => {
    const { rows, ranks } = parse(AGUASCALIENTES);
    expect(rows).toEqual([
      { id: '01001', state: '01', name: 'Aguascalientes', degree: 'bajo', index: 63.44698, remittances: 5.082443285, emigrants: 1.30835463, circular: 0.68608579, returnMigrants: 0.79562704, homes: 267588 },
    ]);
    expect(ranks.get('01001')).toEqual({ national: 1020, inState: null });
  });

  it('reads a five-digit cve_mun (state 20) and the degrees as written, "Muy alto" in lower case', () => {
    const labels = ['Muy alto', 'Alto', 'Medio', 'Bajo', 'Muy bajo'];
    const { rows } = parse(...labels.map((label, i) => `20,${20001 + i},M,10,1,1,1,1,60.5,${label},${i + 1}.0`));
    expect(rows.map((m) => [m.id, m.degree])).toEqual([
      ['20001', 'muy-alto'],
      ['20002', 'alto'],
      ['20003', 'medio'],
      ['20004', 'bajo'],
      ['20005', 'muy-bajo'],
    ]);
  });

  it('gives Nulo rows, whose iim_dp2 and pos_nal are blank, no index and no rank', () => {
    const { rows, ranks } = parse(SEYBAPLAYA);
    expect(rows[0]).toMatchObject({ id: '04012', degree: 'nulo', index: null, homes: 4249 });
    expect(ranks.get('04012')).toEqual({ national: null, inState: null });
  });

  it('reads names as UTF-8', () => {
    const bytes = Buffer.from(`${HEADER}\n1,1004,Cosío,3915,12.5,2.1,0.2,1.6,62.73023,Medio,754.0\n`, 'utf8');
    expect(parseConapo2020(decodeUtf8(bytes, FILE), FILE).rows[0].name).toBe('Cosío');
  });

  it('rejects bytes that are not UTF-8 (a Latin-1 "í"), naming the file', () => {
    const e = thrown(() => decodeUtf8(Buffer.from('Cosío', 'latin1'), FILE)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(FILE);
    expect(e.problem).toBe('is not valid UTF-8');
  });

  const cases: [string, string, RegExp][] = [
    ['a cve_mun of another state', AGUASCALIENTES.replace('1,1001', '2,1001'), /cve_mun 1001 does not start with the state code 2/],
    ['a degree in 2010 spelling ("Muy Alto")', AGUASCALIENTES.replace('Bajo', 'Muy Alto'), /unknown degree "Muy Alto"/],
    ['a degree with a 2010 prefix', AGUASCALIENTES.replace('Bajo', '2 Bajo'), /unknown degree "2 Bajo"/],
    ['a blank index outside Nulo', AGUASCALIENTES.replace('63.44698', ''), /iim_dp2 is blank although the degree is Bajo/],
    ['an index on a Nulo row', SEYBAPLAYA.replace(',,Nulo', ',64.1,Nulo'), /a Nulo municipality has an index: "64.1"/],
    ['a pos_nal with decimals', AGUASCALIENTES.replace('1020.0', '1020.5'), /pos_nal is not a rank: "1020.5"/],
    ['a pos_nal of 0', AGUASCALIENTES.replace('1020.0', '0.0'), /pos_nal is not a rank: "0.0"/],
    ['an index with a thousands separator', AGUASCALIENTES.replace('63.44698', '"1,063.4"'), /iim_dp2 is not a number: "1,063.4"/],
    ['a percentage above 100', AGUASCALIENTES.replace('5.082443285', '100.2'), /viv_rem is not a percentage: 100.2/],
    ['a duplicate key', AGUASCALIENTES.replace('1,1001,Aguascalientes', '01,01001,Aguascalientes'), /municipality 01001 appears twice/],
  ];
  it.each(cases)('rejects %s with a DataBuildError naming the file and line 3', (_what, row, problem) => {
    const e = thrown(() => parse(AGUASCALIENTES, row)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(FILE);
    expect(e.where).toBe('line 3');
    expect(e.message).toMatch(problem);
  });

  it('rejects a file without pos_nal, naming the column', () => {
    const e = thrown(() => parseConapo2020(HEADER.replace(',pos_nal', '') + '\n' + AGUASCALIENTES.replace(/,1020\.0$/, '') + '\n', FILE)) as DataBuildError;
    expect(e.where).toBe('header');
    expect(e.problem).toBe('missing column(s) pos_nal');
  });
});
