// The three editions as the real build writes them, against figures computed here from the
// raw files (tests/support/raw-editions.ts) and against the tables Conapo and INEGI publish.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildData } from '../../data/build';
import { transitionTable } from '../../geo/compare';
import { DEGREES } from '../../geo/degrees';
import { fromEditionAsset, prepareEdition, type EditionAsset, type EditionData } from '../../geo/editions';
import { summarize } from '../../geo/summary';
import type { Municipality } from '../../geo/types';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { rawEdition, rawPopulation, rawStates2010, type RawEdition, type RawMunicipality } from '../support/raw-editions';

const EDITIONS: RawEdition[] = [2000, 2010, 2020];
const STATES = ['32', '14', '20', '02']; // Zacatecas, Jalisco, Oaxaca, Baja California

let dir: string;
let polygonIds: string[];
const assets = new Map<RawEdition, EditionAsset>();
const decoded = new Map<RawEdition, Municipality[]>();
const raw = new Map<RawEdition, RawMunicipality[]>();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-editions-'));
  const outDir = path.join(dir, 'data');
  buildData({ root: SOURCES_ROOT, outDir });
  const file = (name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8'));
  const manifest = file('manifest.json');
  expect(readdirSync(outDir).filter((f) => f.startsWith('edition-')).sort()).toEqual(EDITIONS.map((e) => manifest.editions[e]).sort());
  for (const e of EDITIONS) {
    assets.set(e, file(manifest.editions[e]));
    decoded.set(e, fromEditionAsset(assets.get(e)!, e));
    raw.set(e, rawEdition(e));
  }
  polygonIds = file(manifest.atlas).topology.objects.municipios.geometries.map((g: { properties: { id: string } }) => g.properties.id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Per degree (Conapo's order): municipalities, population, homes, from the raw Conapo file and the raw census. */
function expectedTable(edition: RawEdition, state?: string) {
  const population = rawPopulation(edition);
  const rows = DEGREES.map(() => ({ municipalities: 0, population: 0, homes: 0 }));
  for (const r of raw.get(edition)!) {
    if (state && r.state !== state) continue;
    rows[r.degree].municipalities += 1;
    rows[r.degree].population += population.get(r.id)!;
    rows[r.degree].homes += r.homes;
  }
  return rows;
}
const actualTable = (edition: RawEdition, state?: string) =>
  summarize(decoded.get(edition)!.filter((m) => !state || m.state === state), DEGREES).rows.map(({ municipalities, population, homes }) => ({ municipalities, population, homes }));

describe.each(EDITIONS)('edition %i', (edition) => {
  test('the table by degree equals the raw files, for the country and for Zacatecas, Jalisco, Oaxaca and Baja California', () => {
    for (const state of [undefined, ...STATES]) expect(actualTable(edition, state), `state ${state ?? 'all'}`).toEqual(expectedTable(edition, state));
  });

  test('every value equals its raw row: index, the four percentages, homes', () => {
    const byId = new Map(decoded.get(edition)!.map((m) => [m.id, m]));
    expect(byId.size).toBe(raw.get(edition)!.length);
    for (const r of raw.get(edition)!) {
      const m = byId.get(r.id)!;
      expect([m.index, m.remittances, m.emigrants, m.circular, m.returnMigrants, m.homes], r.id).toEqual([r.index, ...r.components, r.homes]);
    }
  });
});

describe('published national tables (Conapo, INEGI), written out', () => {
  const published = {
    2000: { degrees: [162, 330, 392, 593, 873, 93], homes: 22_639_808, population: 97_483_412 },
    2010: { degrees: [178, 431, 514, 719, 603, 11], homes: 28_696_180, population: 112_336_538 },
    2020: { degrees: [137, 341, 432, 686, 861, 12], homes: 34_987_915, population: 126_014_024 },
  };
  test.each(EDITIONS)('%i', (edition) => {
    const { rows, total } = summarize(decoded.get(edition)!, DEGREES);
    const p = published[edition];
    expect(rows.map((r) => r.municipalities)).toEqual(p.degrees);
    expect(total).toEqual({ municipalities: p.degrees.reduce((a, b) => a + b, 0), homes: p.homes, population: p.population });
  });
});

describe('2010 against Conapo\'s state table', () => {
  test('every state: dwellings add up exactly; dwelling-weighted percentages within 0.02 points (0.0123 at most)', () => {
    const states = rawStates2010();
    expect(states).toHaveLength(32);
    let worst = 0;
    for (const s of states) {
      const members = decoded.get(2010)!.filter((m) => m.state === s.id);
      const homes = members.reduce((sum, m) => sum + m.homes, 0);
      expect(homes, s.name).toBe(s.homes);
      (['remittances', 'emigrants', 'circular', 'returnMigrants'] as const).forEach((key, i) => {
        const mean = members.reduce((sum, m) => sum + m[key] * m.homes, 0) / homes;
        worst = Math.max(worst, Math.abs(mean - s.components[i]));
      });
    }
    expect(worst).toBeGreaterThan(0.012);
    expect(worst).toBeLessThan(0.013);
  });
});

describe('published ranks', () => {
  test('2010 stores LUG_NAL and LUG_EDO as published; Nulo rows have none', () => {
    expect(Object.keys(assets.get(2010)!.municipalities)).toEqual(expect.arrayContaining(['rankNational', 'rankInState']));
    const byId = new Map(decoded.get(2010)!.map((m) => [m.id, m]));
    for (const r of raw.get(2010)!) expect(byId.get(r.id)!.rank, r.id).toEqual({ national: r.rankNational, inState: r.rankInState });
    expect(decoded.get(2010)!.filter((m) => m.rank.national !== null)).toHaveLength(2456 - 11);
  });

  test('2020 stores pos_nal as published ("1020.0" → 1020); the rank in the state is computed on load', () => {
    const columns = assets.get(2020)!.municipalities;
    expect(columns.rankNational).toBeDefined();
    expect(columns.rankInState).toBeUndefined();
    const byId = new Map(decoded.get(2020)!.map((m) => [m.id, m]));
    for (const r of raw.get(2020)!) expect(byId.get(r.id)!.rank.national, r.id).toBe(r.rankNational);
    expect(byId.get('01001')!.rank.national).toBe(1020);
    expect(decoded.get(2020)!.filter((m) => m.rank.national !== null)).toHaveLength(2469 - 12);
  });

  test('2000 publishes none: both ranks are computed on load', () => {
    expect(assets.get(2000)!.municipalities.rankNational).toBeUndefined();
    expect(assets.get(2000)!.municipalities.rankInState).toBeUndefined();
  });
});

describe('polygons', () => {
  test('2020 has exactly the 2,469 polygons; 2010 lacks the 13 created later; 2000 lacks 26', () => {
    const missing = (edition: RawEdition) => {
      const ids = new Set(decoded.get(edition)!.map((m) => m.id));
      return polygonIds.filter((id) => !ids.has(id));
    };
    expect(polygonIds).toHaveLength(2469);
    expect(missing(2020)).toEqual([]);
    expect(missing(2010)).toEqual(['02006', '04012', '07120', '07121', '07122', '07123', '07124', '07125', '17034', '17035', '17036', '23010', '23011']);
    expect(missing(2000)).toHaveLength(26);
  });
});

describe('transitions between editions', () => {
  const prepared = (edition: RawEdition): EditionData => prepareEdition(edition, decoded.get(edition)!);

  function expectedTransition(earlier: RawEdition, later: RawEdition) {
    const before = new Map(raw.get(earlier)!.map((r) => [r.id, r.degree]));
    const after = new Map(raw.get(later)!.map((r) => [r.id, r.degree]));
    const cells = DEGREES.map(() => DEGREES.map(() => 0));
    for (const [id, d] of before) if (after.has(id)) cells[d][after.get(id)!]++;
    return { cells, onlyLater: [...after.keys()].filter((id) => !before.has(id)).length, onlyEarlier: [...before.keys()].filter((id) => !after.has(id)).length };
  }

  test.each([
    [2000, 2010, 13],
    [2010, 2020, 13],
  ] as const)('%i → %i: the 6×6 table equals the raw degrees by CVEGEO; %i municipalities only in the later edition', (earlier, later, created) => {
    const actual = transitionTable(polygonIds, prepared(earlier), prepared(later));
    const expected = expectedTransition(earlier, later);
    expect(actual.cells).toEqual(expected.cells);
    expect({ onlyLater: actual.onlyLater, onlyEarlier: actual.onlyEarlier }).toEqual({ onlyLater: expected.onlyLater, onlyEarlier: expected.onlyEarlier });
    expect(actual.onlyLater).toBe(created);
    expect(actual.onlyEarlier).toBe(0);
    expect(actual.total).toBe(raw.get(earlier)!.length);
  });
});
