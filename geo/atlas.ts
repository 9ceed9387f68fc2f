/**
 * The atlas asset as the data build writes it and the browser reads it: municipal and
 * state geometry in one TopoJSON (shared borders stored once). Every edition's figures
 * live in their own assets (geo/editions.ts) and join on the polygons' CVEGEO.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MexicanState } from './types';

export const ATLAS_FORMAT = 2;

export type AtlasTopology = Topology<{
  municipios: GeometryCollection<{ id: string }>;
  estados: GeometryCollection<MexicanState>;
}>;

/**
 * The atlas's assets: `atlas`, the full geometry, and `overview`, the same polygons at the
 * country's scale (geo/lod overviewTopology), what the first view draws.
 */
export interface AtlasAsset {
  format: typeof ATLAS_FORMAT;
  topology: AtlasTopology;
}
