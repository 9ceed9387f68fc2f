import type { Geometry, Position } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

function extend(box: Bbox, [x, y]: Position) {
  box[0] = Math.min(box[0], x);
  box[1] = Math.min(box[1], y);
  box[2] = Math.max(box[2], x);
  box[3] = Math.max(box[3], y);
}

/** Extent of any GeoJSON geometry; null when it has no position. */
export function geometryBbox(geometry: Geometry): Bbox | null {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as Position)[0] === 'number') extend(box, c as Position);
    else (c as unknown[]).forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const b = geometryBbox(g);
      if (b) [[b[0], b[1]], [b[2], b[3]]].forEach((p) => extend(box, p));
    }
  } else visit(geometry.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}
