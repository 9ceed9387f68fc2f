import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox as turfBbox, bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { absoluteArcs, degreesPerPixel, simplifyLine } from '../geo/lod';
import { BASEMAP_FORMAT, BASEMAP_GRID, type BasemapAsset, type BasemapTopology } from '../geo/basemap-asset';

type Box = [west: number, south: number, east: number, north: number];

/**
 * The zones the atlas's views show, each with the highest zoom it is seen at (the focus
 * buttons, a Mexican state, a search result; on screens up to 2,560 px wide). Each border
 * is simplified to one pixel at the highest zoom of any zone it enters; MapLibre simplifies
 * its tiles to 1.5 px on top (geo/basemap-style.ts), so nothing visible is lost. South
 * America stays, coarse, because narrow screens see it: on a phone the home view reaches
 * 16° S and the two-country views 55° S.
 */
export const ZONES: { zone: string; box: Box; zoom: number }[] = [
  // Mexico's views and a state zoomed to (deck.gl covers its land; its coasts and neighbours show).
  { zone: 'Mexico and its neighbours', box: [-119, 12, -85, 34], zoom: 7 },
  { zone: 'Hawaii', box: [-161, 18, -154, 23.5], zoom: 8 },
  { zone: 'Puerto Rico', box: [-68, 17, -64.5, 19.5], zoom: 9.5 },
  // The US and both countries: zoom ≤ 4.6 at 2,560 px; Alaska (with Chukotka's tip) and the Arctic: ≤ 4.4.
  { zone: 'North America', box: [-180, 5, -50, 60], zoom: 5 },
  { zone: 'Alaska and the Arctic', box: [-180, 60, -50, 84], zoom: 4.5 },
  { zone: 'South America', box: [-92, -56, -30, 13], zoom: 3 },
];

/**
 * What the base map is clipped to: the box around the zones. Of a country that reaches
 * into it (Russia, France by its islands), only the parts inside it and in a zone stay.
 */
export const REGION: Box = [-180, -56, -30, 84];

export interface Basemap {
  /** Countries of the region (world-atlas, Natural Earth 1:50m), filled as land. */
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string; iso: string }>;
  /** Borders between countries. */
  countryBorders: Feature<MultiLineString>;
  /** Borders between US states (us-atlas, US Census Bureau cartographic boundaries 1:10m). */
  usStateBorders: Feature<MultiLineString>;
}

const require = createRequire(import.meta.url);
const readPackageJson = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

const inBox = ([x, y]: Position, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;
const overlaps = (b: number[], [w, s, e, n]: Box) => b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s;

/** Web Mercator y, in degrees at the equator: a tolerance in these units is the same number of pixels everywhere. */
const toMercator = ([x, y]: Position) => [x, (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, y)) * Math.PI) / 360))];
const fromMercator = ([x, y]: Position) => [x, (360 / Math.PI) * Math.atan(Math.exp((y * Math.PI) / 180)) - 90];

/** One pixel at the highest zoom of the zones the border enters (outside every zone it is clipped away). */
export function toleranceFor(arc: Position[]): number {
  const zooms = ZONES.filter((z) => arc.some((p) => inBox(p, z.box))).map((z) => z.zoom);
  return degreesPerPixel(zooms.length ? Math.max(...zooms) : 0);
}

/**
 * The line or ring made continuous across the antimeridian: world-atlas stitches shapes
 * that cross it (Wrangel Island, for d3's spherical projections), and a flat map draws the
 * 360° jump as a band around the world. Longitudes may leave [−180, 180].
 */
export function unwrap(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of points) {
    const previous = out.at(-1);
    // The copy of this longitude nearest the previous one.
    out.push([previous ? x + 360 * Math.round((previous[0] - x) / 360) : x, y]);
  }
  return out;
}

/** The shifts by a whole turn that bring some of the points into [−180, 180]. */
const copies = (points: Position[]) => [-360, 0, 360].filter((k) => points.some(([x]) => Math.abs(x + k) <= 180));
const shifted = (points: Position[], k: number) => (k ? points.map(([x, y]) => [x + k, y]) : points);

/**
 * Every arc simplified on its own (Douglas–Peucker in Mercator, endpoints kept): countries
 * that share a border share its simplified arc, so the base map's own borders stay
 * consistent. A ring that collapses (an island under a pixel) is dropped by the clip below.
 */
