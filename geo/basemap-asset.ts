/**
 * The offline base map as the data build writes it and the browser reads it: countries,
 * country borders and US state borders in one TopoJSON topology — each border stored once
 * (a country's outline and the border line share their arcs), positions on the 0.001° grid
 * the build rounds them to, delta-encoded. Half the bytes of the same GeoJSON (gzip
 * 111 → ~60 KB of the first view); decoded here to the GeoJSON MapLibre's sources take.
 */
import type { FeatureCollection, Feature, MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiLineString as TopoLines, Topology } from 'topojson-specification';
import type { BasemapData } from './basemap-style';

export const BASEMAP_FORMAT = 1;

/** Degrees between grid positions: what the build rounds the base map to (~100 m). */
export const BASEMAP_GRID = 1e-3;

export type BasemapTopology = Topology<{
  countries: GeometryCollection<{ name: string; iso: string }>;
  countryBorders: TopoLines;
  usStateBorders: TopoLines;
}>;

export interface BasemapAsset {
  format: typeof BASEMAP_FORMAT;
  topology: BasemapTopology;
}

const REBUILD = 'base map: unexpected format; rebuild the data (npm run data)';

export function decodeBasemap(asset: BasemapAsset): BasemapData {
  const topology = asset?.format === BASEMAP_FORMAT ? asset.topology : null;
  const objects = topology?.type === 'Topology' ? topology.objects : null;
  if (!objects?.countries || !objects.countryBorders || !objects.usStateBorders) throw new Error(REBUILD);
  return {
    countries: feature(topology!, objects.countries) as FeatureCollection,
    countryBorders: feature(topology!, objects.countryBorders) as Feature<MultiLineString>,
    usStateBorders: feature(topology!, objects.usStateBorders) as Feature<MultiLineString>,
  };
}
