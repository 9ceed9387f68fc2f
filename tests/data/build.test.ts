// The real data build on ../shared/data (or DATA_SOURCES): its output must reproduce
// Conapo's and INEGI's published figures to the unit, and be deterministic.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Geometry } from 'geojson';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { DEGREES } from '../../geo/degrees';
import { fromEditionAsset, prepareEdition, type EditionData } from '../../geo/editions';
import { decodeBasemap } from '../../geo/basemap-asset';
import { decodeAtlas, type LoadedAtlas } from '../../geo/load-atlas';
import { absoluteArcs, FULL_LEVEL } from '../../geo/lod';
import type { AtlasAsset } from '../../geo/atlas';
import type { BinaryFill } from '../../geo/binary-fill';
import { summarize } from '../../geo/summary';
import { rawConapoRows, SOURCES_ROOT } from '../support/raw-conapo';
import { temporaryBuilds } from '../support/temp-build';

const { build, removeAll } = temporaryBuilds();
let loaded: LoadedAtlas;
let y2000: EditionData;
let firstBuild: Map<string, Buffer>;

beforeAll(() => {
  firstBuild = build();
  const manifest = JSON.parse(firstBuild.get('manifest.json')!.toString());
  loaded = decodeAtlas(JSON.parse(firstBuild.get(manifest.atlas)!.toString()), decodeBasemap(JSON.parse(firstBuild.get(manifest.base)!.toString())));
  y2000 = prepareEdition(2000, fromEditionAsset(JSON.parse(firstBuild.get(manifest.editions[2000])!.toString()), 2000));
});
afterAll(removeAll);

