import { describe, expect, it } from 'vitest';
import { compareByRank, competitionRanks, rankByIndex } from '../../geo/ranking';
import { municipality, SAMPLE } from './fixtures';

describe('competitionRanks', () => {
  const rows = [
    { id: 'a', v: 5 },
    { id: 'b', v: 9 },
    { id: 'c', v: 5 },
    { id: 'd', v: null },
    { id: 'e', v: 1 },
  ];
  const ranks = (first: 'highest' | 'lowest') => Object.fromEntries(competitionRanks(rows, (r) => r.v, (r) => r.id, first));

  it('gives 1 to the highest value and shares ranks on ties (1, 2, 2, 4)', () => {
    expect(ranks('highest')).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });

  it('ranks the other way for an index where lower means more (2020)', () => {
    expect(ranks('lowest')).toEqual({ e: 1, a: 2, c: 2, b: 4 });
  });

  it('leaves rows without a value out, and does not depend on input order', () => {
    expect(ranks('highest').d).toBeUndefined();
    expect(Object.fromEntries(competitionRanks([...rows].reverse(), (r) => r.v, (r) => r.id, 'highest'))).toEqual(ranks('highest'));
  });

  it('continues after a three-way tie at the right rank', () => {
    const tied = [{ id: 'w', v: 0.5 }, { id: 'x', v: 0.5 }, { id: 'y', v: 0.5 }, { id: 'z', v: 0.1 }];
    expect(Object.fromEntries(competitionRanks(tied, (r) => r.v, (r) => r.id, 'highest'))).toEqual({ w: 1, x: 1, y: 1, z: 4 });
  });
});

describe('rankByIndex', () => {
  it('ranks in the country and within each state; Nulo rows get no rank', () => {
    const ranks = rankByIndex(SAMPLE, true);
    // The fixture's ranks are written out by hand (see fixtures.ts).
    for (const m of SAMPLE) expect(ranks.get(m.id), m.id).toEqual(m.rank);
  });

  it('puts the lowest index first when a lower value means more intensity', () => {
    const ranks = rankByIndex(SAMPLE, false);
    expect(['02002', '01002', '02001', '01001'].map((id) => ranks.get(id)!.national)).toEqual([1, 2, 2, 4]);
    expect(ranks.get('02002')!.inState).toBe(1);
  });
});

describe('compareByRank', () => {
  it('orders by national rank, ties by id, and puts municipalities without a rank last by name', () => {
    const ids = [...SAMPLE].reverse().sort(compareByRank).map((m) => m.id);
    // 02003 "Abasolo" sorts before 01003 "Cosío" by name.
    expect(ids).toEqual(['01001', '01002', '02001', '02002', '02003', '01003']);
  });

  it('sorts names the Spanish way (accents do not push a name to the end)', () => {
    const a = municipality('01001', { name: 'Ávila' });
    const b = municipality('01002', { name: 'Bacum' });
    expect([b, a].sort(compareByRank).map((m) => m.name)).toEqual(['Ávila', 'Bacum']);
  });
});
