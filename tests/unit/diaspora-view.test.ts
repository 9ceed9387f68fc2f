import { describe, expect, it } from 'vitest';
import { DIASPORA_FORMAT, dwellingEditionFor, type DiasporaAsset, type UsStateDiaspora } from '../../geo/diaspora';
import { diasporaScales, selectDiaspora } from '../../geo/diaspora-view';

const est = (value: number, moe: number | null) => ({ value, moe });
const usState = (fips: string, name: string, pop: Record<number, [number, number, number]>, rem: Record<number, number>): UsStateDiaspora => ({
  fips,
  usps: name.slice(0, 2).toUpperCase(),
  name,
  population: Object.fromEntries(Object.entries(pop).map(([y, [m, moe, total]]) => [y, { mexican: est(m, moe), total: est(total, null) }])),
  remittances: rem,
});

const asset: DiasporaAsset = {
  format: DIASPORA_FORMAT,
  years: { population: [2010, 2011], remittances: [2013, 2014], remittancesMx: [2013, 2014] },
  partialYears: { remittances: [{ year: 2014, quarters: [1] }], remittancesMx: [{ year: 2014, quarters: [1] }] },
  usStates: [
    usState('06', 'California', { 2010: [1000, 30, 4000], 2011: [1100, 40, 4100] }, { 2013: 500, 2014: 100 }),
    usState('48', 'Texas', { 2010: [800, 20, 2000], 2011: [900, 25, 2100] }, { 2013: 300, 2014: 90 }),
    usState('36', 'New York', { 2010: [50, 10, 3000] }, { 2013: 40 }),
  ],
  mxStates: [
    { id: '14', remittances: { 2013: 200, 2014: 50 } },
    { id: '32', remittances: { 2013: 90, 2014: 20 } },
  ],
  unidentifiedRemittances: { 2013: 7 },
  breaks: { population: [50, 100, 900, 1100], share: [1, 30, 45], remittances: [40, 100, 500], remittancesMx: [20, 100, 200], remittancesPerDwelling: [2, 2.5, 3] },
  topology: { type: 'Topology', objects: { states: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
};
/** Dwellings by state in Conapo 2010 and 2020 (the denominators of remittances per dwelling). */
const dwellings = { 2010: new Map([['14', 100], ['32', 30]]), 2020: new Map([['14', 200], ['32', 60]]) };
const names = new Map([['14', 'Jalisco'], ['32', 'Zacatecas']]);
const scales = diasporaScales(asset);
const select = (over: Partial<Parameters<typeof selectDiaspora>[4]>) =>
  selectDiaspora(asset, scales, dwellings, names, { usMeasure: null, mxMeasure: null, year: null, usState: null, ...over });

describe('selectDiaspora', () => {
  it('ranks US states by Mexican-origin population with their margins, for the chosen year', () => {
    const v = select({ usMeasure: 'pop', year: 2010 });
    expect(v.year).toBe(2010);
    expect(v.years).toEqual([2010, 2011]);
    expect(v.us!.areas.map((a) => [a.id, a.value, a.moe, a.rank])).toEqual([
      ['06', 1000, 30, 1],
      ['48', 800, 20, 2],
      ['36', 50, 10, 3],
    ]);
    // Classes come from the fixed breaks, not from this year's values.
    expect(v.us!.byId.get('36')!.cls).toBe(0);
    expect(v.us!.byId.get('06')!.cls).toBe(2);
  });

  it('leaves out states without data in the year, and falls back to the latest year', () => {
    const v = select({ usMeasure: 'pop' });
    expect(v.year).toBe(2011);
    expect(v.us!.areas.map((a) => a.id)).toEqual(['06', '48']);
    expect(select({ usMeasure: 'pop', year: 1990 }).year).toBe(2010); // nearest year
  });

  it('gives the selected state its share with margin, rank and series', () => {
    const v = select({ usMeasure: 'pop', year: 2010, usState: '48' });
    expect(v.usSelected).toMatchObject({ id: '48', name: 'Texas', value: 800, moe: 20, rank: 2, of: 3 });
    expect(v.usSelected!.share!.value).toBeCloseTo(40, 10);
    // 20 / 2000 of a controlled total, in percentage points: 1.
    expect(v.usSelected!.share!.moe).toBeCloseTo(1, 12);
    expect(v.usSelected!.series).toEqual([
      { year: 2010, value: 800, moe: 20 },
      { year: 2011, value: 900, moe: 25 },
    ]);
    expect(select({ usMeasure: 'pop', year: 2011, usState: '36' }).usSelected).toBeNull(); // no 2011 row
  });

  it('national population is the sum of states with margins combined as the root of the sum of squares', () => {
    const v = select({ usMeasure: 'pop', year: 2010 });
    expect(v.national!.value).toBe(1850);
    expect(v.national!.moe).toBeCloseTo(Math.sqrt(30 ** 2 + 20 ** 2 + 10 ** 2), 10);
  });

  it('shares are percentages of each state population', () => {
    const v = select({ usMeasure: 'share', year: 2010 });
    expect(v.us!.areas[0]).toMatchObject({ id: '48', value: 40 });
    expect(v.us!.unit).toBe('percent');
    // Classed against the build's share breaks [1, 30, 45]: Texas 800 / 2000 = 40 % is in the second class, New York 50 / 3000 = 1.7 % in the first.
    expect(v.us!.breaks).toEqual([1, 30, 45]);
    expect(v.us!.byId.get('48')!.cls).toBe(1);
    expect(v.us!.byId.get('36')!.cls).toBe(0);
  });

  it('remittances: yearly sums by state, the unidentified amount, partial years flagged', () => {
    const v = select({ usMeasure: 'rem', year: 2013 });
    expect(v.us!.areas.map((a) => [a.id, a.value])).toEqual([['06', 500], ['48', 300], ['36', 40]]);
    expect(v.national).toEqual({ value: 840, moe: null, unidentified: 7 });
    expect(v.us!.partial).toBeNull();
  });

  it('Mexican side: remittances received, and per dwelling of the nearest edition (2013: Conapo 2010)', () => {
    const total = select({ mxMeasure: 'rem', year: 2013 });
    expect(total.mx!.areas.map((a) => [a.name, a.value])).toEqual([['Jalisco', 200], ['Zacatecas', 90]]);
    expect(total.mx!.dwellingsOf).toBeNull();
    const perDwelling = select({ mxMeasure: 'remhh', year: 2013 });
    // 90 / 30 = 3 and 200 / 100 = 2, with 2010's dwellings.
    expect(perDwelling.mx!.areas.map((a) => [a.id, a.value])).toEqual([['32', 3], ['14', 2]]);
    expect(perDwelling.mx!.unit).toBe('usdPerHousehold');
    expect(perDwelling.mx!.dwellingsOf).toBe(2010);
  });

  it('divides years up to 2014 by 2010 dwellings and later years by 2020 dwellings', () => {
    expect([2003, 2014, 2015, 2026].map(dwellingEditionFor)).toEqual([2010, 2010, 2020, 2020]);
    const later: DiasporaAsset = { ...asset, years: { ...asset.years, remittancesMx: [2013, 2015] }, partialYears: { ...asset.partialYears, remittancesMx: [] }, mxStates: [{ id: '14', remittances: { 2013: 200, 2015: 400 } }, { id: '32', remittances: { 2013: 90, 2015: 90 } }] };
    const v = selectDiaspora(later, diasporaScales(later), dwellings, names, { usMeasure: null, mxMeasure: 'remhh', year: 2015, usState: null });
    // 400 / 200 = 2 and 90 / 60 = 1.5, with 2020's dwellings.
    expect(v.mx!.areas.map((a) => [a.id, a.value])).toEqual([['14', 2], ['32', 1.5]]);
    expect(v.mx!.dwellingsOf).toBe(2020);
  });

  it('waits for the dwellings before showing remittances per dwelling', () => {
    const v = selectDiaspora(asset, diasporaScales(asset), null, names, { usMeasure: null, mxMeasure: 'remhh', year: 2013, usState: null });
    expect(v.mx).toBeNull();
    expect(selectDiaspora(asset, diasporaScales(asset), null, names, { usMeasure: null, mxMeasure: 'rem', year: 2013, usState: null }).mx!.areas).toHaveLength(2);
  });

  it('per dwelling is classed against the build breaks [2, 2.5, 3]: Jalisco (2) in the first class, Zacatecas (3) in the last', () => {
    const v = select({ mxMeasure: 'remhh', year: 2013 });
    expect(v.mx!.breaks).toEqual([2, 2.5, 3]);
    expect(v.mx!.areas.map((a) => [a.id, a.cls])).toEqual([['32', 1], ['14', 0]]);
  });

  it('ranks with ties sharing a rank (1, 2, 2, 4) and leaves out areas without a value, on both sides', () => {
    // Four US states sending 500, 300, 300 and 100 in 2013, one sending nothing on record; two Mexican states tied.
    const tied: DiasporaAsset = {
      ...asset,
      usStates: [
        usState('04', 'Arizona', {}, { 2013: 300 }),
        usState('06', 'California', {}, { 2013: 500 }),
        usState('12', 'Florida', {}, {}),
        usState('17', 'Illinois', {}, { 2013: 100 }),
        usState('48', 'Texas', {}, { 2013: 300 }),
      ],
      mxStates: [{ id: '14', remittances: { 2013: 90 } }, { id: '32', remittances: { 2013: 90 } }],
    };
    const v = selectDiaspora(tied, diasporaScales(tied), dwellings, names, { usMeasure: 'rem', mxMeasure: 'rem', year: 2013, usState: null });
    expect(v.us!.areas.map((a) => [a.id, a.rank])).toEqual([['06', 1], ['04', 2], ['48', 2], ['17', 4]]);
    expect(v.mx!.areas.map((a) => [a.id, a.rank])).toEqual([['14', 1], ['32', 1]]);
  });
});

describe('partial years (2014 has only Q1 in the fixture)', () => {
  it('remittance layers open on the latest complete year; the population layer on its latest year', () => {
    for (const v of [select({ usMeasure: 'rem' }), select({ mxMeasure: 'rem' }), select({ mxMeasure: 'remhh' }), select({ usMeasure: 'rem', mxMeasure: 'rem' })]) {
      expect(v.year).toBe(2013);
      expect(v.partial).toBeNull();
      expect([v.us?.year, v.mx?.year].filter((y) => y !== undefined)).not.toContain(2014);
    }
    expect(select({ usMeasure: 'pop' }).year).toBe(2011);
  });

  it('a partial year stays selectable and says which quarters it has', () => {
    const v = select({ usMeasure: 'rem', mxMeasure: 'rem', year: 2014 });
    expect(v.years).toEqual([2013, 2014]);
    expect(v.year).toBe(2014);
    expect(v.partial).toEqual({ year: 2014, quarters: [1] });
    expect(v.us!.partial).toEqual({ year: 2014, quarters: [1] });
    expect(v.mx!.partial).toEqual({ year: 2014, quarters: [1] });
  });

  it('is never classed against the annual breaks: every area is left grey, with its Q1 amount listed', () => {
    const v = select({ usMeasure: 'rem', mxMeasure: 'remhh', year: 2014 });
    // California's Q1 (100) sits at an annual break: classed, it would look like a full year's middle class.
    expect(v.us!.breaks).toEqual([40, 100, 500]);
    expect(v.us!.areas.map((a) => [a.id, a.value, a.cls])).toEqual([['06', 100, null], ['48', 90, null]]);
    // Per dwelling (2014 divides by 2010's dwellings): 50 / 100 and 20 / 30.
    expect(v.mx!.areas.map((a) => [a.id, a.value, a.cls])).toEqual([['32', 20 / 30, null], ['14', 0.5, null]]);
    // The complete year next to it is classed as usual.
    expect(select({ usMeasure: 'rem', year: 2013 }).us!.areas.every((a) => a.cls !== null)).toBe(true);
  });

  it('the series of a selected state keeps to complete years, so a quarter is not drawn as a fall', () => {
    const s = select({ usMeasure: 'rem', year: 2014, usState: '06' }).usSelected!;
    expect(s).toMatchObject({ value: 100, rank: 1, cls: null });
    expect(s.series).toEqual([{ year: 2013, value: 500, moe: null }]);
  });
});
