import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns, type MunicipalColumns } from '../../geo/atlas';
import { SAMPLE } from './fixtures';

const shuffled = [SAMPLE[4], SAMPLE[1], SAMPLE[5], SAMPLE[0], SAMPLE[3], SAMPLE[2]];
const columns = (): MunicipalColumns => JSON.parse(JSON.stringify(toColumns(shuffled)));

describe('toColumns / fromColumns', () => {
  it('round-trips through JSON, giving the rows sorted by id', () => {
    expect(fromColumns(columns())).toEqual([...SAMPLE].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('stores each column once, degrees as their index in Conapo order, null indexes as null', () => {
    const c = toColumns(shuffled);
    expect(c.id).toEqual(['01001', '01002', '01003', '02001', '02002', '02003']);
    expect(c.degree).toEqual([0, 1, 5, 2, 3, 5]);
    expect(c.index).toEqual([2.5, 1, null, 1, -0.5, null]);
  });

  it('throws on a column of the wrong length, naming it', () => {
    const c = columns();
    c.households.pop();
    expect(() => fromColumns(c)).toThrow('atlas: column "households" does not have 6 values');
  });

  it.each([6, -1, 1.5, null])('throws on the unknown degree code %j', (code) => {
    const c = columns();
    (c.degree as unknown[])[2] = code;
    expect(() => fromColumns(c)).toThrow(/01003 has an unknown degree code/);
  });

  it('throws on an empty table, a bad key and non-numeric values', () => {
    expect(() => fromColumns(toColumns([]))).toThrow(/empty/);
    const key = columns();
    key.id[0] = '1001';
    expect(() => fromColumns(key)).toThrow('atlas: row 0 has key "1001"');
    const pop = columns();
    (pop.population as unknown[])[1] = '500';
    expect(() => fromColumns(pop)).toThrow('atlas: 01002 has a non-numeric population');
    const index = columns();
    (index.index as unknown[])[0] = 'NaN';
    expect(() => fromColumns(index)).toThrow('atlas: 01001 has a non-numeric index');
  });

  // Bug: DEGREES[code] is a plain property lookup, so a code naming an Array property
  // ("length", "at", ...) passes the check and becomes the municipality's degree.
  it('throws on a degree code that names an array property ("length")', () => {
    const c = columns();
    (c.degree as unknown[])[0] = 'length';
    expect(() => fromColumns(c)).toThrow(/unknown degree code/);
  });
});
