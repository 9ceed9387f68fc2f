// The diaspora asset built from the real sources, checked against figures read straight from
// the raw files here (only the generic CSV reader is shared with the build).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { buildDiaspora, DIASPORA_SOURCE_FILES } from '../../data/diaspora';
import { buildEdition2010, buildEdition2020 } from '../../data/editions';
import { readChecksums, readVerified } from '../../data/sources';
import { classify, dwellingsByState, nationalPopulation, type DiasporaAsset } from '../../geo/diaspora';
import { diasporaScales, selectDiaspora } from '../../geo/diaspora-view';
import { SOURCES_ROOT } from '../support/raw-conapo';

const checksums = readChecksums('data/SHA256SUMS');
const read = (relative: string) => readVerified(SOURCES_ROOT, relative, checksums);
// The build's own inputs: the 2010 and 2020 editions' dwellings, which remittances per dwelling divide by.
const build = () => buildDiaspora(read, { 2010: dwellingsByState(buildEdition2010(read)), 2020: dwellingsByState(buildEdition2020(read)) });
let asset: DiasporaAsset;
beforeAll(() => {
  asset = build();
});

/** A raw CSV as header + rows, straight from the file. */
function raw(relative: string, encoding: BufferEncoding = 'utf8') {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, relative), encoding)).filter((r) => r.length > 1);
  return { rows, col: (name: string) => header.indexOf(name) };
}
const acs = (year: number) => raw(`sources/acs-dp05-state/acs-acs1-profile-${year}-GROUP_DP05_DATA.csv`);
/** The Mexican-origin code as the shared README states it, not as the build finds it. */
const mexicanCode = (year: number) => (year <= 2016 ? 'DP05_0067' : 'DP05_0072');
/** FIPS of a raw row: GEO_ID's last two characters, or the `state` column (2016 has no GEO_ID). */
const fipsOf = (t: ReturnType<typeof raw>, r: string[]) => (t.col('GEO_ID') >= 0 ? r[t.col('GEO_ID')].slice(-2) : r[t.col('state')]);
const state = (fips: string) => asset.usStates.find((s) => s.fips === fips)!;
/** Six quantile classes, written out: min, the values at 1/6 … 5/6 of the sorted list rounded to 2 significant digits, max. */
const sixClasses = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const inner = [1, 2, 3, 4, 5].map((k) => Number(sorted[Math.floor((k * sorted.length) / 6)].toPrecision(2)));
  return [sorted[0], ...inner, sorted[sorted.length - 1]];
};

