// The margin of error of a share (the Census's formula for a proportion whose numerator is part
// of its denominator), checked against arithmetic written out here: once on Texas 2010 read
// straight from the raw ACS files, then on made-up numbers that reach every branch.
//
//   p = x / y,  MOE(p) = sqrt(MOE_x² − p²·MOE_y²) / y,
//   and when the radicand is negative: MOE(p) = sqrt(MOE_x² + p²·MOE_y²) / y (the ratio formula).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv';
import { DIASPORA_FORMAT, type DiasporaAsset } from '../../geo/diaspora';
import { diasporaScales, proportionMoe, selectDiaspora } from '../../geo/diaspora-view';
import { SOURCES_ROOT } from '../support/raw-conapo';

/** One state's cells of one ACS year, the columns found by their LEGEND labels. */
function rawAcs(year: number, fips: string) {
  const dir = path.join(SOURCES_ROOT, 'sources/acs-dp05-state');
  const [, ...legend] = parseCsv(readFileSync(path.join(dir, `acs-acs1-profile-${year}-GROUP_DP05_LEGEND.csv`), 'utf8'));
  const variable = (label: string) => legend.find((r) => r[2] === label)![0];
  const mexican = variable('Estimate!!HISPANIC OR LATINO AND RACE!!Hispanic or Latino (of any race)!!Mexican');
  const total = variable('Estimate!!SEX AND AGE!!Total population');
  const [header, ...rows] = parseCsv(readFileSync(path.join(dir, `acs-acs1-profile-${year}-GROUP_DP05_DATA.csv`), 'utf8'));
  const row = rows.find((r) => r[header.indexOf('GEO_ID')] === `0400000US${fips}`)!;
  const cell = (column: string) => row[header.indexOf(column)];
  // The margin columns are the estimate's code with M for E; "PM" is the Census's own margin of the percent.
  const margin = (estimate: string) => cell(estimate.replace(/E$/, 'M'));
  return { x: Number(cell(mexican)), moeX: Number(margin(mexican)), y: Number(cell(total)), moeY: margin(total), publishedPoints: Number(cell(mexican.replace(/E$/, 'PM'))) };
}

describe('proportionMoe', () => {
  it('Texas 2010: the Mexican-origin share of the state, its margin from the raw cells', () => {
    const tx = rawAcs(2010, '48');
    expect(tx).toEqual({ x: 8_394_487, moeX: 28_774, y: 25_257_114, moeY: '-555555555', publishedPoints: 0.1 });
    // -555555555 = a controlled estimate: no sampling error, so MOE_y = 0.
    const p = 8_394_487 / 25_257_114;
    const expected = Math.sqrt(28_774 ** 2 - p ** 2 * 0 ** 2) / 25_257_114;
    expect(proportionMoe(tx.x, tx.moeX, tx.y, null)).toBeCloseTo(expected, 15);
    expect(proportionMoe(tx.x, tx.moeX, tx.y, 0)).toBeCloseTo(expected, 15);
    // 0.114 percentage points, which the Census publishes rounded: 0.1.
    expect(Math.round(1000 * expected * 100) / 1000).toBe(0.114);
    expect(Math.round(10 * expected * 100) / 10).toBe(tx.publishedPoints);
  });

  it('subtracts the denominator\'s share of the error when the radicand is positive', () => {
    // p = 400 / 1000 = 0.4; 30² − 0.4²·50² = 900 − 400 = 500.
    expect(proportionMoe(400, 30, 1000, 50)).toBeCloseTo(Math.sqrt(500) / 1000, 15);
    // Exactly zero is still the subtraction form: 50² − 0.5²·100² = 0.
    expect(proportionMoe(500, 50, 1000, 100)).toBe(0);
  });

  it('falls back to adding the terms when the radicand is negative', () => {
    // p = 0.5; 10² − 0.5²·100² = 100 − 2500 < 0, so sqrt(100 + 2500) / 1000.
    expect(proportionMoe(500, 10, 1000, 100)).toBeCloseTo(Math.sqrt(2600) / 1000, 15);
    // p = 0.9; 20² − 0.81·40² = 400 − 1296 < 0, so sqrt(400 + 1296) / 1000.
    expect(proportionMoe(900, 20, 1000, 40)).toBeCloseTo(Math.sqrt(1696) / 1000, 15);
  });

  it('the selector gives a share and its margin in percentage points', () => {
    // One state: 800 of 2,000 are of Mexican origin (± 20); the total is controlled. 20 / 2000 = 0.01 → 1 point.
    const asset: DiasporaAsset = {
      format: DIASPORA_FORMAT,
      years: { population: [2010], remittances: [], remittancesMx: [] },
      partialYears: { remittances: [], remittancesMx: [] },
      usStates: [{ fips: '48', usps: 'TX', name: 'Texas', population: { 2010: { mexican: { value: 800, moe: 20 }, total: { value: 2000, moe: null, moeNote: 'controlled' } } }, remittances: {} }],
      mxStates: [],
      unidentifiedRemittances: {},
      breaks: { population: [], share: [], remittances: [], remittancesMx: [], remittancesPerDwelling: [] },
      topology: { type: 'Topology', objects: { states: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
    };
    const v = selectDiaspora(asset, diasporaScales(asset), null, new Map(), { usMeasure: 'share', mxMeasure: null, year: 2010, usState: '48' });
    expect(v.us!.areas[0]).toMatchObject({ value: 40, moe: 1 });
    expect(v.usSelected!.share).toEqual({ value: 40, moe: 1 });
  });
});
