import { area, bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { checkEditionJoins, checkPolygonsHaveArea, joinAtlas, parseMunicipalTopology } from '../../data/boundaries';
import { DataBuildError } from '../../data/errors';
import { GRID_COARSENING, simplifyTopology } from '../../data/simplify';
import { squaresTopology, thrown, TRANSFORM } from './fixtures';

const FILE = 'mxmunicipio.topoJSON.json';
const NAMES = new Map([
  ['01', 'Aguascalientes'],
  ['02', 'Baja California'],
  ['03', 'Baja California Sur'],
]);
const idOf = (g: object) => (g as { properties: { id: string } }).properties.id;
const featureOf = (topology: object, g: object) => feature(topology as Topology, g as GeometryObject) as Feature<Geometry>;

describe('simplifyTopology', () => {
  it('keeps every polygon with an area, including a small one-arc island', () => {
    const out = simplifyTopology(squaresTopology({ island: true }));
    const geometries = out.objects.municipios.geometries;
    expect(geometries.map(idOf)).toEqual(['02002', '01001', '02001', '01002', '03001']);
    for (const g of geometries) expect(area(featureOf(out, g))).toBeGreaterThan(0);
  });

  it('writes integer, delta-encoded arcs on a grid 10× coarser', () => {
    const source = squaresTopology();
    const out = simplifyTopology(source);
    expect(out.transform).toEqual({ scale: TRANSFORM.scale.map((s) => s * GRID_COARSENING), translate: TRANSFORM.translate });
    const values = out.arcs.flat(2);
    expect(values.every(Number.isInteger)).toBe(true);
    // Absolute grid positions would all be ≥ 0 (the translate is the corner): negatives are deltas.
    expect(values.some((v) => v < 0)).toBe(true);
    const absolute = out.arcs.map((arc) => arc.reduce<number[][]>((acc, [dx, dy]) => [...acc, acc.length ? [acc.at(-1)![0] + dx, acc.at(-1)![1] + dy] : [dx, dy]], []));
    expect(absolute.flat(2).every((v) => v >= 0 && v <= 200)).toBe(true);
    // Decoding through the transform puts each square back where it was (within one grid step).
    const first = out.objects.municipios.geometries.find((g) => idOf(g) === '01001')!;
    bbox(featureOf(out, first)).forEach((v, i) => expect(v).toBeCloseTo([-100, 20, -99, 21][i], 6));
  });

  it('refuses a topology without a transform', () => {
    const { transform: _, ...plain } = squaresTopology();
    expect(() => simplifyTopology(plain as Topology)).toThrow(/quantized/);
  });
});

describe('parseMunicipalTopology', () => {
  it('accepts the fixture', () => {
    const parsed = parseMunicipalTopology(JSON.stringify(squaresTopology()), FILE);
    expect(parsed.objects.municipios.geometries).toHaveLength(4);
  });

  it('rejects invalid JSON', () => {
    const e = thrown(() => parseMunicipalTopology('{"type":"Topology",', FILE));
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toContain('not valid JSON');
  });

  it('rejects a topology without a "municipios" object', () => {
    const t = squaresTopology() as unknown as { objects: Record<string, unknown> };
    t.objects = { state: t.objects.municipios };
    expect(() => parseMunicipalTopology(JSON.stringify(t), FILE)).toThrow(/no TopoJSON object "municipios"/);
  });

  it.each([['1001'], ['010010'], ['0100a'], [1001]])('rejects the id %j', (id) => {
    const t = squaresTopology();
    (t.objects.municipios.geometries[1].properties as { id: unknown }).id = id;
    const e = thrown(() => parseMunicipalTopology(JSON.stringify(t), FILE));
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.message).toContain('is not a 5-character CVEGEO');
  });

  it('rejects a duplicate id and a non-polygon geometry', () => {
    const dup = squaresTopology();
    (dup.objects.municipios.geometries[0].properties as { id: string }).id = '01001';
    expect(() => parseMunicipalTopology(JSON.stringify(dup), FILE)).toThrow(/polygon 01001 appears twice/);
    const line = squaresTopology();
    line.objects.municipios.geometries[0] = { type: 'LineString', arcs: [0], properties: { id: '02002' } };
    expect(() => parseMunicipalTopology(JSON.stringify(line), FILE)).toThrow(/geometry type LineString/);
  });
});

describe('joinAtlas', () => {
  it('orders polygons by id', () => {
    const atlas = joinAtlas(squaresTopology(), NAMES, FILE);
    expect(atlas.objects.municipios.geometries.map((g) => g.properties)).toEqual([{ id: '01001' }, { id: '01002' }, { id: '02001' }, { id: '02002' }]);
  });

  it('adds state outlines whose bbox covers their squares', () => {
    const atlas = joinAtlas(squaresTopology(), NAMES, FILE);
    expect(atlas.objects.estados.geometries.map((g) => g.properties)).toEqual([
      { id: '01', name: 'Aguascalientes', bbox: [-100, 20, -98, 21] },
      { id: '02', name: 'Baja California', bbox: [-100, 21, -98, 22] },
    ]);
    // Each outline is the union of its two squares: 2 square degrees (≈ area of the two squares).
    const [s01] = atlas.objects.estados.geometries;
    const squares = atlas.objects.municipios.geometries.slice(0, 2).reduce((s, g) => s + area(featureOf(atlas, g)), 0);
    expect(area(featureOf(atlas, s01)) / squares).toBeCloseTo(1, 6);
  });

  it('checkEditionJoins throws when a municipality of an edition has no polygon, and accepts polygons without one (created later)', () => {
    expect(() => checkEditionJoins(squaresTopology(), 2000, ['01001', '01002', '02001'], FILE)).not.toThrow();
    const e = thrown(() => checkEditionJoins(squaresTopology(), 2010, ['01001', '01003'], FILE)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('key 01003');
    expect(e.problem).toContain('1 municipalities of Conapo 2010 have no polygon: 01003');
  });

  it('throws when a state has no name', () => {
    expect(() => joinAtlas(squaresTopology(), new Map([['01', 'Aguascalientes']]), FILE)).toThrow(/state 02 has no name/);
  });

  it('works on the simplified topology, and its polygons pass checkPolygonsHaveArea', () => {
    const atlas = joinAtlas(simplifyTopology(squaresTopology({ island: true })), NAMES, FILE);
    expect(atlas.objects.estados.geometries.map(idOf)).toEqual(['01', '02', '03']);
    expect(() => checkPolygonsHaveArea(atlas, FILE)).not.toThrow();
  });

  it('checkPolygonsHaveArea reports a collapsed polygon', () => {
    const t = squaresTopology();
    t.objects.municipios.geometries[1] = { type: 'Polygon', arcs: [[0, ~0]], properties: { id: '01001' } }; // up a border and back
    const atlas = joinAtlas(t, NAMES, FILE);
    expect(() => checkPolygonsHaveArea(atlas, FILE)).toThrow(/polygon 01001 collapsed/);
  });
});
