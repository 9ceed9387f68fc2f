/**
 * Fetches and decodes the geometry (municipal and state polygons, borders) and the offline
 * base map. Every response is checked before use, so a damaged file becomes a readable
 * error for the panel that needs it. The figures of each edition load apart (load-edition).
 * A first view at the country's scale starts from the overview (geo/lod overviewTopology,
 * 0.6 of the bytes); the full geometry follows when a view needs it.
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
  /** The states' polygons as first loaded (from the overview: right at the country's scale). */
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
  /** The full geometry: fetched on the first call when the first view came from the overview. */
  detail: () => Promise<AtlasGeometry>;
  /** The full geometry if it has arrived, else null. */
  detailReady: () => AtlasGeometry | null;
}

/**
 * Full-detail geometry: state outlines zoomed in, the selection's outline, circuits' origins,
 * search extents, municipal borders — each decoded on first use, never on the first view's path.
 */
export interface AtlasGeometry {
  stateFeatures: Feature<Geometry, MexicanState>[];
  readonly municipalFeatures: MunicipalFeature[];
  readonly municipalBorders: Segments;
}

/** A value computed on first use and kept. */
function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** The topology of a sound atlas asset and its polygons' ids; throws, asking for a rebuild, otherwise. */
function checked(asset: AtlasAsset): { topology: AtlasTopology; ids: string[] } {
  if (asset?.format !== ATLAS_FORMAT || asset.topology?.type !== 'Topology') throw new Error('atlas: unexpected format; rebuild the data (npm run data)');
  const topology = asset.topology;
  const ids = topology.objects.municipios.geometries.map((g) => (g.properties as { id: string } | undefined)?.id as string);
  if (ids.some((id, i) => typeof id !== 'string' || !/^\d{5}$/.test(id) || (i > 0 && ids[i - 1] >= id))) throw new Error('atlas: polygons are not keyed by CVEGEO in order');
  return { topology, ids };
}

const statesOf = (topology: AtlasTopology) => (feature(topology, topology.objects.estados) as FeatureCollection<Geometry, MexicanState>).features;

function geometryOf(topology: AtlasTopology, stateFeatures = statesOf(topology)): AtlasGeometry {
  const municipalFeatures = lazy(() =>
    (feature(topology, topology.objects.municipios) as FeatureCollection<Geometry, { id: string }>).features.map((f, i) => ({ ...f, properties: { id: f.properties.id, i } })),
  );
  const municipalBorders = lazy(() => segmentsOf(mesh(topology, topology.objects.municipios).coordinates));
  return {
    stateFeatures,
    get municipalFeatures() {
      return municipalFeatures();
    },
    get municipalBorders() {
      return municipalBorders();
    },
  };
}

/** An atlas asset with its text (what the geometry worker parses). */
export type AtlasText = { text: string; value: AtlasAsset };

export interface DecodeOptions {
  /** The asset's text, for a worker (FillSource); '' when there is none. */
  text?: string;
  fills?: FillSource;
  /** The full geometry, when `asset` is the overview: fetched on first need. */
  full?: () => Promise<AtlasText>;
}

/** Checks the atlas and makes it usable; fills are computed only once it is known to be sound. */
export function decodeAtlas(asset: AtlasAsset, basemap: BasemapData, { text = '', fills = fillsOnThisThread, full }: DecodeOptions = {}): LoadedAtlas {
  const first = checked(asset);
  if (!basemap?.countries?.features) throw new Error('base map: unexpected format; rebuild the data (npm run data)');
  const { topology, ids } = first;
  const stateFeatures = statesOf(topology);
  const states = stateFeatures.map((f) => f.properties);
  const firstFills = fills(text, topology);

  // The full geometry and its fills: this asset itself, or fetched once (again after a failure).
  type Detail = { geometry: AtlasGeometry; fillAt: (level: number) => Promise<BinaryFill> };
  let detailArrived: AtlasGeometry | null = full ? null : geometryOf(topology, stateFeatures);
  let detail: Promise<Detail> | null = detailArrived && Promise.resolve({ geometry: detailArrived, fillAt: firstFills });
  const loadDetail = () => {
    if (!detail) {
      detail = full!().then(({ text: fullText, value }) => {
        const whole = checked(value);
        if (whole.ids.join() !== ids.join()) throw new Error('atlas: the overview and the full geometry differ; rebuild the data (npm run data)');
        return { geometry: geometryOf(whole.topology), fillAt: fills(fullText, whole.topology) };
      });
      detail.then(
        (d) => (detailArrived = d.geometry),
        () => (detail = null),
      );
    }
    return detail;
  };

  const arrived = new Map<number, BinaryFill>();
  return {
    municipalIds: ids,
    municipalIndex: new Map(ids.map((id, i) => [id, i])),
    states: [...states].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    stateById: new Map(states.map((s) => [s.id, s])),
    stateFeatures,
    basemap,
    fillAt: (level) => {
      // Level 0 is the overview's own level; finer levels need the full geometry.
      const fill = level === 0 || !full ? firstFills(level) : loadDetail().then((d) => d.fillAt(level));
      fill.then((f) => arrived.set(level, f), () => undefined);
      return fill;
    },
    fillReady: (level) => arrived.get(level) ?? null,
    detail: () => loadDetail().then((d) => d.geometry),
    detailReady: () => detailArrived,
  };
}

/**
 * `start`: 'overview' for a first view at the country's scale (level 0 of geo/lod), whose
 * full geometry loads on first need; 'full' otherwise.
 */
export async function loadAtlas(baseUrl = '', fetcher: typeof fetch = fetch, fills: FillSource = fillsOnThisThread, start: 'overview' | 'full' = 'full'): Promise<LoadedAtlas> {
  const atlasText = (what: 'atlas' | 'overview') => fetchAsset(what, (m) => m[what], baseUrl, fetcher, 'text') as Promise<AtlasText>;
  const [first, basemap] = await Promise.all([atlasText(start === 'overview' ? 'overview' : 'atlas'), fetchAsset('base', (m) => m.base, baseUrl, fetcher)]);
  return decodeAtlas(first.value, decodeBasemap(basemap as BasemapAsset), { text: first.text, fills, full: start === 'overview' ? () => atlasText('atlas') : undefined });
}
