import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../data/csv';

describe('parseCsv', () => {
  it('keeps commas inside quoted fields', () => {
    expect(parseCsv('1,"Llano, El",3\n')).toEqual([['1', 'Llano, El', '3']]);
  });

  it('turns doubled quotes into one quote', () => {
    expect(parseCsv('"say ""hola""",x')).toEqual([['say "hola"', 'x']]);
  });

  it('reads CRLF and LF line ends alike', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('adds no empty record for the trailing newline', () => {
    expect(parseCsv('a\nb\n')).toHaveLength(2);
  });

  it('keeps a line break inside a quoted field', () => {
    expect(parseCsv('"two\r\nlines",x\n')).toEqual([['two\r\nlines', 'x']]);
  });

  it('keeps an empty last field', () => {
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('throws on an unterminated quote', () => {
    expect(() => parseCsv('a,"open\nb,c\n')).toThrow(/unterminated/);
  });
});

describe('parseCsvRecords', () => {
  it('strips a BOM so the first header is found', () => {
    const [first] = parseCsvRecords('\uFEFFFE_ID,MUN_ID\n1,2\n');
    expect(first.values).toEqual({ FE_ID: '1', MUN_ID: '2' });
  });

  it('numbers records from line 2 and skips blank lines without renumbering', () => {
    const records = parseCsvRecords('k,v\r\nx,1\r\n\r\ny,2\r\n');
    expect(records).toEqual([
      { line: 2, values: { k: 'x', v: '1' } },
      { line: 4, values: { k: 'y', v: '2' } },
    ]);
  });

  it('fills a short row with empty strings', () => {
    expect(parseCsvRecords('a,b,c\n1\n')[0].values).toEqual({ a: '1', b: '', c: '' });
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsvRecords('')).toEqual([]);
  });
});
