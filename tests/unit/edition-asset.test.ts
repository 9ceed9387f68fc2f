import { describe, expect, it } from 'vitest';
import { EDITION_FORMAT, fromEditionAsset, prepareEdition, toEditionColumns, type EditionAsset, type EditionColumns } from '../../geo/editions';
import { SAMPLE } from './fixtures';

const shuffled = [SAMPLE[4], SAMPLE[1], SAMPLE[5], SAMPLE[0], SAMPLE[3], SAMPLE[2]];
const asset = (columns: EditionColumns = toEditionColumns(shuffled), edition: EditionAsset['edition'] = 2000): EditionAsset =>
  JSON.parse(JSON.stringify({ format: EDITION_FORMAT, edition, municipalities: columns }));

describe('edition asset: toEditionColumns / fromEditionAsset', () => {
  it('round-trips through JSON, giving the rows sorted by id, with ranks computed from the index', () => {
    expect(fromEditionAsset(asset(), 2000)).toEqual([...SAMPLE].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('stores each column once, degrees as their index in Conapo order, null indexes as null, and no rank unless published', () => {
    const c = toEditionColumns(shuffled);
    expect(c.id).toEqual(['01001', '01002', '01003', '02001', '02002', '02003']);
    expect(c.degree).toEqual([0, 1, 5, 2, 3, 5]);
    expect(c.index).toEqual([2.5, 1, null, 1, -0.5, null]);
    expect(c.rankNational).toBeUndefined();
    expect(toEditionColumns(shuffled, { national: true, inState: false }).rankNational).toEqual([1, 2, null, 2, 4, null]);
  });

  it('keeps published ranks as they are and computes only the missing ones', () => {
    // A published national rank that the index alone would not give (Conapo ranked on unrounded values).
    const c = toEditionColumns(shuffled, { national: true, inState: false });
    c.rankNational = [1, 3, null, 2, 4, null];
    const rows = fromEditionAsset(asset(c), 2000);
    expect(rows.map((m) => m.rank.national)).toEqual([1, 3, null, 2, 4, null]);
    expect(rows.map((m) => m.rank.inState)).toEqual([1, 2, null, 1, 2, null]);
  });

  it('ranks the lowest index first for 2020, where a lower value means more intensity', () => {
    const rows = fromEditionAsset(asset(toEditionColumns(shuffled), 2020), 2020);
    expect(rows.map((m) => [m.id, m.rank.national])).toEqual([['01001', 4], ['01002', 2], ['01003', null], ['02001', 2], ['02002', 1], ['02003', null]]);
  });

  it('throws on a column of the wrong length, naming it', () => {
    const c = toEditionColumns(shuffled);
    c.homes.pop();
    expect(() => fromEditionAsset(asset(c))).toThrow('edition 2000: column "homes" does not have 6 values');
  });

  it.each([6, -1, 1.5, null, 'length'])('throws on the unknown degree code %j', (code) => {
    const c = toEditionColumns(shuffled);
    (c.degree as unknown[])[2] = code;
    expect(() => fromEditionAsset(asset(c))).toThrow(/01003 has an unknown degree code/);
  });

  it('throws on another edition than expected, another format, an empty table, a bad key and non-numeric values', () => {
    expect(() => fromEditionAsset(asset(), 2010)).toThrow('edition: expected 2010, the file holds 2000');
    expect(() => fromEditionAsset({ ...asset(), format: 0 } as never)).toThrow(/unexpected format/);
    expect(() => fromEditionAsset(asset(toEditionColumns([])))).toThrow(/empty/);
    const key = toEditionColumns(shuffled);
    key.id[0] = '1001';
    expect(() => fromEditionAsset(asset(key))).toThrow('edition 2000: row 0 has key "1001"');
    const pop = toEditionColumns(shuffled);
    (pop.population as unknown[])[1] = '500';
    expect(() => fromEditionAsset(asset(pop))).toThrow('edition 2000: 01002 has a non-numeric population');
    const rank = toEditionColumns(shuffled, { national: true, inState: true });
    (rank.rankInState as unknown[])[0] = 0;
    expect(() => fromEditionAsset(asset(rank))).toThrow('edition 2000: 01001 has an invalid rank');
  });
});

describe('prepareEdition', () => {
  it('indexes rows by id and counts the ranked municipalities in the country and each state', () => {
    const data = prepareEdition(2000, SAMPLE);
    expect(data.byId.get('02002')?.name).toBe('Mexicali');
    expect(data.rankedNational).toBe(4);
    expect(Object.fromEntries(data.rankedInState)).toEqual({ '01': 2, '02': 2 });
  });
});
