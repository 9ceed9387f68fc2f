import { describe, expect, it } from 'vitest';
import { destinationLevel, originLevel, selectCircuits, type Positions } from '../../geo/circuits-view';
import { yearTotal } from '../../geo/circuits';
import { buildCircuits } from '../../data/circuits';
import { fixtureFiles, IDS_2000, readerOf, squareStates, TOTALS } from './circuits-fixtures';

const asset = buildCircuits(readerOf(fixtureFiles()), IDS_2000, { topology: squareStates(), totals: TOTALS });
const positions: Positions = {
  municipality: new Map(asset.municipalities.map((id, i) => [id, [-100 - i, 20] as [number, number]])),
  state: new Map(asset.states.map((id, i) => [id, [-101 - i, 21] as [number, number]])),
};
const year = asset.years[asset.years.length - 1];
const select = (over: Partial<Parameters<typeof selectCircuits>[2]> = {}, max = 80) =>
  selectCircuits(asset, positions, { year, origin: null, destination: null, scheme: 'conapo', detail: false, ...over }, max);

describe('selectCircuits', () => {
  it('tells origins and destinations apart by their form', () => {
    expect(originLevel('16053')).toEqual({ level: 'municipality', id: '16053' });
    expect(originLevel('16')).toEqual({ level: 'state', id: '16' });
    expect(originLevel('Tradicional')).toEqual({ level: 'conapo', id: 'Tradicional' });
    expect(originLevel('Histórica')).toEqual({ level: 'durandMassey', id: 'Histórica' });
    expect(originLevel('Atlantis')).toBeNull();
    expect(destinationLevel('06')).toEqual({ level: 'usState', id: '06' });
    expect(destinationLevel('los_angeles')).toEqual({ level: 'consulate', id: 'los_angeles' });
  });

  it('with nothing selected, draws state → consulate flows whose counts add up to the year', () => {
    const v = select();
    const drawn = v.arcs.reduce((s, a) => s + a.count, 0);
    expect(drawn + v.hiddenTotal).toBe(yearTotal(asset, year));
    expect(v.list.kind).toBe('top');
    expect(v.list.total).toBe(yearTotal(asset, year));
  });

  it('keeps only the top flows and says how many are hidden', () => {
    const all = select();
    const one = select({}, 1);
    expect(one.arcs).toHaveLength(1);
    expect(one.arcs[0].count).toBe(Math.max(...all.arcs.map((a) => a.count)));
    expect(one.hiddenCount).toBe(all.arcs.length - 1 + all.hiddenCount);
  });

  it('an origin state lists its destinations with shares, and only its arcs are drawn', () => {
    const state = asset.states[0];
    const v = select({ origin: state });
    expect(v.list.kind).toBe('destinations');
    expect(v.arcs.every((a) => a.origin === state)).toBe(true);
    expect(v.list.flows.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 10);
    expect([...v.consulateCards.values()].reduce((s, c) => s + c, 0)).toBe(v.list.total);
  });

  it('a destination lists its origins and highlights its municipalities; zoomed in, arcs start at municipalities', () => {
    const consulate = asset.consulates[asset.byYear[year].consulates[0]].key;
    const v = select({ destination: consulate, detail: true });
    expect(v.list.kind).toBe('origins');
    expect(v.arcs.every((a) => a.destination === consulate && /^\d{5}$/.test(a.origin))).toBe(true);
    expect([...v.originMunicipalities!.values()].reduce((s, c) => s + c, 0)).toBe(v.list.total);
  });
});
