import { describe, expect, it } from 'vitest';
import { parseConapo2010 } from '../../data/conapo-2010';
import { checkStates2010, parseConapo2010States } from '../../data/conapo-2010-states';
import { DataBuildError } from '../../data/errors';
import { decodeLatin1 } from '../../data/inegi';
import { thrown } from './fixtures';

const FILE = 'sources/conapo-iim-2010-municipal/IIM2010_BASEMUN.csv';
const STATE_FILE = 'sources/conapo-iim-2010-state/IIM_datos.csv';
const FILES = { conapo: FILE, state: STATE_FILE };
const HEADER = 'ENT,NOM_ENT,MUN,NOM_MUN,TOT_VIV,VIV_REM,VIV_EMIG,VIV_CIRC,VIV_RET,IIM_2010,IIM0a100,GIM_2010,LUG_EDO,LUG_NAL';

/** The file as Conapo publishes it: ISO-8859-1 bytes, LF; the parser gets it decoded. */
const latin1 = (header: string, rows: string[]) => Buffer.from([header, ...rows].join('\n') + '\n', 'latin1');
const parse = (...rows: string[]) => parseConapo2010(decodeLatin1(latin1(HEADER, rows)), FILE);

const CALVILLO = '1,Aguascalientes,3,Calvillo,12831,19.69,10.32,6.88,11.70,3.1019,9.8585,5 Muy Alto,1,20';
const COSIO = '1,Aguascalientes,4,Cosío,3246,5.05,2.22,2.93,6.53,0.5184,3.8887,3 Medio,2,643';