function simplifyTopology<T extends Topology>(topology: T): T {
  const wrap = ([x, y]: Position) => [x > 180 ? x - 360 : x < -180 ? x + 360 : x, y];
  const arcs = absoluteArcs(topology).map((arc) => simplifyLine(unwrap(arc).map(toMercator), toleranceFor(arc)).map(fromMercator).map(wrap));
  const { transform: _quantized, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}

/**
 * The polygons' parts inside the box that reach into a zone; rings of fewer than four
 * positions (collapsed islands) dropped; null when nothing is left.
 */
export function clipPolygons(geometry: Polygon | MultiPolygon, box: Box, zones: Box[]): MultiPolygon | null {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap((polygon) => {
    // Holes follow their outer ring's copy; a ring that crosses the antimeridian is clipped on both sides of it.
    const [outer, ...holes] = polygon.map(unwrap);
    const aligned = holes.map((h) => shifted(h, 360 * Math.round((outer[0][0] - h[0][0]) / 360)));
    return copies(outer).map((k) => [outer, ...aligned].map((ring) => shifted(ring, k)));
  });
  const clipped = polygons
    .map((rings) => (bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry as Polygon).coordinates.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0 && zones.some((zone) => overlaps(turfBbox({ type: 'Polygon', coordinates: rings }), zone)));
  return clipped.length ? { type: 'MultiPolygon', coordinates: clipped } : null;
}

function clipLines(geometry: MultiLineString, box: Box): Feature<MultiLineString> {
  const lines = geometry.coordinates.flatMap((line) => {
    const continuous = unwrap(line);
    return copies(continuous).flatMap((k) => {
      const g = bboxClip({ type: 'LineString', coordinates: shifted(continuous, k) }, box).geometry;
      return g.type === 'LineString' ? [g.coordinates] : (g.coordinates as Position[][]);
    });
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines.filter((l) => l.length >= 2) } };
}

/** Positions on the asset's grid (BASEMAP_GRID, 0.001°, ~100 m): a background needs no more, and the asset quantizes on it exactly. */
const PER_DEGREE = 1 / BASEMAP_GRID;
function round<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * PER_DEGREE) / PER_DEGREE : v)));
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type States = Topology<{ states: GeometryCollection }>;

/** The base map from world-atlas and us-atlas topologies: clipped to REGION and the ZONES, simplified per zone. */
export function basemapFrom(worldTopology: Countries, usTopology: States): Basemap {
  const world = simplifyTopology(worldTopology);
  const us = simplifyTopology(usTopology);
  const all = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features = all.features
    .filter((f) => overlaps(turfBbox(f), REGION))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .flatMap((f) => {
      const geometry = clipPolygons(f.geometry, REGION, ZONES.map((z) => z.box));
      // MapLibre drops string feature ids: carry the ISO numeric code as a property.
      return geometry ? [{ type: 'Feature' as const, id: f.id, properties: { ...f.properties, iso: String(f.id) }, geometry }] : [];
    });
  const inRegion = new Set(features.map((f) => f.id));
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b && inRegion.has(a.id) && inRegion.has(b.id));
  return round({
    countries: { type: 'FeatureCollection', features },
    countryBorders: clipLines(borders, REGION),
    usStateBorders: clipLines(mesh(us, us.objects.states, (a, b) => a !== b), REGION),
  });
}

/** Offline base map built from the pinned world-atlas and us-atlas packages: no tile server. */
export function buildBasemap(): Basemap {
  return basemapFrom(readPackageJson('world-atlas/countries-50m.json'), readPackageJson('us-atlas/states-10m.json'));
}

/**
 * The base map as its asset (geo/basemap-asset.ts): one topology, so the countries'
 * outlines and the border lines share arcs, quantized on the grid the positions were
 * rounded to (from the region's south-west corner) — exact: every position decodes to
 * itself, up to floating point.
 */
export function basemapAsset(basemap: Basemap): BasemapAsset {
  const joined = topology({ countries: basemap.countries, countryBorders: basemap.countryBorders, usStateBorders: basemap.usStateBorders } as never);
  const [west, south] = REGION;
  const quantized = quantize(joined as never, { scale: [BASEMAP_GRID, BASEMAP_GRID], translate: [west, south] });
  delete quantized.bbox;
  return { format: BASEMAP_FORMAT, topology: quantized as unknown as BasemapTopology };
}
