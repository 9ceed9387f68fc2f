/**
 * The municipal fill in deck.gl's binary polygon format: typed arrays of positions, the
 * start of each polygon, and its triangles, computed once (in a Web Worker in the browser:
 * components/state/geometryWorker.ts) so the main thread builds no GeoJSON objects and
 * tessellates nothing before the first map is drawn.
 */
import { earcut } from '@math.gl/polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { AtlasTopology } from './atlas';
import { segmentsOf, type Segments } from './segments';
import { topologyAtLevel } from './lod';

export interface BinaryFill {
  level: number;
  /** One entry per polygon part (a municipality of several islands has several). */
  length: number;
  /** x, y of every ring's vertices, polygon after polygon (rings closed, as in GeoJSON). */
  positions: Float64Array;
  /** Vertex index where each polygon starts; `length + 1` entries, the last is the vertex count. */
  startIndices: Uint32Array;
  /** Triangles (vertex indices into `positions`), holes left out. */
  indices: Uint32Array;
  /** For each polygon part, its municipality's position in the atlas's CVEGEO order. */
  owner: Uint32Array;
  /** State borders at the same level of detail (each shared border once). */
  stateBorders: Segments;
}

/** The typed arrays of a fill, for postMessage's transfer list. */
export function transferables(fill: BinaryFill): ArrayBuffer[] {
  return [fill.positions, fill.startIndices, fill.indices, fill.owner, fill.stateBorders].map((a) => a.buffer as ArrayBuffer);
}

export function binaryFill(topology: AtlasTopology, level: number): BinaryFill {
  const simplified = topologyAtLevel(topology, level) as AtlasTopology;
  const municipalities = feature(simplified, simplified.objects.municipios).features;
  const parts: { owner: number; rings: number[][][] }[] = [];
  municipalities.forEach((f, i) => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (geometry?.type === 'Polygon') parts.push({ owner: i, rings: geometry.coordinates });
    else if (geometry?.type === 'MultiPolygon') for (const rings of geometry.coordinates) parts.push({ owner: i, rings });
  });
  const vertexCount = parts.reduce((n, p) => n + p.rings.reduce((m, r) => m + r.length, 0), 0);
  const positions = new Float64Array(vertexCount * 2);
  const startIndices = new Uint32Array(parts.length + 1);
  const owner = new Uint32Array(parts.length);
  const triangles: number[] = [];
  let vertex = 0;
  parts.forEach((part, p) => {
    startIndices[p] = vertex;
    owner[p] = part.owner;
    const flat: number[] = [];
    const holes: number[] = [];
    for (const ring of part.rings) {
      if (flat.length > 0) holes.push(flat.length / 2);
      for (const [x, y] of ring) flat.push(x, y);
    }
    positions.set(flat, vertex * 2);
    for (const index of earcut(flat, holes, 2)) triangles.push(index + vertex);
    vertex += flat.length / 2;
  });
  startIndices[parts.length] = vertex;
  return {
    level,
    length: parts.length,
    positions,
    startIndices,
    indices: Uint32Array.from(triangles),
    owner,
    stateBorders: segmentsOf(mesh(simplified, simplified.objects.estados).coordinates),
  };
}