/** The municipalities (by index) owning a part with at least three distinct points, and triangles. */
function drawnMunicipalities(fill: BinaryFill): Set<number> {
  const owners = new Set<number>();
  const triangulated = new Set<number>();
  for (let p = 0; p < fill.length; p++) {
    const points = new Set<string>();
    for (let v = fill.startIndices[p]; v < fill.startIndices[p + 1]; v++) points.add(`${fill.positions[2 * v]},${fill.positions[2 * v + 1]}`);
    if (points.size >= 3) owners.add(fill.owner[p]);
  }
  const partOf = (v: number) => {
    let lo = 0;
    let hi = fill.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fill.startIndices[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (let t = 0; t < fill.indices.length; t += 3) triangulated.add(fill.owner[partOf(fill.indices[t])]);
  return new Set([...owners].filter((i) => triangulated.has(i)));
}

/** Every one of the 2,469 polygons owns a part with at least three distinct points, and triangles. */
function expectEveryMunicipalityDrawn(fill: BinaryFill, what: string) {
  expect(drawnMunicipalities(fill).size, what).toBe(2469);
}

/** Shoelace area of a polygon's outer rings, in square degrees. */
const areaOf = (g: Geometry) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []).reduce((sum, [ring]) => sum + Math.abs(ring.reduce((a, [x, y], i) => a + (i ? ring[i - 1][0] * y - x * ring[i - 1][1] : 0), 0)) / 2, 0);

describe('data build on the real sources', () => {
  test('the country-wide table is Conapo\'s published table, to the unit', () => {
    const { rows, total } = summarize(y2000.municipalities, DEGREES);
    expect(total).toEqual({ municipalities: 2443, population: 97_483_412, homes: 22_639_808 });
    expect(rows.map((r) => r.municipalities)).toEqual([162, 330, 392, 593, 873, 93]);
  });

  test('every Conapo 2000 municipality has a polygon; the 26 created after 2000 are kept without data', () => {
    const { municipalFeatures } = loaded.detailReady()!;
    const withData = municipalFeatures.filter((f) => y2000.byId.has(f.properties.id));
    expect(withData).toHaveLength(2443);
    expect(new Set(withData.map((f) => f.properties.id))).toEqual(new Set(y2000.municipalities.map((m) => m.id)));
    expect(municipalFeatures).toHaveLength(2469);
    expect(loaded.stateFeatures).toHaveLength(32);
  });

  test('every level of detail draws every municipality, with fewer vertices and state-border segments the coarser it is', async () => {
    const fills = await Promise.all(Array.from({ length: FULL_LEVEL + 1 }, (_, level) => loaded.fillAt(level)));
    for (const fill of fills) expectEveryMunicipalityDrawn(fill, `level ${fill.level}`);
    const vertices = (level: number) => fills[level].startIndices[fills[level].length];
    for (let level = 0; level < FULL_LEVEL; level++) {
      expect(vertices(level)).toBeLessThan(vertices(level + 1));
      expect(fills[level].stateBorders.length).toBeLessThan(fills[level + 1].stateBorders.length);
    }
    // Zoomed out (level 0) the fill needs well under half the full vertices: what makes panning cheaper.
    expect(vertices(0) / vertices(FULL_LEVEL)).toBeLessThan(0.5);
  });

  test('the overview: the same polygons and states in the same order, each position within a fifth of a level-0 pixel, every municipality drawn but a sliver under a cell', async () => {
    const manifest = JSON.parse(firstBuild.get('manifest.json')!.toString());
    const atlas = JSON.parse(firstBuild.get(manifest.atlas)!.toString()) as AtlasAsset;
    const overview = JSON.parse(firstBuild.get(manifest.overview)!.toString()) as AtlasAsset;
    const objects = (a: AtlasAsset) => Object.fromEntries(Object.entries(a.topology.objects).map(([k, o]) => [k, o.geometries.map((g) => [g.type, g.properties])]));
    expect(objects(overview)).toEqual(objects(atlas));
    // Level 0 is simplified to a pixel at zoom 4.5, where a pixel is 360 / (512 × 2^4.5) degrees.
    const fifthOfPixel = 360 / (512 * 2 ** 4.5) / 5;
    const original = absoluteArcs(atlas.topology);
    const coarse = absoluteArcs(overview.topology);
    expect(coarse).toHaveLength(original.length);
    let worst = 0;
    coarse.forEach((arc, i) => {
      for (const [x, y] of arc) worst = Math.max(worst, Math.min(...original[i].map(([u, v]) => Math.hypot(x - u, y - v))));
    });
    expect(worst).toBeLessThan(fifthOfPixel);
    // Every municipality is drawn from the overview, but a sliver thinner than its grid: its
    // whole area in the atlas is under one cell of it (so under a twenty-fifth of a pixel).
    const drawn = drawnMunicipalities(await decodeAtlas(overview, loaded.basemap).fillAt(0));
    const { municipalFeatures } = loaded.detailReady()!;
    const missing = municipalFeatures.filter((_, i) => !drawn.has(i));
    expect(missing.map((f) => f.properties.id)).toEqual(['20157']);
    for (const f of missing) expect(areaOf(f.geometry)).toBeLessThan(fifthOfPixel ** 2);
    expect(gzipSync(firstBuild.get(manifest.overview)!).length).toBeLessThan(0.65 * gzipSync(firstBuild.get(manifest.atlas)!).length);
  });

  test('values equal the raw rows: the mislabelled emigrants column, Nulo without index', () => {
    const raw = rawConapoRows();
    expect(raw).toHaveLength(2443);
    for (const r of raw) {
      const id = String(r.state).padStart(2, '0') + String(r.municipality).padStart(3, '0');
      const m = y2000.byId.get(id)!;
      expect(m.homes).toBe(r.households);
      expect(m.remittances).toBe(Number(r.cells[4]));
      expect(m.emigrants).toBe(Number(r.cells[5])); // HOU_REM_LAST_5_YEARS
      expect(m.index).toBe(r.label === 'Null' ? null : Number(r.cells[8]));
    }
    expect(y2000.byId.get('01010')!.name).toBe('Llano, El');
  });

  test('household-weighted Sonora means reproduce Conapo\'s official Sonora state row', () => {
    const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, 'sources/conapo-iim-2000/CONAPO_sonora.csv'), 'utf8'));
    const stateRow = rows.find((r) => r[header.indexOf('NOM_MUN')] === 'Estado' && r[header.indexOf('YEAR')] === '2000')!;
    const sonora = y2000.municipalities.filter((m) => m.state === '26');
    const households = sonora.reduce((s, m) => s + m.homes, 0);
    expect(households).toBe(Number(stateRow[header.indexOf('TOT_HOG')]));
    const mean = (key: 'remittances' | 'emigrants' | 'circular' | 'returnMigrants') => sonora.reduce((s, m) => s + m[key] * m.homes, 0) / households;
    expect(mean('remittances')).toBeCloseTo(Number(stateRow[header.indexOf('HOG_REM')]), 2);
    expect(mean('emigrants')).toBeCloseTo(Number(stateRow[header.indexOf('HOG_REM.1')]), 2);
    expect(mean('circular')).toBeCloseTo(Number(stateRow[header.indexOf('HOG_CIRC')]), 2);
    expect(mean('returnMigrants')).toBeCloseTo(Number(stateRow[header.indexOf('HOG_RET')]), 2);
  });

  test('state extents contain their municipalities (Zacatecas)', () => {
    const zacatecas = loaded.stateById.get('32')!;
    expect(zacatecas.name).toBe('Zacatecas');
    const [w, s, e, n] = zacatecas.bbox;
    expect(w).toBeGreaterThan(-105);
    expect(e).toBeLessThan(-100);
    expect(s).toBeGreaterThan(21);
    expect(n).toBeLessThan(25.5);
  });

  test('is deterministic: a second build writes byte-identical files', () => {
    const second = build();
    expect([...second.keys()].sort()).toEqual([...firstBuild.keys()].sort());
    for (const [name, bytes] of firstBuild) expect(second.get(name)!.equals(bytes), name).toBe(true);
  });
});
