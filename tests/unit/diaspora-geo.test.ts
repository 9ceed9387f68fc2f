import { describe, expect, it } from 'vitest';
import {
  classify,
  DIASPORA_FORMAT,
  fixedBreaks,
  measureValues,
  nationalPopulation,
  quarterRuns,
  type AcsEstimate,
  type DiasporaAsset,
  type UsStateDiaspora,
} from '../../geo/diaspora';

const est = (value: number, moe: number | null): AcsEstimate => (moe === null ? { value, moe, moeNote: 'controlled' } : { value, moe });

function usState(fips: string, usps: string, population: Record<number, [number, number | null]>, remittances: Record<number, number>): UsStateDiaspora {
  return {
    fips,
    usps,
    name: usps,
    population: Object.fromEntries(Object.entries(population).map(([y, [m, moe]]) => [y, { mexican: est(m, moe), total: est(10 * m, null) }])),
    remittances,
  };
}

/**
 * Four areas over two ACS years and two remittance years, the second partial:
 * 2010 Mexican origin CA 300 ± 30, TX 300 ± 40, NV 50 (margin null), PR 7 ± 2; NV has no 2011 row.
 */
const ASSET: DiasporaAsset = {
  format: DIASPORA_FORMAT,
  years: { population: [2010, 2011], remittances: [2013, 2014], remittancesMx: [2013, 2014] },
  partialYears: { remittances: [{ year: 2014, quarters: [1] }], remittancesMx: [{ year: 2014, quarters: [1] }] },
  usStates: [
    usState('06', 'CA', { 2010: [300, 30], 2011: [320, 31] }, { 2013: 900, 2014: 250 }),
    usState('32', 'NV', { 2010: [50, null] }, { 2013: 100 }),
    usState('48', 'TX', { 2010: [300, 40], 2011: [330, 41] }, { 2013: 600, 2014: 150 }),
    usState('72', 'PR', { 2010: [7, 2], 2011: [6, 2] }, { 2013: 5, 2014: 1 }),
  ],
  mxStates: [
    { id: '14', remittances: { 2013: 2000, 2014: 500 } },
    { id: '16', remittances: { 2013: 2200, 2014: 550 } },
  ],
  unidentifiedRemittances: { 2013: 10, 2014: 2 },
  breaks: { population: [], share: [], remittances: [], remittancesMx: [], remittancesPerDwelling: [] },
  topology: { type: 'Topology', objects: { states: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
};

describe('nationalPopulation', () => {
  it('sums 50 states + DC (no Puerto Rico) with the margins combined as a root sum of squares', () => {
    expect(nationalPopulation(ASSET, 2010)).toEqual({ mexican: 650, moe: 50, total: 6500, areas: 3, nullMoes: 1 });
  });

  it('counts a null margin as 0 and says how many there were', () => {
    const n = nationalPopulation(ASSET, 2010)!;
    expect(n.moe).toBe(Math.sqrt(30 ** 2 + 40 ** 2 + 0));
    expect(n.nullMoes).toBe(1);
  });

  it('adds Puerto Rico on request', () => {
    const n = nationalPopulation(ASSET, 2010, { includePuertoRico: true })!;
    expect(n.mexican).toBe(657);
    expect(n.moe).toBeCloseTo(Math.sqrt(900 + 1600 + 4), 12);
    expect(n.areas).toBe(4);
  });

  it('sums only the areas with a row that year, and gives null for a year without data', () => {
    expect(nationalPopulation(ASSET, 2011)).toMatchObject({ mexican: 650, areas: 2, nullMoes: 0 });
    expect(nationalPopulation(ASSET, 1999)).toBeNull();
  });
});

describe('measureValues', () => {
  it('takes every complete year, leaving out partial ones (a quarter is not a year)', () => {
    expect(measureValues(ASSET, 'remittances').sort((a, b) => a - b)).toEqual([5, 100, 600, 900]);
    expect(measureValues(ASSET, 'population')).toHaveLength(7);
    // Every total population in ASSET is ten times the Mexican-origin one: each share is 10 %.
    expect(measureValues(ASSET, 'share')).toEqual(Array(7).fill(10));
    // Per dwelling, 2013 divides by 2010's dwellings: 2000 / 1000 and 2200 / 1100; 2014 (partial) is left out.
    const dwellings = { 2010: new Map([['14', 1000], ['16', 1100]]), 2020: new Map([['14', 1], ['16', 1]]) };
    expect(measureValues(ASSET, 'remittancesPerDwelling', dwellings)).toEqual([2, 2]);
    expect(() => measureValues(ASSET, 'remittancesPerDwelling')).toThrow(/need the dwellings/);
  });
});

describe('fixedBreaks and classify', () => {
  it('returns min, quantile thresholds rounded to 2 significant digits, and max', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i + 1) * 1013);
    expect(fixedBreaks(values, 6)).toEqual([1013, 100000, 200000, 300000, 410000, 510000, 607800]);
  });

  it('drops thresholds that would not increase, so few distinct values give fewer classes', () => {
    expect(fixedBreaks([5, 5, 5, 5, 9], 4)).toEqual([5, 9]);
    expect(fixedBreaks([3, 3], 6)).toEqual([3]);
    expect(fixedBreaks([], 6)).toEqual([]);
    expect(() => fixedBreaks([1], 0)).toThrow(/positive integer/);
  });

  it('classifies with lower bounds inclusive, the max in the last class, outliers clamped', () => {
    const breaks = [0, 10, 20, 30];
    expect([0, 9.99, 10, 25, 30].map((v) => classify(v, breaks))).toEqual([0, 0, 1, 2, 2]);
    expect(classify(-5, breaks)).toBe(0);
    expect(classify(99, breaks)).toBe(2);
    expect(classify(null, breaks)).toBeNull();
    expect(classify(Number.NaN, breaks)).toBeNull();
    expect(classify(4, [])).toBeNull();
    expect(classify(3, [3])).toBe(0);
  });

  it('is stable across years: one set of breaks over all years, so a colour means the same amount', () => {
    // Two years of the same five areas; the second year doubles everything.
    const year1 = [10, 20, 30, 40, 50];
    const year2 = year1.map((v) => 2 * v);
    const breaks = fixedBreaks([...year1, ...year2], 3);
    // The same amount gets the same class whichever year it comes from…
    expect(classify(40, breaks)).toBe(classify(year2[1], breaks));
    // …and growth shows as moving up classes, which per-year breaks would hide.
    expect(year2.map((v) => classify(v, breaks))).not.toEqual(year1.map((v) => classify(v, breaks)));
    const perYear = (vs: number[]) => vs.map((v) => classify(v, fixedBreaks(vs, 3)));
    expect(perYear(year2)).toEqual(perYear(year1));
    // Recomputing from the same union, in any order, gives the same breaks.
    expect(fixedBreaks([...year2, ...year1].reverse(), 3)).toEqual(breaks);
  });
});

describe('quarterRuns', () => {
  it('groups consecutive quarters, in order, so a partial year reads "Q1" or "Q1–Q3" or "Q1, Q3"', () => {
    expect(quarterRuns([1])).toEqual([[1, 1]]);
    expect(quarterRuns([3, 1, 2])).toEqual([[1, 3]]);
    expect(quarterRuns([1, 3, 4])).toEqual([[1, 1], [3, 4]]);
    expect(quarterRuns([])).toEqual([]);
  });
});
