/**
 * Fetches and decodes the generated assets: the manifest (never cached) names the
 * content-hashed files (cached forever). Every response is checked before use, so a
 * damaged file becomes a readable error for the panel that needs it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { ATLAS_FORMAT, fromColumns, type AtlasAsset } from './atlas';
import { fetchJson, fetchManifest } from './fetch-json';
import { FULL_LEVEL, topologyAtLevel } from './lod';
import type { BasemapData } from './basemap-style';
import { prepareAtlas, type AtlasData } from './select-view';
import type { MexicanState } from './types';

export interface Manifest {
  format: number;
  atlas: string;
  base: string;
}

/** A municipal polygon: `row` is its position in `municipalities`, or -1 if created after 2000. */
export type MunicipalFeature = Feature<Geometry, { id: string; row: number }>;

/** Border segments as flat [x1, y1, x2, y2, …] coordinates: drawn as plain lines, each shared border once. */
export type Segments = Float32Array;

/** What the map draws of the municipalities and states at one level of detail. */
export interface AtlasGeometry {
  municipalFeatures: MunicipalFeature[];
  /** The same features split: with 2000 data, and the 26 created after 2000. */
  dataFeatures: MunicipalFeature[];
  noDataFeatures: MunicipalFeature[];
  /** State borders (each shared border once, coastlines included). */
  stateBorders: Segments;
}

export interface LoadedAtlas extends AtlasGeometry {
  data: AtlasData;
  /** Municipal borders at full detail: they are drawn only zoomed in, so no coarser level needs its own. */
  municipalBorders: Segments;
  stateFeatures: Feature<Geometry, MexicanState>[];
  basemap: BasemapData;
  /** The geometry at a level of detail (geo/lod), computed on first use; the full level is this atlas's own. */
  geometryAt: (level: number) => AtlasGeometry;
}

export function parseManifest(value: unknown): Manifest {
  const m = value as Manifest;
  if (!m || m.format !== ATLAS_FORMAT || typeof m.atlas !== 'string' || typeof m.base !== 'string') {
    throw new Error(`manifest: expected asset format ${ATLAS_FORMAT}; rebuild the data (npm run data)`);
  }
  return m;
}

/** Flattens line strings into independent segments (cheap to draw: no joins to compute). */
export function segmentsOf(lines: number[][][]): Segments {
  const n = lines.reduce((sum, l) => sum + Math.max(0, l.length - 1), 0);
  const out = new Float32Array(n * 4);
  let k = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      out[k++] = line[i - 1][0];
      out[k++] = line[i - 1][1];
      out[k++] = line[i][0];
      out[k++] = line[i][1];
    }
  }
  return out;
}

function decodeGeometry(topology: AtlasAsset['topology'], rowOf: Map<string, number>): AtlasGeometry {
  const polygons = feature(topology, topology.objects.municipios) as FeatureCollection<Geometry, { id: string }>;
  const municipalFeatures: MunicipalFeature[] = polygons.features.map((f) => ({ ...f, properties: { id: f.properties.id, row: rowOf.get(f.properties.id) ?? -1 } }));
  return {
    stateBorders: segmentsOf(mesh(topology, topology.objects.estados).coordinates),
    municipalFeatures,
    dataFeatures: municipalFeatures.filter((f) => f.properties.row >= 0),
    noDataFeatures: municipalFeatures.filter((f) => f.properties.row < 0),
  };
}

export function decodeAtlas(asset: AtlasAsset, basemap: BasemapData): LoadedAtlas {
  if (asset?.format !== ATLAS_FORMAT || asset.topology?.type !== 'Topology') throw new Error('atlas: unexpected format');
  const municipalities = fromColumns(asset.municipalities);
  const rowOf = new Map(municipalities.map((m, i) => [m.id, i]));
  const states = feature(asset.topology, asset.topology.objects.estados) as FeatureCollection<Geometry, MexicanState>;
  if (!basemap?.countries?.features) throw new Error('base map: unexpected format');
  const full = decodeGeometry(asset.topology, rowOf);
  const levels = new Map<number, AtlasGeometry>([[FULL_LEVEL, full]]);
  return {
    data: prepareAtlas(municipalities, states.features.map((f) => f.properties)),
    ...full,
    municipalBorders: segmentsOf(mesh(asset.topology, asset.topology.objects.municipios).coordinates),
    stateFeatures: states.features,
    basemap,
    geometryAt: (level) => {
      const key = Math.min(level, FULL_LEVEL);
      if (!levels.has(key)) levels.set(key, decodeGeometry(topologyAtLevel(asset.topology, key) as AtlasAsset['topology'], rowOf));
      return levels.get(key)!;
    },
  };
}

export async function loadAtlas(baseUrl = '', fetcher: typeof fetch = fetch): Promise<LoadedAtlas> {
  const manifest = parseManifest(await fetchManifest(baseUrl, fetcher));
  const [asset, basemap] = await Promise.all([
    fetchJson(`${baseUrl}/data/${manifest.atlas}`, fetcher),
    fetchJson(`${baseUrl}/data/${manifest.base}`, fetcher),
  ]);
  return decodeAtlas(asset as AtlasAsset, basemap as BasemapData);
}
