import type { Objects, Topology } from 'topojson-specification';

type AnyTopology = Topology<Objects<{}>>;
import { presimplify, quantile, simplify } from 'topojson-simplify';

/** Share of vertices (by Visvalingam weight) kept: 0.4 keeps borders recognisable at state zoom. */
export const KEEP_QUANTILE = 0.4;
/** Output grid: 10× coarser than the source's (≈35 m), plenty for a municipal choropleth. */
export const GRID_COARSENING = 10;

type Arc = number[][];
interface Ringed {
  type: string;
  arcs?: number[][] | number[][][];
}

/**
 * Simplification keeps only arc endpoints in the worst case, so a ring whose arcs meet at
 * fewer than three distinct points (islands, enclaves, slivers) could collapse to a line:
 * keep the two most significant interior points of each of its arcs.
 */
function protectSmallRings(topology: Topology, arcs: Arc[], cell: (point: number[]) => string) {
  for (const object of Object.values(topology.objects)) {
    const geometries = ('geometries' in object ? object.geometries : [object]) as Ringed[];
    for (const g of geometries) {
      const polygons = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
      for (const ring of polygons.flat()) {
        const corners = new Set(ring.map((ref) => cell(arcs[ref < 0 ? ~ref : ref][0])));
        ring.forEach((ref) => corners.add(cell(arcs[ref < 0 ? ~ref : ref].at(-1)!)));
        if (corners.size >= 3) continue;
        for (const ref of ring) {
          const arc = arcs[ref < 0 ? ~ref : ref];
          const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
          for (const point of interior.slice(0, 2)) point[2] = Infinity;
        }
      }
    }
  }
}

/**
 * Simplifies a quantized TopoJSON (shared borders stay shared) and re-quantizes it on a
 * coarser grid with delta-encoded arcs. Deterministic: no randomness, stable order.
 */
export function simplifyTopology<T extends Topology>(source: T): T {
  const original = source.transform;
  if (!original) throw new Error('expected a quantized topology (with a transform)');
  const [sx, sy] = original.scale.map((s) => s * GRID_COARSENING);
  const [tx, ty] = original.translate;
  const toGrid = ([x, y]: number[]) => [Math.round((x - tx) / sx), Math.round((y - ty) / sy)];
  const pre = presimplify(structuredClone(source) as unknown as AnyTopology) as unknown as Topology & { arcs: Arc[] };
  protectSmallRings(pre, pre.arcs, (p) => toGrid(p).join());
  const simplified = simplify(pre as unknown as AnyTopology, quantile(pre as unknown as AnyTopology, KEEP_QUANTILE)) as unknown as Topology & { arcs: Arc[] };
  simplified.arcs = simplified.arcs.map((arc) => {
    const grid = arc.map(toGrid);
    const kept = grid.filter(
      (p, i) => i === 0 || i === grid.length - 1 || p[0] !== grid[i - 1][0] || p[1] !== grid[i - 1][1],
    );
    let [px, py] = [0, 0];
    return kept.map(([x, y]) => {
      const delta = [x - px, y - py];
      [px, py] = [x, y];
      return delta;
    });
  });
  simplified.transform = { scale: [sx, sy], translate: [tx, ty] };
  delete simplified.bbox;
  return simplified as unknown as T;
}
