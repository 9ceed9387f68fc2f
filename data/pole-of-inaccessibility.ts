/**
 * Pole of inaccessibility: the point of a polygon farthest from its edges, where a label
 * reads as belonging to the shape (a centroid can fall outside a crescent or an enclave's
 * neighbour). Mapbox's polylabel algorithm (grid of cells refined best-first), written
 * here instead of depending on the `polylabel` package: its 2.x release ships no types
 * and pulls in a queue package, the algorithm is about sixty lines, and here it runs in
 * Web Mercator, the projection the map draws, so the point is the one farthest from the
 * edges on screen rather than in degrees (up to ~15 % apart at Mexico's latitudes).
 */

/** A ring or a polygon in planar coordinates: [x, y] pairs, rings closed or not. */
type Ring = number[][];

const RADIANS = Math.PI / 180;
/** Latitude → Web Mercator y, in degree-like units so that one unit ≈ one degree of longitude at the equator. */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2)) / RADIANS;
export const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y * RADIANS)) - Math.PI / 2) / RADIANS;

/** Signed distance from (x, y) to the polygon's edges: positive inside, negative outside. */
function signedDistance(x: number, y: number, polygon: Ring[]): number {
  let inside = false;
  let min2 = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[j];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      min2 = Math.min(min2, segmentDistance2(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min2);
}

function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Distance from the centre to the polygon's edges. */
  d: number;
  /** The best distance any point of the cell could have. */
  max: number;
}

const cell = (x: number, y: number, h: number, polygon: Ring[]): Cell => {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
};

/** A binary max-heap on `max`: the most promising cell first. */
class CellQueue {
  private items: Cell[] = [];
  get size() {
    return this.items.length;
  }
  push(c: Cell) {
    const a = this.items;
    a.push(c);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent].max >= a[i].max) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): Cell {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Area-weighted centroid of the outer ring: a good first guess, as in polylabel. */
function centroidCell(polygon: Ring[]): Cell {
  const ring = polygon[0];
  let [area, x, y] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    const f = a[0] * b[1] - b[0] * a[1];
    x += (a[0] + b[0]) * f;
    y += (a[1] + b[1]) * f;
    area += f * 3;
  }
  return area === 0 ? cell(ring[0][0], ring[0][1], 0, polygon) : cell(x / area, y / area, 0, polygon);
}

/**
 * The pole of inaccessibility of a planar polygon (outer ring first, then holes), to within
 * `precision` of the best distance. Returns the point and its distance to the edges.
 */
export function poleOfInaccessibility(polygon: Ring[], precision: number): { x: number; y: number; distance: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygon[0]) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return { x: minX, y: minY, distance: 0 };

  const queue = new CellQueue();
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2, polygon));
  let best = centroidCell(polygon);
  const middle = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, polygon);
  if (middle.d > best.d) best = middle;

  while (queue.size > 0) {
    const c = queue.pop();
    if (c.d > best.d) best = c;
    // Nothing in this cell can beat the best by more than the precision: do not split it.
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    for (const [dx, dy] of [[-1, -1], [1, -1], [-1, 1], [1, 1]]) queue.push(cell(c.x + dx * h, c.y + dy * h, h, polygon));
  }
  return { x: best.x, y: best.y, distance: best.d };
}
