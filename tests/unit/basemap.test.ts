import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { basemapAsset, buildBasemap, clipPolygons, REGION, toleranceFor, unwrap, ZONES, type Basemap } from '../../data/basemap';
import { degreesPerPixel } from '../../geo/lod';
import { BASEMAP_FORMAT, decodeBasemap } from '../../geo/basemap-asset';

let base: Basemap;
beforeAll(() => {
  base = buildBasemap();
});

const country = (iso: string) => base.countries.features.find((f) => f.properties.iso === iso);
const positions = (g: MultiPolygon) => g.coordinates.flat(2);
const allPositions = () => [
  ...base.countries.features.flatMap((f) => positions(f.geometry as MultiPolygon)),
  ...base.countryBorders.geometry.coordinates.flat(),
  ...base.usStateBorders.geometry.coordinates.flat(),
];

describe('the base map (world-atlas and us-atlas, clipped and simplified)', () => {
  it('stays within the region box', () => {
    const [w, s, e, n] = REGION;
    const outside = allPositions().filter(([x, y]) => x < w || x > e || y < s || y > n);
    expect(outside).toEqual([]);
  });

  it('keeps Mexico, the US, Guatemala, Belize and Cuba', () => {
    for (const [iso, name] of [['484', 'Mexico'], ['840', 'United States of America'], ['320', 'Guatemala'], ['084', 'Belize'], ['192', 'Cuba']]) {
      expect(country(iso)?.properties.name, iso).toBe(name);
    }
    // The US keeps Alaska, Hawaii; Puerto Rico is its own feature.
    const us = positions(country('840')!.geometry as MultiPolygon);
    expect(us.some(([x, y]) => x < -150 && y > 60)).toBe(true);
    expect(us.some(([x, y]) => x > -160 && x < -154 && y > 18 && y < 23)).toBe(true);
    expect(country('630')?.properties.name).toBe('Puerto Rico');
  });

  it('keeps of Russia only what the Alaska view shows: Chukotka and the east of Wrangel Island', () => {
    const xs = positions(country('643')!.geometry as MultiPolygon).map(([x]) => x);
    expect(Math.min(...xs)).toBe(-180);
    expect(Math.max(...xs)).toBeLessThan(-169);
  });

  it('draws no shape across the antimeridian (a band around the world on a flat map)', () => {
    const jumps = base.countries.features.flatMap((f) =>
      (f.geometry as MultiPolygon).coordinates.flat().flatMap((ring) => ring.filter((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180).map(() => f.properties.name)),
    );
    expect(jumps).toEqual([]);
  });

  it('keeps neighbours consistent: Mexico and Guatemala share their simplified border and do not overlap', () => {
    const mexico = country('484')!.geometry as MultiPolygon;
    const guatemala = country('320')!.geometry as MultiPolygon;
    const mexicoVertices = new Set(positions(mexico).map((p) => p.join()));
    const shared = positions(guatemala).filter((p) => mexicoVertices.has(p.join()));
    expect(shared.length).toBeGreaterThan(10);
    const inside = positions(guatemala).filter((p) => !mexicoVertices.has(p.join()) && booleanPointInPolygon(p, mexico));
    expect(inside).toEqual([]);
  });

  it('is about half of the whole-country base map (218 KB gzip before clipping)', () => {
    expect(gzipSync(JSON.stringify(base)).length).toBeLessThan(130 * 1024);
  });
});

describe('toleranceFor', () => {
  it('is a pixel at the highest zoom of the zones a border enters', () => {
    const mexico = ZONES.find((z) => z.zone === 'Mexico and its neighbours')!;
    const southAmerica = ZONES.find((z) => z.zone === 'South America')!;
    expect(toleranceFor([[-100, 20], [-99, 21]])).toBe(degreesPerPixel(mexico.zoom));
    expect(toleranceFor([[-60, -30], [-59, -31]])).toBe(degreesPerPixel(southAmerica.zoom));
    // Crossing from South America into Mexico's zone: Mexico's detail.
    expect(toleranceFor([[-60, -30], [-100, 20]])).toBe(degreesPerPixel(mexico.zoom));
    // Outside every zone the border is clipped away: the coarsest tolerance.
    expect(toleranceFor([[10, 50], [11, 51]])).toBe(degreesPerPixel(0));
  });
});

describe('unwrap', () => {
  it('makes longitudes continuous across the antimeridian', () => {
    expect(unwrap([[179, 0], [-179, 1], [-178, 2], [179.5, 3]])).toEqual([[179, 0], [181, 1], [182, 2], [179.5, 3]]);
    expect(unwrap([[-179, 0], [179, 1]])).toEqual([[-179, 0], [-181, 1]]);
    expect(unwrap([[-100, 0], [-90, 1]])).toEqual([[-100, 0], [-90, 1]]);
  });
});

describe('clipPolygons', () => {
  const box: [number, number, number, number] = [-180, 0, -30, 60];
  const square = (x: number, y: number, d: number): Position[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];

  it('keeps the part of an island crossing the antimeridian that lies in the box', () => {
    const island: Position[] = [[178, 10], [-178, 10], [-178, 12], [178, 12], [178, 10]];
    const out = clipPolygons({ type: 'Polygon', coordinates: [island] }, box, [box])!;
    expect(out.coordinates).toHaveLength(1);
    const xs = out.coordinates[0][0].map(([x]) => x);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([-180, -178]);
  });

  it('drops parts outside the box and parts in no zone', () => {
    const inZone = square(-100, 20, 1);
    const noZone = square(-170, 5, 1);
    const outsideBox = square(10, 40, 1);
    const out = clipPolygons({ type: 'MultiPolygon', coordinates: [[inZone], [noZone], [outsideBox]] }, box, [[-120, 10, -80, 40]])!;
    expect(out.coordinates).toEqual([[inZone]]);
    expect(clipPolygons({ type: 'Polygon', coordinates: [outsideBox] }, box, [box])).toBeNull();
  });
});

describe('the base map asset (one quantized topology)', () => {
  const key = (p: Position) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  /** A closed ring as positions without repeats in a row, starting at its least position: the same ring whatever point it starts from. */
  const canonicalRing = (ring: Position[]) => {
    const open = ring.slice(0, -1).map(key).filter((k, i, all) => k !== all[(i + all.length - 1) % all.length]);
    const start = open.indexOf([...open].sort()[0]);
    return [...open.slice(start), ...open.slice(0, start)];
  };
  const canonicalLines = (lines: Position[][]) => lines.map((l) => l.map(key).filter((k, i, all) => i === 0 || k !== all[i - 1]).join(' ')).sort();
  const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) => p.map(canonicalRing));

  it('decodes to the same countries and borders, position for position', () => {
    const decoded = decodeBasemap(JSON.parse(JSON.stringify(basemapAsset(base))));
    expect(decoded.countries.features.map((f) => [f.id, f.properties])).toEqual(base.countries.features.map((f) => [f.id, f.properties]));
    decoded.countries.features.forEach((f, i) => {
      expect(polygons(f.geometry as MultiPolygon), String(f.id)).toEqual(polygons(base.countries.features[i].geometry));
    });
    for (const lines of ['countryBorders', 'usStateBorders'] as const) {
      expect(canonicalLines((decoded[lines].geometry as MultiLineString).coordinates), lines).toEqual(canonicalLines(base[lines].geometry.coordinates));
    }
  });

  it('is at most 70 KB gzip (the same base map as GeoJSON: 111 KB)', () => {
    expect(gzipSync(JSON.stringify(basemapAsset(base))).length).toBeLessThan(70 * 1024);
  });

  it('asks for a data rebuild when the asset is not one', () => {
    expect(() => decodeBasemap(base as never)).toThrow('base map: unexpected format; rebuild the data (npm run data)');
    expect(() => decodeBasemap({ format: BASEMAP_FORMAT, topology: { type: 'Topology', objects: {}, arcs: [] } } as never)).toThrow('rebuild the data');
  });
});
