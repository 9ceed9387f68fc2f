import { describe, expect, it } from 'vitest';
import { buildCircuits, placeConsulates } from '../../data/circuits';
import { DataBuildError } from '../../data/errors';
import { MATRICULA_FILES, parseConsulates } from '../../data/matriculas';
import { checkCircuitsAsset, flowsFrom, flowsTo, SCHEMES, topN, type CircuitsAsset, type Flows } from '../../geo/circuits';
import { consulate, CONSULATES, fixtureFiles, IDS_2000, readerOf, squareStates, TOTALS } from './circuits-fixtures';
import { thrown } from './fixtures';

const build = (files = fixtureFiles(), totals: Record<number, number> = TOTALS) => buildCircuits(readerOf(files), IDS_2000, { topology: squareStates(), totals });
const asset: CircuitsAsset = build();

/** A level's flows as "origin>destination" → count, through the lookup tables. */
function named(f: Flows, origins: string[], destinations: string[]) {
  return Object.fromEntries(f.count.map((c, k) => [`${origins[f.origin[k]]}>${destinations[f.destination[k]]}`, c]));
}
const sum = (f: Flows) => f.count.reduce((a, b) => a + b, 0);
const keys = asset.consulates.map((c) => c.key);

describe('placeConsulates', () => {
  const place = (points: ReturnType<typeof consulate>[]) => placeConsulates(parseConsulates(JSON.stringify(points), 'list'), squareStates(), 'list');

  it('puts each point in the square that contains it, and a coastal point in the nearest square', () => {
    expect(Object.fromEntries(place(CONSULATES))).toEqual({
      alpha: { usState: '06', placedBy: 'inside' },
      beta: { usState: '32', placedBy: 'inside' },
      gamma: { usState: '48', placedBy: 'inside' },
      coast: { usState: '06', placedBy: 'nearest' },
      late: { usState: '48', placedBy: 'inside' },
    });
  });

  it('gives a point on a shared border to the lower FIPS, and one between squares to the nearer', () => {
    expect(place([consulate('border', -119, 30.5)]).get('border')).toEqual({ usState: '06', placedBy: 'inside' });
    expect(place([consulate('gap', -117.1, 30.5)]).get('gap')).toEqual({ usState: '48', placedBy: 'nearest' });
  });

  it('rejects a point far from every state (e.g. swapped or mistyped coordinates)', () => {
    const e = thrown(() => place([consulate('lost', -110, 30.5)])) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('lost');
    expect(e.problem).toMatch(/^consulate "lost" at 30.5, -110 is in no US state \(nearest: 48, \d+\.\d km\)$/);
  });
});

