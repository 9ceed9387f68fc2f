// The circuits asset built from the real SRE files, checked against figures read straight from
// the raw JSON here (no parser of the build is used for the expected values).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCircuits, circuitsSourceFiles } from '../../data/circuits';
import { readChecksums, readVerified } from '../../data/sources';
import { US_STATES } from '../../data/us-states';
import { flowsFrom, flowsTo, type CircuitsAsset, type Flows } from '../../geo/circuits';
import { rawConapoRows, SOURCES_ROOT } from '../support/raw-conapo';

const checksums = readChecksums('data/SHA256SUMS');
const read = (relative: string) => readVerified(SOURCES_ROOT, relative, checksums);
const ids2000 = new Set(rawConapoRows().map((r) => String(r.state).padStart(2, '0') + String(r.municipality).padStart(3, '0')));
const build = () => buildCircuits(read, ids2000);
let asset: CircuitsAsset;
beforeAll(() => {
  asset = build();
});

const JSONS = 'sources/sre-matriculas/jsons';
type RawConsulate = { key: string; name_en: string; lat: string; long: string };
type RawRow = { id: string; value: string };
const rawJson = <T>(relative: string): T => JSON.parse(readFileSync(path.join(SOURCES_ROOT, relative), 'utf8'));
const rawList = (year: number) => rawJson<RawConsulate[]>(`${JSONS}/consulados${year}.json`);
const rawRows = (year: number, key: string) => rawJson<RawRow[]>(`${JSONS}/${year}${key}`);
/** Cards of the raw rows of some consulates, optionally only of one Mexican state (id / 1000 = state code). */
const rawCards = (year: number, keys: string[], state?: number) =>
  keys.flatMap((k) => rawRows(year, k)).filter((r) => state === undefined || Math.floor(Number(r.id) / 1000) === state).reduce((s, r) => s + Number(r.value), 0);

/** Where each consulate city is, written from geography, not computed: the check of the point-in-polygon placement. */
const CITY_STATE: Record<string, string> = {
  nogales: 'AZ', douglas: 'AZ', phoenix: 'AZ', tucson: 'AZ', yuma: 'AZ', denver: 'CO', calexico: 'CA', san_diego: 'CA', santa_ana: 'CA',
  san_bernardino: 'CA', los_angeles: 'CA', oxnard: 'CA', san_jose: 'CA', fresno: 'CA', sacramento: 'CA', san_francisco: 'CA', las_vegas: 'NV',
  el_paso: 'TX', presidio: 'TX', del_rio: 'TX', eagle_pass: 'TX', laredo: 'TX', san_antonio: 'TX', austin: 'TX', houston: 'TX', dallas: 'TX',
  mcallen: 'TX', brownsville: 'TX', albuquerque: 'NM', kansas_city: 'MO', orlando: 'FL', miami: 'FL', raleigh: 'NC', atlanta: 'GA',
  indianapolis: 'IN', washington: 'DC', philadelphia: 'PA', new_york: 'NY', boston: 'MA', detroit: 'MI', chicago: 'IL', omaha: 'NE',
  saint_paul: 'MN', salt_lake_city: 'UT', portland: 'OR', seattle: 'WA', anchorage: 'AK', nueva_orleans: 'LA', little_rock: 'AR', boise: 'ID',
};
const levels = (y: CircuitsAsset['byYear'][number]): Flows[] => [y.municipalityToConsulate, y.stateToConsulate, y.stateToUsState, y.regionToUsState.conapo, y.regionToUsState.durandMassey];

