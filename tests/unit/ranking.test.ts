import { describe, expect, it } from 'vitest';
import { compareByIndex, rankMunicipalities } from '../../geo/ranking';
import { municipality, SAMPLE } from './fixtures';

describe('rankMunicipalities', () => {
  const ranks = rankMunicipalities(SAMPLE);

  it('ranks the highest index 1 and shares ranks on ties (1, 2, 2, 4)', () => {
    expect(['01001', '01002', '02001', '02002'].map((id) => ranks.get(id)!.national)).toEqual([1, 2, 2, 4]);
    expect(ranks.get('01001')!.nationalOf).toBe(4);
  });

  it('gives Nulo municipalities no rank', () => {
    expect(ranks.get('01003')).toEqual({ national: null, inState: null, nationalOf: 4, inStateOf: 2 });
    expect(ranks.get('02003')!.national).toBeNull();
  });

  it('ranks within each state', () => {
    expect(['01001', '01002', '02001', '02002'].map((id) => [ranks.get(id)!.inState, ranks.get(id)!.inStateOf])).toEqual([
      [1, 2],
      [2, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('does not depend on input order', () => {
    expect(rankMunicipalities([...SAMPLE].reverse())).toEqual(ranks);
  });

  it('continues after a three-way tie at the right rank', () => {
    const rows = ['01001', '01002', '01003', '01004'].map((id, i) => municipality(id, { index: i === 3 ? 0.1 : 0.5 }));
    expect(rows.map((m) => rankMunicipalities(rows).get(m.id)!.national)).toEqual([1, 1, 1, 4]);
  });
});

describe('compareByIndex', () => {
  it('orders by index, highest first, ties by id, and puts municipalities without index last by name', () => {
    const ids = [...SAMPLE].reverse().sort(compareByIndex).map((m) => m.id);
    // 02003 "Abasolo" sorts before 01003 "Cosío" by name.
    expect(ids).toEqual(['01001', '01002', '02001', '02002', '02003', '01003']);
  });

  it('sorts names the Spanish way (accents do not push a name to the end)', () => {
    const a = municipality('01001', { index: null, name: 'Ávila' });
    const b = municipality('01002', { index: null, name: 'Bacum' });
    expect([b, a].sort(compareByIndex).map((m) => m.name)).toEqual(['Ávila', 'Bacum']);
  });
});
