/**
 * Levels of detail of the municipal geometry. The atlas ships one topology, simplified for
 * zooms around 5–6; zoomed out, most of its vertices fall within a pixel of their
 * neighbours, and software WebGL (what machines without a GPU run) pays per vertex. A
 * coarser level re-simplifies every shared arc once (Douglas–Peucker, arc endpoints kept),
 * so neighbouring municipalities still meet exactly: no gaps, no overlaps.
 */
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/**
 * Level i is drawn below LEVEL_ZOOMS[i]; from the last one on, the full geometry. Away
 * from the usual views (Mexico ≈ 4.1, both countries ≈ 3.1) so a slight zoom does not
 * switch levels back and forth.
 */
export const LEVEL_ZOOMS = [4.5, 5.5] as const;
export const FULL_LEVEL = LEVEL_ZOOMS.length;

export function levelForZoom(zoom: number): number {
  const i = LEVEL_ZOOMS.findIndex((z) => zoom < z);
  return i === -1 ? FULL_LEVEL : i;
}

/** Degrees of longitude per screen pixel at a zoom (MapLibre's 512-pixel world). */
export function degreesPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

/** Absolute coordinates of every arc (undoes quantization and delta encoding). */
export function absoluteArcs(topology: Topology): number[][][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
  });
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const u = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const ex = a[0] + u * dx - p[0];
  const ey = a[1] + u * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas–Peucker: the points of a line that keep it within `tolerance` of the original; endpoints always kept. */
export function simplifyLine(points: number[][], tolerance: number): number[][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const tolerance2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let farthest = -1;
    let max = tolerance2;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(points[i], points[a], points[b]);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

type Rings = { type: string; arcs?: number[][] | number[][][] };

/** Every ring (as arc references) of every polygon in the topology. */
function ringsOf(topology: Topology): number[][][] {
  return Object.values(topology.objects).flatMap((object) => {
    const geometries = ('geometries' in object ? object.geometries : [object]) as Rings[];
    return geometries.map((g) => (g.type === 'Polygon' ? (g.arcs as number[][]) : g.type === 'MultiPolygon' ? (g.arcs as number[][][]).flat() : []));
  });
}

/**
 * The topology at a level: the same objects, every arc within one pixel of the original
 * at the level's highest zoom. A ring that would collapse to a line (a small municipality
 * between two neighbours) keeps its arcs whole, so every municipality stays drawn and
 * pickable. The full level is the topology itself.
 */
export function topologyAtLevel(topology: Topology, level: number): Topology {
  if (level >= FULL_LEVEL) return topology;
  const tolerance = degreesPerPixel(LEVEL_ZOOMS[level]);
  const original = absoluteArcs(topology);
  const arcs = original.map((arc) => simplifyLine(arc, tolerance));
  const arcOf = (ref: number) => arcs[ref < 0 ? ~ref : ref];
  for (const ring of ringsOf(topology).flat()) {
    const points = new Set(ring.flatMap((ref) => arcOf(ref).map((p) => p.join())));
    if (points.size < 3) for (const ref of ring) arcs[ref < 0 ? ~ref : ref] = original[ref < 0 ? ~ref : ref];
  }
  const { transform: _quantized, ...rest } = topology;
  return { ...rest, arcs } as Topology;
}

/**
 * Positions of the overview on a grid of a fifth of a pixel at the top zoom of level 0 (less
 * further out): under what a screen shows, coarse enough to halve the bytes.
 */
export const OVERVIEW_GRID = degreesPerPixel(LEVEL_ZOOMS[0]) / 5;

/**
 * The overview: the topology at level 0 (every polygon and property kept, in order), on
 * OVERVIEW_GRID, delta-encoded. What the first view at the country's scale draws (0.6 of
 * the atlas's bytes); the full geometry loads when a view needs it. A ring that the grid
 * would collapse (a sliver of a municipality, 20157 in Oaxaca) gets its original arcs back.
 */
export function overviewTopology<T extends Topology>(topology: T): T {
  const level0 = topologyAtLevel(topology, 0);
  const original = absoluteArcs(topology);
  let [west, south] = [Infinity, Infinity];
  for (const arc of original) for (const [x, y] of arc) [west, south] = [Math.min(west, x), Math.min(south, y)];
  const translate: [number, number] = [Math.floor(west / OVERVIEW_GRID) * OVERVIEW_GRID, Math.floor(south / OVERVIEW_GRID) * OVERVIEW_GRID];
  const cell = ([x, y]: number[]) => `${Math.round((x - translate[0]) / OVERVIEW_GRID)},${Math.round((y - translate[1]) / OVERVIEW_GRID)}`;
  const index = (ref: number) => (ref < 0 ? ~ref : ref);
  for (const ring of ringsOf(level0).flat()) {
    const cells = new Set(ring.flatMap((ref) => level0.arcs[index(ref)].map(cell)));
    if (cells.size < 3) for (const ref of ring) level0.arcs[index(ref)] = original[index(ref)];
  }
  const quantized = quantize(level0 as never, { scale: [OVERVIEW_GRID, OVERVIEW_GRID], translate }) as Topology;
  delete quantized.bbox;
  return quantized as T;
}
