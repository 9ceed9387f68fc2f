import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The part of the world the atlas shows (with room to pan): North and Central America. */
export const REGION: [west: number, south: number, east: number, north: number] = [-180, 0, -50, 85];

export interface Basemap {
  /** Countries of the region (world-atlas, Natural Earth 1:50m), filled as land. */
  countries: FeatureCollection<Geometry, { name: string; iso: string }>;
  /** Borders between countries. */
  countryBorders: Feature<MultiLineString>;
  /** Borders between US states (us-atlas, US Census Bureau cartographic boundaries 1:10m). */
  usStateBorders: Feature<MultiLineString>;
}

const require = createRequire(import.meta.url);
const readPackageJson = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

const intersects = (b: number[]) => b[0] <= REGION[2] && b[2] >= REGION[0] && b[1] <= REGION[3] && b[3] >= REGION[1];

/** Rounds positions to 1e-3° (~100 m): a background does not need more and gzip likes it. */
function round<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e3) / 1e3 : v)));
}

/** Offline base map built from the pinned world-atlas and us-atlas packages: no tile server. */
export function buildBasemap(): Basemap {
  const world = readPackageJson('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const us = readPackageJson('us-atlas/states-10m.json') as Topology<{ states: GeometryCollection }>;
  const all = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries = {
    type: 'FeatureCollection' as const,
    features: all.features
      .filter((f) => intersects(turfBbox(f)))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      // MapLibre drops string feature ids: carry the ISO numeric code as a property.
      .map((f) => ({ ...f, properties: { ...f.properties, iso: String(f.id) } })),
  };
  const inRegion = new Set(countries.features.map((f) => f.id));
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b && inRegion.has(a.id) && inRegion.has(b.id));
  const usBorders = mesh(us, us.objects.states, (a, b) => a !== b);
  return round({
    countries,
    countryBorders: { type: 'Feature', properties: {}, geometry: borders },
    usStateBorders: { type: 'Feature', properties: {}, geometry: usBorders },
  });
}
