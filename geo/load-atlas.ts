/**
 * Fetches and decodes the geometry (municipal and state polygons, borders) and the offline
 * base map. Every response is checked before use, so a damaged file becomes a readable
 * error for the panel that needs it. The figures of each edition load apart (load-edition).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { ATLAS_FORMAT, type AtlasAsset, type AtlasTopology } from './atlas';
import { decodeBasemap, type BasemapAsset } from './basemap-asset';
import type { BasemapData } from './basemap-style';
import { binaryFill, type BinaryFill } from './binary-fill';
import { fetchAsset } from './manifest';
import { segmentsOf, type Segments } from './segments';
import type { MexicanState } from './types';

/** A municipal polygon; `i` is its position in the atlas's CVEGEO-ordered list (and in a colour array). */
export type MunicipalFeature = Feature<Geometry, { id: string; i: number }>;

/**
 * Where the map's fills come from: the browser hands the atlas's text to a Web Worker
 * (components/state/geometryWorker.ts); without one, they are computed here, on first use.
 */
export type FillSource = (atlasText: string, topology: AtlasTopology) => (level: number) => Promise<BinaryFill>;

/** Every level computed on this thread, once each. */
export const fillsOnThisThread: FillSource = (_text, topology) => {
  const levels = new Map<number, Promise<BinaryFill>>();
  return (level) => {
    if (!levels.has(level)) levels.set(level, Promise.resolve().then(() => binaryFill(topology, level)));
    return levels.get(level)!;
  };
};

export interface LoadedAtlas {
  /** CVEGEO of each polygon (the 2020 list, 2,469, in order), and the reverse lookup. */
  municipalIds: string[];
  municipalIndex: Map<string, number>;
  /** The 32 states, sorted by name (for menus), and by id. */
  states: MexicanState[];
  stateById: Map<string, MexicanState>;
  stateFeatures: Feature<Geometry, MexicanState>[];
  basemap: BasemapData;
  /** The fill and state borders at a level of detail (geo/lod), in deck.gl's binary format. */
  fillAt: (level: number) => Promise<BinaryFill>;
  /**
   * The fill of a level if it has already arrived, else null: the map mounts with it. (Waiting
   * for the promise instead cost the first map ~0.5 s in a trace: the fill, asked for with the
   * data, had arrived before the map mounted, but its update waited behind the map's first frame.)
   */
  fillReady: (level: number) => BinaryFill | null;
  /**
   * Full-detail polygons (selection outline, circuits' origins, search extents) and municipal
   * borders (drawn zoomed in): decoded on first use, never on the first view's path.
   */
  readonly municipalFeatures: MunicipalFeature[];
  readonly municipalBorders: Segments;
}

/** A value computed on first use and kept. */
function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** Checks the atlas and makes it usable; `fills` is called once it is known to be sound. */
export function decodeAtlas(asset: AtlasAsset, basemap: BasemapData, fills = (topology: AtlasTopology) => fillsOnThisThread('', topology)): LoadedAtlas {
  if (asset?.format !== ATLAS_FORMAT || asset.topology?.type !== 'Topology') throw new Error('atlas: unexpected format; rebuild the data (npm run data)');
  if (!basemap?.countries?.features) throw new Error('base map: unexpected format; rebuild the data (npm run data)');
  const topology = asset.topology;
  const ids = topology.objects.municipios.geometries.map((g) => (g.properties as { id: string } | undefined)?.id as string);
  if (ids.some((id, i) => typeof id !== 'string' || !/^\d{5}$/.test(id) || (i > 0 && ids[i - 1] >= id))) throw new Error('atlas: polygons are not keyed by CVEGEO in order');
  const stateFeatures = (feature(topology, topology.objects.estados) as FeatureCollection<Geometry, MexicanState>).features;
  const states = stateFeatures.map((f) => f.properties);
  const municipalFeatures = lazy(() =>
    (feature(topology, topology.objects.municipios) as FeatureCollection<Geometry, { id: string }>).features.map((f, i) => ({ ...f, properties: { id: f.properties.id, i } })),
  );
  const municipalBorders = lazy(() => segmentsOf(mesh(topology, topology.objects.municipios).coordinates));
  const fillAt = fills(topology);
  const arrived = new Map<number, BinaryFill>();
  return {
    municipalIds: ids,
    municipalIndex: new Map(ids.map((id, i) => [id, i])),
    states: [...states].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    stateById: new Map(states.map((s) => [s.id, s])),
    stateFeatures,
    basemap,
    fillAt: (level) => {
      const fill = fillAt(level);
      fill.then((f) => arrived.set(level, f), () => undefined);
      return fill;
    },
    fillReady: (level) => arrived.get(level) ?? null,
    get municipalFeatures() {
      return municipalFeatures();
    },
    get municipalBorders() {
      return municipalBorders();
    },
  };
}

export async function loadAtlas(baseUrl = '', fetcher: typeof fetch = fetch, fills: FillSource = fillsOnThisThread): Promise<LoadedAtlas> {
  const [atlas, basemap] = await Promise.all([
    fetchAsset('atlas', (m) => m.atlas, baseUrl, fetcher, 'text') as Promise<{ text: string; value: AtlasAsset }>,
    fetchAsset('base', (m) => m.base, baseUrl, fetcher),
  ]);
  return decodeAtlas(atlas.value, decodeBasemap(basemap as BasemapAsset), (topology) => fills(atlas.text, topology));
}