describe('circuits asset on the real SRE files', () => {
  test('its sources are every row file in the folder plus the lists, all in the checksum list', () => {
    const files = circuitsSourceFiles(read);
    for (const f of files) expect(checksums.has(f), f).toBe(true);
    const folder = readdirSync(path.join(SOURCES_ROOT, JSONS)).map((f) => `${JSONS}/${f}`);
    expect(new Set(files)).toEqual(new Set(['curated/mx_state_regions.csv', 'sources/sre-matriculas/consulados.json', ...folder]));
    expect(folder).toHaveLength(102);
  });

  test('yearly totals are the published ones and the raw sums; every aggregate level adds up to them', () => {
    expect(asset.byYear[2006].total).toBe(943_194);
    expect(asset.byYear[2011].total).toBe(848_016);
    for (const year of [2006, 2011]) {
      expect(asset.byYear[year].total).toBe(rawCards(year, rawList(year).map((c) => c.key)));
      for (const f of levels(asset.byYear[year])) expect(f.count.reduce((a, b) => a + b, 0)).toBe(asset.byYear[year].total);
    }
  });

  test('2006 has the 46 listed consulates; the four without cards are absent, not zero-filled', () => {
    const keysOf = (year: number) => asset.byYear[year].consulates.map((i) => asset.consulates[i].key);
    expect(keysOf(2006)).toHaveLength(46);
    expect(keysOf(2011)).toHaveLength(50);
    expect(keysOf(2011).filter((k) => !keysOf(2006).includes(k)).sort()).toEqual(['anchorage', 'boise', 'little_rock', 'nueva_orleans']);
  });

  test('every consulate is inside the US state of its city (none needed the nearest-state fallback)', () => {
    expect(asset.consulates).toHaveLength(50);
    for (const c of asset.consulates) {
      expect(US_STATES.find((s) => s.fips === c.usState)?.usps, c.key).toBe(CITY_STATE[c.key]);
      expect(c.placedBy, c.key).toBe('inside');
    }
    expect(asset.usStates).toHaveLength(26);
  });

  test('Michoacán → California 2011 equals the raw rows of the consulates in California', () => {
    // Independent placement: California's bounding box (lon −124.48…−114.13, lat 32.53…42.01)
    // also takes in Las Vegas (NV) and Yuma (AZ), whose cities lie inside the box but east of the
    // state line; the box's candidates are cross-checked against the consulates named after
    // California cities, and the difference must be exactly those two.
    const inBox = rawList(2011).filter((c) => Number(c.long) >= -124.48 && Number(c.long) <= -114.13 && Number(c.lat) >= 32.53 && Number(c.lat) <= 42.01);
    const named = ['Calexico', 'Fresno', 'Los Angeles', 'Oxnard', 'Sacramento', 'San Bernardino', 'San Diego', 'San Francisco', 'San Jose', 'Santa Ana'];
    expect(inBox.filter((c) => !named.includes(c.name_en)).map((c) => c.name_en).sort()).toEqual(['Las Vegas', 'Yuma']);
    const california = inBox.filter((c) => named.includes(c.name_en)).map((c) => c.key);
    expect(california).toHaveLength(10);

    const expected = rawCards(2011, california, 16);
    expect(expected).toBe(46_352); // also summed with a one-line Python script over the same ten files
    const flows = asset.byYear[2011].stateToUsState;
    const k = flows.count.findIndex((_, i) => asset.states[flows.origin[i]] === '16' && asset.usStates[flows.destination[i]] === '06');
    expect(flows.count[k]).toBe(expected);
    const fromMichoacan = flowsFrom(asset, 2011, { level: 'state', id: '16' }, 'usState');
    expect(fromMichoacan.flows.find((f) => f.id === '06')!.count).toBe(expected);
    expect(fromMichoacan.total).toBe(rawCards(2011, rawList(2011).map((c) => c.key), 16));
    expect(flowsTo(asset, 2011, { level: 'usState', id: '06' }, 'state').flows.find((f) => f.id === '16')!.count).toBe(expected);
  });

  test('the 2006 first-municipality defect is visible: Abejones (20001) 17,345 cards in 2006, 77 in 2011', () => {
    const abejones = (year: number) => flowsFrom(asset, year, { level: 'municipality', id: '20001' }).total;
    expect(abejones(2006)).toBe(17_345);
    expect(abejones(2011)).toBe(77);
    const raw = (year: number) => rawList(year).flatMap((c) => rawRows(year, c.key)).filter((r) => r.id === '20001').reduce((s, r) => s + Number(r.value), 0);
    expect([raw(2006), raw(2011)]).toEqual([17_345, 77]);
    expect(asset.byYear[2006].firstOfStateInflated).toBe(true);
    expect(asset.byYear[2011].firstOfStateInflated).toBe(false);
    // The lumped share is four times 2011's: 18.0 % vs 4.5 % of the cards.
    const share = (year: number) => asset.byYear[year].firstOfStateCards / asset.byYear[year].total;
    expect(share(2006)).toBeGreaterThan(4 * share(2011));
    expect(asset.firstOfState).toHaveLength(32);
    expect(asset.firstOfState).toContain('09002'); // Mexico City has no 09001
  });

  test('three 2011 municipalities created after 2000 are kept and flagged; none in 2006', () => {
    expect(asset.notIn2000).toEqual([
      { id: '15123', name: 'Luvianos' },
      { id: '15124', name: 'San Jose del Rincon' },
      { id: '15125', name: 'Tonanitla' },
    ]);
    const cards = (year: number) => asset.notIn2000.reduce((s, m) => s + flowsFrom(asset, year, { level: 'municipality', id: m.id }).total, 0);
    expect([cards(2006), cards(2011)]).toEqual([0, 68]);
  });

  test('the 2011 Douglas file is a copy of Denver\'s: reported, kept in the totals', () => {
    expect(readFileSync(path.join(SOURCES_ROOT, JSONS, '2011douglas'))).toEqual(readFileSync(path.join(SOURCES_ROOT, JSONS, '2011denver')));
    expect(asset.byYear[2011].identicalConsulates).toEqual([['denver', 'douglas']]);
    expect(asset.byYear[2006].identicalConsulates).toEqual([]);
    expect(flowsTo(asset, 2011, { level: 'consulate', id: 'douglas' }).total).toBe(20_397);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(asset));
  });
});
