import { describe, expect, it } from 'vitest';
import { DataBuildError } from '../../data/errors';
import { decodeLatin1, parseInegiPopulation } from '../../data/inegi';
import { thrown } from './fixtures';

const FILE = 'sources/inegi-census-municipal/2000.csv';

/** INEGI's export layout: title lines, national total, state subtotals, municipal rows, footer; CRLF. */
const lines = (...body: string[]) =>
  [
    '"Población total"',
    '""',
    '"","","Total","Hombres","Mujeres",""',
    ...body,
    '',
    '"Fuente: INEGI. XII Censo General de Población y Vivienda 2000."',
    '',
  ].join('\r\n');

const BODY = [
  '" ","Total","645,419","300,000","345,419"',
  '"=CONCATENAR(0,01) ","Aguascalientes","645,419","300,000","345,419"',
  '" 01 001 ","Aguascalientes","643,419","310,771","332,648"',
  '" 01 004 ","Cosío","2,000","1,000","1,000"',
];

describe('decodeLatin1', () => {
  it('decodes ISO-8859-1 bytes, one character per byte', () => {
    // "Cosío, Peñón" in Latin-1: í = 0xED, ñ = 0xF1, ó = 0xF3.
    const bytes = Uint8Array.from([0x43, 0x6f, 0x73, 0xed, 0x6f, 0x2c, 0x20, 0x50, 0x65, 0xf1, 0xf3, 0x6e]);
    expect(decodeLatin1(bytes)).toBe('Cosío, Peñón');
  });
});

describe('parseInegiPopulation', () => {
  it('reads municipal rows by CVEGEO and the national total, ignoring state rows and the footer', () => {
    const text = decodeLatin1(Buffer.from(lines(...BODY), 'latin1'));
    const census = parseInegiPopulation(text, FILE);
    expect([...census.byMunicipality]).toEqual([
      ['01001', 643419],
      ['01004', 2000],
    ]);
    expect(census.nationalTotal).toBe(645419);
  });

  it('reads counts with and without thousands separators', () => {
    const census = parseInegiPopulation(lines(BODY[0], '" 02 001 ","Ensenada","370730","1","1"', '" 02 002 ","Mexicali","1,234,567","1","1"'), FILE);
    expect(census.byMunicipality.get('02001')).toBe(370730);
    expect(census.byMunicipality.get('02002')).toBe(1234567);
  });

  it.each(['643.419', '64,3419', '', 'n/d', '-5'])('rejects the malformed count "%s", naming the key and line', (count) => {
    const e = thrown(() => parseInegiPopulation(lines(BODY[0], `" 01 001 ","Aguascalientes","${count}","1","1"`), FILE)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(FILE);
    expect(e.where).toBe('line 5');
    expect(e.problem).toContain('01 001');
  });

  it('rejects a file without the national Total row', () => {
    const e = thrown(() => parseInegiPopulation(lines(...BODY.slice(1)), FILE));
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toContain('no national "Total" row');
  });

  it('rejects a file without municipal rows', () => {
    expect(() => parseInegiPopulation(lines(BODY[0], BODY[1]), FILE)).toThrow(/no municipal rows/);
  });

  it('also reads each municipality\'s name, trimmed, with its accents (Latin-1 decoded)', () => {
    const text = decodeLatin1(Buffer.from(lines(...BODY, '" 01 010 "," El Llano ","20,853","1","1"'), 'latin1'));
    expect([...parseInegiPopulation(text, FILE).names]).toEqual([
      ['01001', 'Aguascalientes'],
      ['01004', 'Cosío'],
      ['01010', 'El Llano'],
    ]);
  });

  it('rejects a municipality listed twice', () => {
    expect(() => parseInegiPopulation(lines(...BODY, BODY[2]), FILE)).toThrow(/01001 appears twice/);
  });
});