describe('buildCircuits on hand-made sources', () => {
  it('has the lookup tables: municipalities of any year, the 32 states, regions, consulates, US states', () => {
    expect(asset.years).toEqual([2006, 2011]);
    expect(asset.municipalities).toEqual(['01001', '01002', '15125', '16001', '16002', '20001']);
    expect(asset.states).toHaveLength(32);
    expect(asset.regions).toEqual({ conapo: [...SCHEMES.conapo], durandMassey: [...SCHEMES.durandMassey] });
    expect(asset.stateRegion.conapo[0]).toBe(0); // 01 Tradicional
    expect(asset.stateRegion.durandMassey[19]).toBe(2); // 20 Central
    expect(keys).toEqual(['alpha', 'beta', 'gamma', 'coast', 'late']);
    expect(asset.consulates[3]).toEqual({ key: 'coast', nameEs: 'Cónsul coast', nameEn: 'Consul coast', lon: -120.05, lat: 30.5, usState: '06', placedBy: 'nearest' });
    expect(asset.usStates).toEqual(['06', '32', '48']);
  });

  it('keeps the cards of a municipality created after 2000 and flags it', () => {
    expect(asset.notIn2000).toEqual([{ id: '15125', name: 'Tonanitla' }]);
    expect(flowsFrom(asset, 2011, { level: 'municipality', id: '15125' }).total).toBe(4);
  });

  it('aggregates 2011 at every level, and every level adds up to the row total', () => {
    const y = asset.byYear[2011];
    expect(y.total).toBe(38);
    expect(y.consulates).toEqual([0, 1, 2, 3, 4]);
    expect(named(y.municipalityToConsulate, asset.municipalities, keys)).toEqual({
      '01001>alpha': 10, '01001>beta': 2, '01002>coast': 1, '15125>beta': 4, '16001>alpha': 5, '16002>alpha': 3, '16002>gamma': 7, '20001>late': 6,
    });
    expect(named(y.stateToConsulate, asset.states, keys)).toEqual({ '01>alpha': 10, '01>beta': 2, '01>coast': 1, '15>beta': 4, '16>alpha': 8, '16>gamma': 7, '20>late': 6 });
    expect(named(y.stateToUsState, asset.states, asset.usStates)).toEqual({ '01>06': 11, '01>32': 2, '15>32': 4, '16>06': 8, '16>48': 7, '20>48': 6 });
    expect(named(y.regionToUsState.conapo, asset.regions.conapo, asset.usStates)).toEqual({ 'Tradicional>06': 19, 'Tradicional>32': 2, 'Tradicional>48': 7, 'Centro>32': 4, 'Sur-Sureste>48': 6 });
    expect(named(y.regionToUsState.durandMassey, asset.regions.durandMassey, asset.usStates)).toEqual({ 'Histórica>06': 19, 'Histórica>32': 2, 'Histórica>48': 7, 'Central>32': 4, 'Central>48': 6 });
    for (const year of asset.years) {
      const d = asset.byYear[year];
      for (const f of [d.municipalityToConsulate, d.stateToConsulate, d.stateToUsState, d.regionToUsState.conapo, d.regionToUsState.durandMassey]) expect(sum(f)).toBe(d.total);
    }
  });

  it('leaves out of a year the consulates its list omits; marks the first-of-state cards and the 2006 defect', () => {
    expect(asset.byYear[2006]).toMatchObject({ total: 32, consulates: [0, 1, 2, 3], firstOfStateCards: 21 + 9, firstOfStateInflated: true, identicalConsulates: [] });
    expect(asset.byYear[2011]).toMatchObject({ firstOfStateCards: 12 + 5 + 6, firstOfStateInflated: false });
    expect(asset.firstOfState).toEqual(['01001', '16001', '20001']);
  });

  it('reports consulates whose files are identical', () => {
    const copy = fixtureFiles((f) => {
      f.set(MATRICULA_FILES.rows(2011, 'late'), f.get(MATRICULA_FILES.rows(2011, 'gamma'))!);
    });
    // late's 6 cards become gamma's 7: the 2011 total moves from 38 to 39.
    expect(build(copy, { ...TOTALS, 2011: 39 }).byYear[2011].identicalConsulates).toEqual([['gamma', 'late']]);
  });

  it('rejects a year whose rows miss the published total, and a region outside the scheme', () => {
    expect(thrown(() => buildCircuits(readerOf(fixtureFiles()), IDS_2000, { topology: squareStates() })).message).toMatch(/add up to 32 cards, the published total is 943194/);
    const bad = fixtureFiles((f) => f.set('curated/mx_state_regions.csv', f.get('curated/mx_state_regions.csv')!.replace('Centro,Central', 'Centro-Norte,Central')));
    expect(thrown(() => build(bad))).toMatchObject({
      name: 'DataBuildError',
      file: 'curated/mx_state_regions.csv',
      where: '15',
      problem: 'region "Centro-Norte" of state 15 is not one of Tradicional, Norte, Centro, Sur-Sureste',
      fix: 'fix the curated table',
    });
  });

  it('rejects a regions table whose states are not the 32 INEGI states, each once, naming the key', () => {
    const regions = (edit: (csv: string) => string) => fixtureFiles((f) => f.set('curated/mx_state_regions.csv', edit(f.get('curated/mx_state_regions.csv')!)));
    const fix = 'fix the curated table: one row per INEGI state, 01 to 32';
    // Zacatecas's row keyed 33: no such state (and Zacatecas's cards would have no region).
    expect(thrown(() => build(regions((csv) => csv.replace('\n32,', '\n33,'))))).toMatchObject({ file: 'curated/mx_state_regions.csv', where: 'key 33', problem: 'cve_ent "33" is not a state (01–32)', fix });
    // Oaxaca's row keyed 01: Aguascalientes twice, Oaxaca (whose 2011 row 20001 has 6 cards) in no region.
    expect(thrown(() => build(regions((csv) => csv.replace('\n20,', '\n01,'))))).toMatchObject({ where: 'key 01', problem: 'state 01 appears twice', fix });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(asset));
  });
});

describe('checkCircuitsAsset', () => {
  it('passes the built asset, and rejects one whose lookups would fail, naming what is missing', () => {
    expect(checkCircuitsAsset(asset)).toBe(asset);
    const broken = (edit: (a: CircuitsAsset) => void) => {
      const copy = structuredClone(asset);
      edit(copy);
      return () => checkCircuitsAsset(copy);
    };
    expect(broken((a) => (a.stateRegion.conapo[15] = 4))).toThrow('circuits: state 16 has no conapo region (4); rebuild the data (npm run data)');
    expect(broken((a) => a.stateRegion.durandMassey.pop())).toThrow('the durandMassey regions do not cover the 32 states');
    expect(broken((a) => (a.regions.conapo[0] = 'Tradicionales'))).toThrow('the conapo regions are');
    expect(broken((a) => (a.states[15] = '99'))).toThrow('municipality 16001 is in no state of the asset');
    expect(broken((a) => (a.format = 0 as never))).toThrow('circuits: unexpected format');
  });
});

