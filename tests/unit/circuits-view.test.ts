import { describe, expect, it } from 'vitest';
import { destinationLevel, originLevel, selectCircuits, type Positions } from '../../geo/circuits-view';
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
    expect(drawn + v.hiddenTotal).toBe(asset.byYear[year].total);
    expect(v.list.kind).toBe('top');
    expect(v.list.total).toBe(asset.byYear[year].total);
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

  it('counts flows without a position apart: shown + hidden + not drawn is every flow, in number and in cards', () => {
    // 2011 by state → consulate: 01>alpha 10, 16>alpha 8, 16>gamma 7, 20>late 6, 15>beta 4, 01>beta 2, 01>coast 1 (7 flows, 38 cards).
    const noMichoacan: Positions = { ...positions, state: new Map([...positions.state].filter(([id]) => id !== '16')) };
    const v = selectCircuits(asset, noMichoacan, { year: 2011, origin: null, destination: null, scheme: 'conapo', detail: false }, 2);
    expect(v.arcs.map((a) => [a.origin, a.destination, a.count])).toEqual([['01', 'alpha', 10], ['20', 'late', 6]]);
    expect([v.hiddenCount, v.hiddenTotal]).toEqual([3, 4 + 2 + 1]);
    expect([v.unplacedCount, v.unplacedTotal]).toEqual([2, 8 + 7]);
    expect(v.arcs.length + v.hiddenCount + v.unplacedCount).toBe(7);
    expect(16 + v.hiddenTotal + v.unplacedTotal).toBe(38);
    // With every position, nothing is left undrawn.
    expect(select({}, 2)).toMatchObject({ unplacedCount: 0, unplacedTotal: 0, hiddenCount: 5 });
  });

  it('an origin municipality or a destination consulate the data lacks is ignored and reported', () => {
    // 32999: a well-formed key of a real state, but no polygon and no cards.
    const v = select({ origin: '32999', destination: 'nowhere' });
    expect(v.unknown).toEqual(['origin', 'destination']);
    expect([v.origin, v.destination, v.list.kind]).toEqual([null, null, 'top']);
    // A municipality with a polygon but no cards, and a consulate that did not report that year, are known: they just have no flows.
    const withPolygon: Positions = { ...positions, municipality: new Map([...positions.municipality, ['01003', [-99, 20]]]) };
    const quiet = selectCircuits(asset, withPolygon, { year: 2006, origin: '01003', destination: null, scheme: 'conapo', detail: false });
    expect(quiet.unknown).toEqual([]);
    expect(quiet.list).toMatchObject({ kind: 'destinations', total: 0 });
    expect(select({ year: 2006, destination: 'late' }).unknown).toEqual([]);
    expect(select({ origin: '16', destination: '48' }).unknown).toEqual([]);
  });

  it('a state missing from the asset is an error naming it, never region 0', () => {
    // The lookup tables lose Michoacán (16): its municipalities' arcs have no region to be coloured by.
    const broken = { ...asset, states: asset.states.map((s) => (s === '16' ? '99' : s)) };
    expect(() => selectCircuits(broken, positions, { year, origin: null, destination: null, scheme: 'conapo', detail: true })).toThrow('circuits: state 16 is not in the asset; rebuild the data');
  });
});