describe('parseConapo2010', () => {
  it('decodes Latin-1, pads the unpadded ENT/MUN into a CVEGEO and reads every column', () => {
    const bytes = latin1(HEADER, [COSIO]);
    expect(bytes.includes(0xed)).toBe(true); // "í" is one byte, as in Conapo's file
    const { rows, ranks } = parseConapo2010(decodeLatin1(bytes), FILE);
    expect(rows).toEqual([
      { id: '01004', state: '01', name: 'Cosío', degree: 'medio', index: 0.5184, remittances: 5.05, emigrants: 2.22, circular: 2.93, returnMigrants: 6.53, homes: 3246 },
    ]);
    expect(ranks.get('01004')).toEqual({ national: 643, inState: 2 });
  });

  it('maps the degrees with their numeric prefix and capitalised "Muy Alto"/"Muy Bajo"', () => {
    const labels = ['5 Muy Alto', '4 Alto', '3 Medio', '2 Bajo', '1 Muy Bajo', '0 Nulo'];
    const rows = labels.map((label, i) => `20,Oaxaca,${i + 1},M,10,1,1,1,1,0.5,1,${label},${label.endsWith('Nulo') ? ',' : `${i + 1},${i + 1}`}`);
    expect(parse(...rows).rows.map((m) => m.degree)).toEqual(['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo', 'nulo']);
  });

  it('keeps the index Conapo publishes for Nulo rows (-1.1644) and reads their blank ranks as none', () => {
    const { rows, ranks } = parse('7,Chiapas,64,Oxchuc,8301,0,0,0,0,-1.1644,0.0000,0 Nulo,,');
    expect(rows[0]).toMatchObject({ id: '07064', degree: 'nulo', index: -1.1644, remittances: 0, homes: 8301 });
    expect(ranks.get('07064')).toEqual({ national: null, inState: null });
  });

  const cases: [string, string, RegExp][] = [
    ['a degree in lower case ("Muy alto", the 2020 spelling)', CALVILLO.replace('5 Muy Alto', '5 Muy alto'), /unknown degree "5 Muy alto"/],
    ['a degree whose prefix disagrees with its name', CALVILLO.replace('5 Muy Alto', '4 Muy Alto'), /unknown degree "4 Muy Alto"/],
    ['a degree without its prefix', CALVILLO.replace('5 Muy Alto', 'Muy Alto'), /unknown degree "Muy Alto"/],
    ['an index with a decimal comma', CALVILLO.replace('3.1019', '"3,1019"'), /IIM_2010 is not a number: "3,1019"/],
    ['an index in exponent notation', CALVILLO.replace('3.1019', '3.1e0'), /IIM_2010 is not a number: "3.1e0"/],
    ['a percentage above 100', CALVILLO.replace('19.69', '100.01'), /VIV_REM is not a percentage: 100.01/],
    ['a negative percentage', CALVILLO.replace('11.70', '-0.5'), /VIV_RET is not a percentage: -0.5/],
    ['a dwelling count with a thousands separator', CALVILLO.replace('12831', '"12,831"'), /TOT_VIV is not a whole number: "12,831"/],
    ['a rank written as a float', CALVILLO.replace(/,20$/, ',20.0'), /LUG_NAL is not a whole number: "20.0"/],
    ['a rank of 0', CALVILLO.replace(',1,20', ',0,20'), /LUG_EDO is not a rank: 0/],
    ['a zero-padded duplicate key', CALVILLO.replace(/^1,Aguascalientes,3/, '01,Aguascalientes,003'), /municipality 01003 appears twice/],
    ['a municipality code above 999', CALVILLO.replace(',3,Calvillo', ',1003,Calvillo'), /municipality code 1003 is not 1–999/],
  ];
  it.each(cases)('rejects %s with a DataBuildError naming the file and line 3', (_what, row, problem) => {
    const e = thrown(() => parse(CALVILLO, row)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(FILE);
    expect(e.where).toBe('line 3');
    expect(e.message).toMatch(problem);
  });

  it('rejects a file without one of its columns, naming it', () => {
    const e = thrown(() => parseConapo2010(HEADER.replace(',LUG_NAL', '') + '\n' + CALVILLO.replace(/,20$/, '') + '\n', FILE)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('header');
    expect(e.problem).toBe('missing column(s) LUG_NAL');
  });
});

describe('the 2010 cross-check with the state table', () => {
  const STATE_HEADER = 'cvegeo,entidad,vivienda,remesas,emigrantes,circulares,retorno';
  // Two municipalities of 100 and 300 dwellings: weighted means (10·100 + 2·300) / 400 = 4,
  // (4·100 + 8·300) / 400 = 7, (1·100 + 1·300) / 400 = 1, (0·100 + 4·300) / 400 = 3.
  const municipalities = parse('32,Zacatecas,1,Apozol,100,10,4,1,0,1.0,5,4 Alto,2,2', '32,Zacatecas,2,Apulco,300,2,8,1,4,1.5,6,5 Muy Alto,1,1').rows;
  const states = (row: string) => parseConapo2010States(decodeLatin1(Buffer.from(`${STATE_HEADER}\r\n${row}\r\n`, 'latin1')), STATE_FILE);

  it('reads the Latin-1 state file and passes when the state row is the weighted means of its municipalities', () => {
    const parsed = states('32,Zacatecas,400,4,7,1,3');
    expect(parsed).toEqual([{ id: '32', name: 'Zacatecas', homes: 400, remittances: 4, emigrants: 7, circular: 1, returnMigrants: 3 }]);
    expect(() => checkStates2010(municipalities, parsed, FILES)).not.toThrow();
    // Rounded state figures pass: 0.019 points off is within the tolerance.
    expect(() => checkStates2010(municipalities, states('32,Zacatecas,400,4.019,6.981,1,3'), FILES)).not.toThrow();
    expect(states('15,México,3723607,1.55,1.04,0.62,1.08')[0].name).toBe('México');
  });

  it('stops on a one-dwelling difference, naming the state', () => {
    const e = thrown(() => checkStates2010(municipalities, states('32,Zacatecas,401,4,7,1,3'), FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(STATE_FILE);
    expect(e.where).toBe('state 32');
    expect(e.problem).toBe("state 32 (Zacatecas): its municipalities' dwellings add up to 400, the state file says 401 (off by -1)");
  });

  it('stops on a weighted mean 0.03 points off, naming the state and the component', () => {
    const e = thrown(() => checkStates2010(municipalities, states('32,Zacatecas,400,4,7,1,3.03'), FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('state 32');
    expect(e.problem).toMatch(/^state 32 \(Zacatecas\): the dwelling-weighted mean of its municipalities' returnMigrants is 3\.0000 %, the state file's retorno says 3\.03 %/);
  });

  it('stops when a municipality belongs to a state the state file lacks', () => {
    expect(() => checkStates2010(municipalities, states('31,Yucatán,400,4,7,1,3'), FILES)).toThrow(/has no row for state 32/);
  });
});