describe('flowsFrom / flowsTo / totals', () => {
  it('flowsFrom a state: counts by consulate (default) or US state, largest first, shares of the state', () => {
    expect(flowsFrom(asset, 2011, { level: 'state', id: '16' })).toEqual({
      total: 15,
      yearTotal: 38,
      flows: [{ id: 'alpha', count: 8, share: 8 / 15 }, { id: 'gamma', count: 7, share: 7 / 15 }],
    });
    expect(flowsFrom(asset, 2011, { level: 'state', id: '01' }, 'usState').flows).toEqual([{ id: '06', count: 11, share: 11 / 13 }, { id: '32', count: 2, share: 2 / 13 }]);
  });

  it('folds a municipality\'s consulates into US states, and a region\'s states into consulates', () => {
    expect(flowsFrom(asset, 2011, { level: 'municipality', id: '01001' }, 'usState').flows.map((f) => [f.id, f.count])).toEqual([['06', 10], ['32', 2]]);
    expect(flowsFrom(asset, 2011, { level: 'conapo', id: 'Tradicional' }).flows.map((f) => [f.id, f.count])).toEqual([['alpha', 18], ['gamma', 7], ['beta', 2], ['coast', 1]]);
    expect(flowsFrom(asset, 2011, { level: 'durandMassey', id: 'Central' }, 'usState').flows.map((f) => [f.id, f.count])).toEqual([['48', 6], ['32', 4]]);
  });

  it('flowsTo a US state by municipality (default), state or region; ties by id', () => {
    const ca = flowsTo(asset, 2011, { level: 'usState', id: '06' });
    expect(ca.total).toBe(19);
    expect(ca.flows.map((f) => [f.id, f.count])).toEqual([['01001', 10], ['16001', 5], ['16002', 3], ['01002', 1]]);
    expect(ca.flows[0].share).toBeCloseTo(10 / 19, 12);
    expect(flowsTo(asset, 2011, { level: 'consulate', id: 'beta' }, 'state').flows.map((f) => [f.id, f.count])).toEqual([['15', 4], ['01', 2]]);
    expect(flowsTo(asset, 2011, { level: 'usState', id: '48' }, 'conapo').flows.map((f) => [f.id, f.count])).toEqual([['Tradicional', 7], ['Sur-Sureste', 6]]);
  });

  it('an unknown origin or a consulate without cards that year has total 0 and no flows', () => {
    expect(flowsFrom(asset, 2011, { level: 'municipality', id: '99999' })).toEqual({ total: 0, yearTotal: 38, flows: [] });
    expect(flowsTo(asset, 2006, { level: 'consulate', id: 'late' }).flows).toEqual([]);
  });

  it('every origin level of every US state adds up to the year; a missing year throws', () => {
    expect(asset.byYear[2006].total).toBe(32);
    expect(['06', '48', '32'].map((id) => flowsTo(asset, 2011, { level: 'usState', id }).total)).toEqual([19, 13, 6]);
    for (const by of ['municipality', 'state', 'conapo', 'durandMassey'] as const) {
      expect(asset.usStates.reduce((sum, id) => sum + flowsTo(asset, 2011, { level: 'usState', id }, by).total, 0), by).toBe(38);
    }
    expect(() => flowsFrom(asset, 2010, { level: 'state', id: '16' })).toThrow(/no data for 2010 \(years: 2006, 2011\)/);
  });
});

describe('topN', () => {
  const flows = [{ id: 'a', count: 5 }, { id: 'b', count: 9 }, { id: 'c', count: 1 }, { id: 'd', count: 5 }];

  it('returns the n largest and what the rest add up to', () => {
    expect(topN(flows, 2)).toEqual({ top: [{ id: 'b', count: 9 }, { id: 'a', count: 5 }], hiddenCount: 2, hiddenTotal: 6 });
  });

  it('hides nothing when n covers the list, everything when n is 0 or negative', () => {
    expect(topN(flows, 10)).toMatchObject({ hiddenCount: 0, hiddenTotal: 0 });
    expect(topN(flows, 0)).toEqual({ top: [], hiddenCount: 4, hiddenTotal: 20 });
    expect(topN(flows, -3).hiddenCount).toBe(4);
    expect(topN([], 3)).toEqual({ top: [], hiddenCount: 0, hiddenTotal: 0 });
  });
});
