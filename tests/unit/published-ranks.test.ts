import { describe, expect, it } from 'vitest';
import type { PublishedRanks } from '../../data/conapo-fields';
import { DataBuildError } from '../../data/errors';
import { applyPublishedRanks } from '../../data/published-ranks';
import type { Degree } from '../../geo/degrees';
import type { Municipality } from '../../geo/types';
import { thrown } from './fixtures';

const FILE = 'sources/conapo-iim-2010-municipal/IIM2010_BASEMUN.csv';
const COLUMNS_2010 = { file: FILE, columns: { national: 'LUG_NAL', inState: 'LUG_EDO' } };

/** A row as the build has it before the published ranks: its computed rank is a marker (99). */
const row = (id: string, degree: Degree, index: number | null): Municipality => ({
  id,
  name: `M${id}`,
  state: id.slice(0, 2),
  degree,
  index,
  rank: { national: 99, inState: 99 },
  remittances: 1,
  emigrants: 1,
  circular: 1,
  returnMigrants: 1,
  homes: 10,
  population: 40,
});

// 2010: higher = more intense. 01002 and 01003 tie at four decimals (2.1000); the Nulo row
// carries Conapo's -1.1644. National places: 01001 → 1, the tie → 2–3, 02001 → 4.
const ROWS_2010 = [row('01001', 'muy-alto', 3.5), row('01002', 'alto', 2.1), row('01003', 'alto', 2.1), row('02001', 'bajo', -0.5), row('02002', 'nulo', -1.1644)];
const ranks = (entries: [string, number | null, number | null][]): PublishedRanks => new Map(entries.map(([id, national, inState]) => [id, { national, inState }]));
const VALID_2010: [string, number | null, number | null][] = [
  ['01001', 1, 1],
  ['01002', 3, 3],
  ['01003', 2, 2],
  ['02001', 4, 1],
  ['02002', null, null],
];
const with2010 = (id: string, national: number | null, inState: number | null) => ranks(VALID_2010.map((e) => (e[0] === id ? [id, national, inState] : e)));
const failure = (fn: () => unknown) => {
  const e = thrown(fn) as DataBuildError;
  expect(e).toBeInstanceOf(DataBuildError);
  expect(e.file).toBe(FILE);
  return e;
};

describe('applyPublishedRanks', () => {
  it('replaces the computed ranks with the published ones, accepting either order inside a tie at the published precision', () => {
    const out = applyPublishedRanks(2010, ROWS_2010, ranks(VALID_2010), COLUMNS_2010);
    expect(out.map((m) => [m.id, m.rank.national, m.rank.inState])).toEqual(VALID_2010);
    const swapped = ranks(VALID_2010.map(([id, n, s]) => (id === '01002' ? [id, 2, 2] : id === '01003' ? [id, 3, 3] : [id, n, s])));
    expect(() => applyPublishedRanks(2010, ROWS_2010, swapped, COLUMNS_2010)).not.toThrow();
  });

  it('stops when a national rank is out of the index order (2010: descending)', () => {
    const swapped = ranks(VALID_2010.map(([id, n, s]) => (id === '01001' ? [id, 2, s] : id === '01003' ? [id, 1, s] : [id, n, s])));
    const e = failure(() => applyPublishedRanks(2010, ROWS_2010, swapped, COLUMNS_2010));
    expect(e.where).toBe('key 01001');
    expect(e.problem).toBe("LUG_NAL 2 of M01001 is out of the index's order: its index 3.5 gives it place 1");
  });

  it('stops when a tied municipality is ranked beyond the places its tie spans', () => {
    const e = failure(() => applyPublishedRanks(2010, ROWS_2010, with2010('01002', 4, 3), COLUMNS_2010));
    expect(e.where).toBe('key 01002');
    expect(e.problem).toBe("LUG_NAL 4 of M01002 is out of the index's order: its index 2.1 gives it places 2–3 (tied with 1 other)");
  });

  it('stops when a rank in the state is out of order within its state', () => {
    const e = failure(() => applyPublishedRanks(2010, ROWS_2010, with2010('02001', 4, 2), COLUMNS_2010));
    expect(e.problem).toBe("LUG_EDO 2 of M02001 is out of the index's order: its index -0.5 gives it place 1 in state 02");
  });

  it('stops when a Nulo municipality has a rank, or another one has none', () => {
    expect(failure(() => applyPublishedRanks(2010, ROWS_2010, with2010('02002', 5, null), COLUMNS_2010)).problem).toBe('M02002 is Nulo but has LUG_NAL 5: Conapo ranks no Nulo municipality');
    const e = failure(() => applyPublishedRanks(2010, ROWS_2010, with2010('02001', 4, null), COLUMNS_2010));
    expect(e.where).toBe('key 02001');
    expect(e.problem).toBe('M02001 has no LUG_EDO although its degree is bajo');
  });

  it('checks 2020 in its own direction (lower iim_dp2 = more intense) and keeps the computed rank in the state, which Conapo does not publish', () => {
    const file = 'sources/conapo-iim-2020-municipal/iim_mex_eeuu_2020_municipio.csv';
    const source = { file, columns: { national: 'pos_nal' } };
    const rows = [row('01001', 'muy-alto', 47.2), row('01002', 'muy-bajo', 65.3), row('01003', 'nulo', null)];
    const ascending = ranks([['01001', 1, null], ['01002', 2, null], ['01003', null, null]]);
    expect(applyPublishedRanks(2020, rows, ascending, source).map((m) => [m.id, m.rank.national, m.rank.inState])).toEqual([
      ['01001', 1, 99],
      ['01002', 2, 99],
      ['01003', null, 99],
    ]);
    const descending = ranks([['01001', 2, null], ['01002', 1, null], ['01003', null, null]]);
    const e = thrown(() => applyPublishedRanks(2020, rows, descending, source)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toBe(`${file} (key 01001): pos_nal 2 of M01001 is out of the index's order: its index 47.2 gives it place 1\n  → use the unmodified Conapo 2020 file listed in data/SHA256SUMS; if Conapo republished it, check its ranks against its index`);
  });
});
