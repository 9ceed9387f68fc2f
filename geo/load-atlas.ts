/**
 * Fetches and decodes the geometry (municipal and state polygons, borders) and the offline
 * base map. Every response is checked before use, so a damaged file becomes a readable
 * error for the panel that needs it. The figures of each edition load apart (load-edition).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { ATLAS_FORMAT, type AtlasAsset } from './atlas';
import type { BasemapData } from './basemap-style';
import { FULL_LEVEL, topologyAtLevel } from './lod';
import { fetchAsset } from './manifest';
import type { MexicanState } from './types';

/** A municipal polygon; `i` is its position in the atlas's CVEGEO-ordered list (and in a colour array). */
export type MunicipalFeature = Feature<Geometry, { id: string; i: number }>;

/** Border segments as flat [x1, y1, x2, y2, …] coordinates: drawn as plain lines, each shared border once. */
export type Segments = Float32Array;

/** What the map draws of the municipalities and states at one level of detail. */
export interface AtlasGeometry {
  /** Every polygon of the 2020 list (2,469), in CVEGEO order. */
  municipalFeatures: MunicipalFeature[];
  /** State borders (each shared border once, coastlines included). */
  stateBorders: Segments;
}

export interface LoadedAtlas extends AtlasGeometry {
  /** CVEGEO of each polygon, in the order of `municipalFeatures`, and the reverse lookup. */
  municipalIds: string[];
  municipalIndex: Map<string, number>;
  /** The 32 states, sorted by name (for menus), and by id. */
  states: MexicanState[];
  stateById: Map<string, MexicanState>;
  /** Municipal borders at full detail: they are drawn only zoomed in, so no coarser level needs its own. */
  municipalBorders: Segments;
  stateFeatures: Feature<Geometry, MexicanState>[];
  basemap: BasemapData;
  /** The geometry at a level of detail (geo/lod), computed on first use; the full level is this atlas's own. */
  geometryAt: (level: number) => AtlasGeometry;
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

function decodeGeometry(topology: AtlasAsset['topology']): AtlasGeometry {
  const polygons = feature(topology, topology.objects.municipios) as FeatureCollection<Geometry, { id: string }>;
  return {
    stateBorders: segmentsOf(mesh(topology, topology.objects.estados).coordinates),
    municipalFeatures: polygons.features.map((f, i) => ({ ...f, properties: { id: f.properties.id, i } })),
  };
}

export function decodeAtlas(asset: AtlasAsset, basemap: BasemapData): LoadedAtlas {
  if (asset?.format !== ATLAS_FORMAT || asset.topology?.type !== 'Topology') throw new Error('atlas: unexpected format; rebuild the data (npm run data)');
  if (!basemap?.countries?.features) throw new Error('base map: unexpected format; rebuild the data (npm run data)');
  const ids = asset.topology.objects.municipios.geometries.map((g) => (g.properties as { id: string } | undefined)?.id as string);
  if (ids.some((id, i) => typeof id !== 'string' || !/^\d{5}$/.test(id) || (i > 0 && ids[i - 1] >= id))) throw new Error('atlas: polygons are not keyed by CVEGEO in order');
  const stateFeatures = (feature(asset.topology, asset.topology.objects.estados) as FeatureCollection<Geometry, MexicanState>).features;
  const states = stateFeatures.map((f) => f.properties);
  const full = decodeGeometry(asset.topology);
  const levels = new Map<number, AtlasGeometry>([[FULL_LEVEL, full]]);
  return {
    ...full,
    municipalIds: ids,
    municipalIndex: new Map(ids.map((id, i) => [id, i])),
    states: [...states].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    stateById: new Map(states.map((s) => [s.id, s])),
    municipalBorders: segmentsOf(mesh(asset.topology, asset.topology.objects.municipios).coordinates),
    stateFeatures,
    basemap,
    geometryAt: (level) => {
      const key = Math.min(level, FULL_LEVEL);
      if (!levels.has(key)) levels.set(key, decodeGeometry(topologyAtLevel(asset.topology, key) as AtlasAsset['topology']));
      return levels.get(key)!;
    },
  };
}

export async function loadAtlas(baseUrl = '', fetcher: typeof fetch = fetch): Promise<LoadedAtlas> {
  const [asset, basemap] = await Promise.all([fetchAsset('atlas', (m) => m.atlas, baseUrl, fetcher), fetchAsset('base', (m) => m.base, baseUrl, fetcher)]);
  return decodeAtlas(asset as AtlasAsset, basemap as BasemapData);
}
