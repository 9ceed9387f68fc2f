// The place-name asset built from the real sources: every label point inside the shape the map
// draws (the topology decoded here from the built atlas asset, independently of the build's
// code), names and populations checked against INEGI's 2020 file read here straight from
// its bytes (only the generic CSV reader is shared), and a deterministic output.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { decodeBasemap } from '../../geo/basemap-asset';
import type { LabelsAsset } from '../../geo/labels';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { temporaryBuilds } from '../support/temp-build';

const { build, removeAll } = temporaryBuilds('atlas-labels-');
let files: Map<string, Buffer>;
let labels: LabelsAsset;
let labelsFile: string;
let atlasTopology: Topology;

beforeAll(() => {
  files = build();
  const manifest = JSON.parse(files.get('manifest.json')!.toString());
  labelsFile = manifest.labels;
  labels = JSON.parse(files.get(labelsFile)!.toString());
  atlasTopology = JSON.parse(files.get(manifest.atlas)!.toString()).topology;
});
afterAll(removeAll);

type Shape = Feature<Polygon | MultiPolygon, { id: string }>;
const shapes = (object: string) => new Map((feature(atlasTopology, atlasTopology.objects[object]) as FeatureCollection<Polygon | MultiPolygon, { id: string }>).features.map((f: Shape) => [f.properties.id, f]));
const point = (t: { lon: number[]; lat: number[] }, i: number) => [t.lon[i], t.lat[i]];

/** INEGI 2020 rows straight from the Latin-1 bytes: `" 01 001 ","Aguascalientes","948,990",…` and the state rows `"=CONCATENAR(0,01) "`, `"=CONCATENAR( ,10) "`. */
function rawCensus2020() {
  const text = new TextDecoder('latin1').decode(readFileSync(path.join(SOURCES_ROOT, 'sources/inegi-census-municipal/2020.csv')));
  const count = (s: string) => Number(s.replace(/,/g, ''));
  const municipalities: { id: string; name: string; population: number }[] = [];
  const states = new Map<string, number>();
  for (const row of parseCsv(text)) {
    const m = /^ (\d\d) (\d\d\d) $/.exec(row[0] ?? '');
    if (m) municipalities.push({ id: m[1] + m[2], name: row[1].trim(), population: count(row[2]) });
    const s = /^=CONCATENAR\([0 ],(\d\d)\) $/.exec(row[0] ?? ''); // "(0,09)" up to 09, "( ,10)" from 10 on
    if (s) states.set(s[1], count(row[2]));
  }
  return { municipalities, states };
}

describe('labels asset on the real sources', () => {
  test('names all 2,469 municipalities of the atlas, each point inside its own polygon as drawn', () => {
    const polygons = shapes('municipios');
    expect(polygons.size).toBe(2469);
    expect(labels.municipalities.id).toHaveLength(2469);
    expect(new Set(labels.municipalities.id)).toEqual(new Set(polygons.keys()));
    const outside = labels.municipalities.id.filter((id, i) => !booleanPointInPolygon(point(labels.municipalities, i), polygons.get(id)!));
    expect(outside).toEqual([]);
    expect(labels.municipalities.name.every((n) => typeof n === 'string' && n.trim() === n && n.length > 0)).toBe(true);
  });

  test('the most populous municipality comes first; names and populations are INEGI 2020\'s, most populous first', () => {
    const raw = rawCensus2020().municipalities;
    expect(raw).toHaveLength(2469);
    const top = raw.reduce((a, b) => (b.population > a.population ? b : a));
    expect([labels.municipalities.id[0], labels.municipalities.name[0], labels.municipalities.population[0]]).toEqual([top.id, top.name, top.population]);
    expect(top.name).toBe('Tijuana');
    const byId = new Map(raw.map((r) => [r.id, r]));
    labels.municipalities.id.forEach((id, i) => {
      expect(labels.municipalities.population[i]).toBe(byId.get(id)!.population);
      if (i > 0) expect(labels.municipalities.population[i]).toBeLessThanOrEqual(labels.municipalities.population[i - 1]);
    });
    // The 2020 file writes names in natural order already: none needed turning.
    expect(labels.municipalities.name[labels.municipalities.id.indexOf('01010')]).toBe('El Llano');
    expect(labels.municipalities.name.filter((n) => /, (el|la|los|las)$/i.test(n))).toEqual([]);
  });

  test('the 32 states: each point inside its outline as drawn (Zacatecas in Zacatecas), population = INEGI\'s state row', () => {
    const outlines = shapes('estados');
    expect(labels.states.id).toHaveLength(32);
    labels.states.id.forEach((id, i) => expect(booleanPointInPolygon(point(labels.states, i), outlines.get(id)!), id).toBe(true));
    const zacatecas = labels.states.id.indexOf('32');
    expect(booleanPointInPolygon(point(labels.states, zacatecas), outlines.get('32')!)).toBe(true);
    expect(labels.states.nameEs[zacatecas]).toBe('Zacatecas');
    const rawStates = rawCensus2020().states;
    labels.states.id.forEach((id, i) => expect(labels.states.population[i], id).toBe(rawStates.get(id)));
  });

  test('state short names are the official names shortened (the curated table)', () => {
    const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, 'curated/mx_state_regions.csv'), 'utf8')).filter((r) => r.length > 1);
    const official = new Map(rows.map((r) => [r[header.indexOf('cve_ent')], r[header.indexOf('nom_ent')]]));
    labels.states.id.forEach((id, i) => {
      const short = labels.states.nameEs[i];
      // "Coahuila" of "Coahuila de Zaragoza"; "Estado de México" of "México".
      expect(official.get(id)!.startsWith(short) || short.endsWith(official.get(id)!), `${id} ${short}`).toBe(true);
    });
  });

  test('countries: exactly the base map\'s, each named, the US point in the contiguous states', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString());
    const base = decodeBasemap(JSON.parse(files.get(manifest.base)!.toString())) as unknown as { countries: FeatureCollection<Geometry, { iso: string }> };
    expect([...labels.countries.id].sort()).toEqual(base.countries.features.map((f) => f.properties.iso).sort());
    expect(labels.countries.nameEs.every((n) => n.length > 0) && labels.countries.nameEn.every((n) => n.length > 0)).toBe(true);
    const [lon, lat] = point(labels.countries, labels.countries.id.indexOf('840'));
    expect(lon > -125 && lon < -67 && lat > 24 && lat < 50).toBe(true);
    const mexico = labels.countries.id.indexOf('484');
    const mx = base.countries.features.find((f) => f.properties.iso === '484')!;
    expect(booleanPointInPolygon(point(labels.countries, mexico), mx as Feature<Polygon | MultiPolygon>)).toBe(true);
  });

  test('US areas: all 52, each point inside its us-atlas outline', () => {
    const require = createRequire(import.meta.url);
    const us = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')) as Topology;
    const outlines = new Map((feature(us, us.objects.states) as FeatureCollection<Polygon | MultiPolygon>).features.map((f) => [String(f.id), f]));
    expect(labels.usStates.id).toHaveLength(52);
    labels.usStates.id.forEach((id, i) => expect(booleanPointInPolygon(point(labels.usStates, i), outlines.get(id)!), id).toBe(true));
  });

  test('is small: under 60 KB gzip', () => {
    const bytes = files.get(labelsFile)!;
    expect(gzipSync(bytes).length).toBeLessThan(60 * 1024);
  });

  test('is deterministic: a second build writes the same labels file, byte for byte', () => {
    const second = build();
    expect(second.get(labelsFile)?.equals(files.get(labelsFile)!)).toBe(true);
  });
});