describe('diaspora asset on the real sources', () => {
  test('every ACS source is in the project checksum list', () => {
    expect(DIASPORA_SOURCE_FILES).toHaveLength(28);
    for (const f of DIASPORA_SOURCE_FILES) expect(checksums.has(f), f).toBe(true);
  });

  test('2010 Mexican-origin population of California and Texas is the raw DATA cell', () => {
    const t = acs(2010);
    for (const fips of ['06', '48']) {
      const row = t.rows.find((r) => r[t.col('GEO_ID')] === `0400000US${fips}`)!;
      expect(state(fips).population[2010].mexican).toEqual({ value: Number(row[t.col('DP05_0067E')]), moe: Number(row[t.col('DP05_0067M')]) });
    }
    expect(state('06').population[2010].mexican.value).toBe(11_778_396);
    expect(state('48').population[2010].mexican.value).toBe(8_394_487);
  });

  test('the 2010 national sum equals an independent sum over the raw rows; the total is the ACS US figure', () => {
    const t = acs(2010);
    const us = t.rows.filter((r) => fipsOf(t, r) !== '72');
    const sum = (rows: string[][], c: string) => rows.reduce((s, r) => s + Number(r[t.col(c)]), 0);
    const n = nationalPopulation(asset, 2010)!;
    expect(n.mexican).toBe(sum(us, 'DP05_0067E'));
    expect(n.moe).toBeCloseTo(Math.sqrt(us.reduce((s, r) => s + Number(r[t.col('DP05_0067M')]) ** 2, 0)), 6);
    expect(n.total).toBe(309_349_689); // ACS 2010 1-year, United States
    expect(n.areas).toBe(51);
    expect(nationalPopulation(asset, 2010, { includePuertoRico: true })!.mexican).toBe(sum(t.rows, 'DP05_0067E'));
  });

  test('every year, state and value equals the raw file, with the README\'s code for the year', () => {
    for (const year of asset.years.population) {
      const t = acs(year);
      expect(t.rows, String(year)).toHaveLength(52);
      for (const r of t.rows) {
        const p = state(fipsOf(t, r)).population[year];
        expect(p.mexican.value, `${year} ${fipsOf(t, r)}`).toBe(Number(r[t.col(`${mexicanCode(year)}E`)]));
        expect(p.mexican.moe).toBe(Number(r[t.col(`${mexicanCode(year)}M`)]));
        expect(p.total.value).toBe(Number(r[t.col('DP05_0001E')]));
        const totalMoe = r[t.col('DP05_0001M')];
        expect(p.total).toMatchObject(totalMoe === '-555555555' ? { moe: null, moeNote: 'controlled' } : { moe: Number(totalMoe) });
      }
    }
  });

  test('a remittance year is the sum of its four raw quarters (California and Jalisco, 2020)', () => {
    const usa = raw('sources/banxico-remittances/remesas_usa.csv');
    const ca = usa.rows.filter((r) => r[usa.col('ID_ESTADO')] === 'CA' && r[usa.col('PERIODO')].startsWith('2020-'));
    expect(ca).toHaveLength(4);
    expect(state('06').remittances[2020]).toBe(ca.reduce((s, r) => s + Number(r[usa.col('VALOR_USD')]), 0));

    const mx = raw('sources/banxico-remittances/remesas_entidad.csv');
    const jal = mx.rows.filter((r) => r[mx.col('CVE_ENT')] === '14' && r[mx.col('PERIODO')].startsWith('2020-'));
    expect(jal).toHaveLength(4);
    expect(asset.mxStates.find((s) => s.id === '14')!.remittances[2020]).toBe(jal.reduce((s, r) => s + Number(r[mx.col('VALOR_USD')]), 0));
  });

  test('states + unidentified reproduce the US file\'s total for every year', () => {
    const usa = raw('sources/banxico-remittances/remesas_usa.csv');
    for (const year of asset.years.remittances) {
      const expected = usa.rows.filter((r) => r[usa.col('PERIODO')].startsWith(`${year}-`)).reduce((s, r) => s + Number(r[usa.col('VALOR_USD')]), 0);
      const states = asset.usStates.reduce((s, st) => s + (st.remittances[year] ?? 0), 0);
      expect(states + asset.unidentifiedRemittances[year], String(year)).toBe(expected);
    }
  });

  test('the current year is partial in both series; complete years have four quarters', () => {
    expect(asset.partialYears.remittances).toEqual([{ year: 2026, quarters: [1] }]);
    expect(asset.partialYears.remittancesMx).toEqual([{ year: 2026, quarters: [1] }]);
    expect(asset.years.remittances[0]).toBe(2013);
    expect(asset.years.remittancesMx[0]).toBe(2003);
  });

  test('Alaska, Hawaii and Puerto Rico are in the topology, with the 52 areas and nothing else', () => {
    const fc = feature(asset.topology, asset.topology.objects.states) as FeatureCollection<Polygon | MultiPolygon>;
    expect(fc.features.map((f) => f.id)).toEqual(asset.usStates.map((s) => s.fips));
    const points = (fips: string) => {
      const g = fc.features.find((f) => f.id === fips)!.geometry;
      return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
    };
    const within = (fips: string, [w, s, e, n]: number[]) => points(fips).every(([x, y]) => x >= w && x <= e && y >= s && y <= n);
    expect(points('02').length).toBeGreaterThan(1000);
    expect(within('02', [-180, 51, 180, 72])).toBe(true); // Aleutians cross the antimeridian
    expect(within('15', [-179, 18.5, -154.5, 28.5])).toBe(true);
    expect(within('72', [-68, 17.8, -65.2, 18.6])).toBe(true);
  });

  test('fixed breaks: six classes shared by every year; California is in the top class', () => {
    expect(asset.breaks.population).toHaveLength(7);
    for (const year of asset.years.population) expect(classify(state('06').population[year].mexican.value, asset.breaks.population)).toBe(5);
  });

  test('the share and US remittance breaks are built in: six quantile classes over every complete year of the raw figures', () => {
    const shares = asset.years.population.flatMap((year) => {
      const t = acs(year);
      return t.rows.map((r) => (100 * Number(r[t.col(`${mexicanCode(year)}E`)])) / Number(r[t.col('DP05_0001E')]));
    });
    expect(shares).toHaveLength(13 * 52);
    const share = sixClasses(shares);
    expect(asset.breaks.share).toHaveLength(7);
    share.forEach((b, i) => expect(asset.breaks.share[i], `share break ${i}`).toBeCloseTo(b, 12));
    // Remittances by US state and calendar year, from the raw quarters; a year with fewer than four is not a year.
    const usa = raw('sources/banxico-remittances/remesas_usa.csv');
    const sums = new Map<string, { total: number; quarters: number }>();
    for (const r of usa.rows) {
      if (r[usa.col('ID_ESTADO')] === 'XX') continue;
      const key = `${r[usa.col('ID_ESTADO')]} ${r[usa.col('PERIODO')].slice(0, 4)}`;
      const s = sums.get(key) ?? { total: 0, quarters: 0 };
      sums.set(key, { total: s.total + Number(r[usa.col('VALOR_USD')]), quarters: s.quarters + 1 });
    }
    const complete = [...sums.values()].filter((s) => s.quarters === 4).map((s) => s.total);
    expect(complete).toHaveLength(13 * 52); // 2013–2025
    expect(asset.breaks.remittances).toEqual(sixClasses(complete));
  });

  test('the per-dwelling breaks are built in: remittances of each complete year over the raw dwellings of Conapo 2010 (to 2014) or 2020', () => {
    const dwellings = (relative: string, stateColumn: string, dwellingsColumn: string, encoding: BufferEncoding) => {
      const t = raw(relative, encoding);
      const byState = new Map<string, number>();
      for (const r of t.rows) byState.set(r[t.col(stateColumn)].padStart(2, '0'), (byState.get(r[t.col(stateColumn)].padStart(2, '0')) ?? 0) + Number(r[t.col(dwellingsColumn)]));
      return byState;
    };
    const d2010 = dwellings('sources/conapo-iim-2010-municipal/IIM2010_BASEMUN.csv', 'ENT', 'TOT_VIV', 'latin1');
    const d2020 = dwellings('sources/conapo-iim-2020-municipal/iim_mex_eeuu_2020_municipio.csv', 'cve_ent', 'viv_tot', 'utf8');
    expect([[...d2010.values()].reduce((a, b) => a + b, 0), [...d2020.values()].reduce((a, b) => a + b, 0)]).toEqual([28_696_180, 34_987_915]); // the shared README's totals
    const mx = raw('sources/banxico-remittances/remesas_entidad.csv');
    const sums = new Map<string, { state: string; year: number; total: number; quarters: number }>();
    for (const r of mx.rows) {
      const [state, year] = [r[mx.col('CVE_ENT')].padStart(2, '0'), Number(r[mx.col('PERIODO')].slice(0, 4))];
      const s = sums.get(`${state} ${year}`) ?? { state, year, total: 0, quarters: 0 };
      sums.set(`${state} ${year}`, { ...s, total: s.total + Number(r[mx.col('VALOR_USD')]), quarters: s.quarters + 1 });
    }
    const perDwelling = [...sums.values()].filter((s) => s.quarters === 4).map((s) => s.total / (s.year <= 2014 ? d2010 : d2020).get(s.state)!);
    expect(perDwelling).toHaveLength(23 * 32); // 2003–2025
    const expected = sixClasses(perDwelling);
    expect(asset.breaks.remittancesPerDwelling).toHaveLength(7);
    expected.forEach((b, i) => expect(asset.breaks.remittancesPerDwelling[i], `break ${i}`).toBeCloseTo(b, 9));
  });

  test('every share margin agrees with the Census\'s own published margin of the percent (…PM, 0.1-point steps, never below 0.1)', () => {
    let compared = 0;
    for (const year of asset.years.population) {
      const t = acs(year);
      if (t.col(`${mexicanCode(year)}PM`) < 0) continue; // 2006 publishes no percent margins
      const v = selectDiaspora(asset, diasporaScales(asset), null, new Map(), { usMeasure: 'share', mxMeasure: null, year, usState: null });
      for (const r of t.rows) {
        const ours = v.us!.byId.get(fipsOf(t, r))!.moe!;
        const published = Number(r[t.col(`${mexicanCode(year)}PM`)]);
        expect(Math.max(0.1, Math.round(10 * ours) / 10), `${year} ${fipsOf(t, r)}: ${ours} pp`).toBeCloseTo(published, 10);
        compared++;
      }
    }
    expect(compared).toBe(12 * 52);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(asset));
  });
});
