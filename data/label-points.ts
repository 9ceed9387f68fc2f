/**
 * Where a place's name goes: the pole of inaccessibility of its largest polygon, computed on
 * the geometry the map draws, rounded for the asset and checked to lie inside that geometry.
 */
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { inverseMercatorY, mercatorY, poleOfInaccessibility } from './pole-of-inaccessibility';

/**
 * Precision of the pole, in Web Mercator units (≈ degrees of longitude): ~100 m, far below a
 * pixel at the zooms where a label shows. Small polygons get a finer one (1/100 of their
 * width), so a municipality a few hundred metres wide still gets a point well inside it.
 */
export const PRECISION = 1e-3;
/** Decimals of the stored coordinates: 1e-4° ≈ 11 m. */
export const DECIMALS = 4;

export type LonLat = [lon: number, lat: number];

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** The polygons of a geometry (outer ring first, then holes); none for anything but (Multi)Polygon. */
export function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Geodesic area in km² of one polygon (holes subtracted). */
export const polygonArea = (polygon: Position[][]) => turfArea({ type: 'Polygon', coordinates: polygon }) / 1e6;

/** The polygon with the largest geodesic area (the first of equals), or undefined for none. */
export function largestPolygon(polygons: Position[][][]): Position[][] | undefined {
  let best: Position[][] | undefined;
  let bestArea = -Infinity;
  for (const p of polygons) {
    const a = polygonArea(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

/** The pole of inaccessibility of a lon/lat polygon, found in Web Mercator and rounded to DECIMALS. */
export function labelPoint(polygon: Position[][]): LonLat {
  const projected = polygon.map((ring) => ring.map(([lon, lat]) => [lon, mercatorY(lat)]));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of projected[0]) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  const precision = Math.min(PRECISION, Math.min(maxX - minX, maxY - minY) / 100);
  const pole = poleOfInaccessibility(projected, precision);
  return [round(pole.x), round(inverseMercatorY(pole.y))];
}

/** Whether the point lies inside the geometry (or on its edge), as turf tests it. */
export const isInside = (point: LonLat, geometry: Polygon | MultiPolygon) => booleanPointInPolygon(point, geometry);
