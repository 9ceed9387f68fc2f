import { describe, expect, it } from 'vitest';
import { labelPoint, largestPolygon, polygonsOf } from '../../data/label-points';
import { inverseMercatorY, mercatorY, poleOfInaccessibility } from '../../data/pole-of-inaccessibility';

const square = (x0: number, y0: number, side: number) => [[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side], [x0, y0]];

describe('poleOfInaccessibility', () => {
  it('finds the centre of a square, half its side from every edge', () => {
    const pole = poleOfInaccessibility([square(0, 0, 10)], 1e-3);
    expect(pole.x).toBeCloseTo(5, 2);
    expect(pole.y).toBeCloseTo(5, 2);
    expect(pole.distance).toBeCloseTo(5, 2);
  });

  it('keeps away from a hole: a 10-wide square with a 2-wide hole in its middle', () => {
    // Best on a diagonal, at t from two outer edges and √2·(4 − t) from the hole's corner:
    // t = 4√2 / (1 + √2) = 2.3431.
    const pole = poleOfInaccessibility([square(0, 0, 10), square(4, 4, 2)], 1e-3);
    expect(pole.distance).toBeGreaterThan(2.3431 - 1e-3);
    expect(pole.distance).toBeLessThan(2.3432);
    const corners = [[2.3431, 2.3431], [7.6569, 2.3431], [2.3431, 7.6569], [7.6569, 7.6569]];
    expect(Math.min(...corners.map(([x, y]) => Math.hypot(pole.x - x, pole.y - y)))).toBeLessThan(0.05);
  });

  it('puts the point inside a U shape, whose centroid (3, 2.71) is outside it', () => {
    // A U: 0..6 wide, 0..6 tall, with a notch 2..4 × 2..6; the arms and base are 2 thick.
    const u = [[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]];
    const pole = poleOfInaccessibility([u], 1e-3);
    expect(pole.distance).toBeGreaterThan(0.99);
    const inNotch = pole.x > 2 && pole.x < 4 && pole.y > 2;
    expect(inNotch).toBe(false);
  });

  it('returns a corner at distance 0 for a polygon without area', () => {
    expect(poleOfInaccessibility([[[1, 1], [3, 1], [1, 1]]], 1e-3)).toEqual({ x: 1, y: 1, distance: 0 });
  });
});

describe('mercatorY', () => {
  it('is 0 at the equator and 50.4990 degree-units at 45° (ln tan 67.5° × 180/π)', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 10);
    expect(mercatorY(45)).toBeCloseTo(50.499, 3);
    expect(inverseMercatorY(mercatorY(23.456))).toBeCloseTo(23.456, 10);
  });
});

describe('labelPoint', () => {
  it('centres the label on screen, in Web Mercator: a box 3° wide, 60°–61° N', () => {
    // On a Mercator map this box is wider than tall, so the pole sits at mid-height on screen:
    // latitude 60.5039 (inverse Mercator of the mean of y(60°) and y(61°)), not 60.5.
    const [lon, lat] = labelPoint([[[-101, 60], [-98, 60], [-98, 61], [-101, 61], [-101, 60]]]);
    expect(Math.abs(lat - 60.5039)).toBeLessThan(5e-4);
    expect(lon).toBeGreaterThan(-100);
    expect(lon).toBeLessThan(-99);
  });

  it('rounds to 4 decimals', () => {
    const [lon, lat] = labelPoint([square(-99.123456, 19.654321, 0.0173)]);
    expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
    expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    expect(lon).toBeCloseTo(-99.123456 + 0.0173 / 2, 3);
  });

  it('finds a point inside a municipality a few hundred metres wide', () => {
    const [lon, lat] = labelPoint([square(-96.7, 17.05, 0.004)]);
    expect(lon).toBeGreaterThan(-96.7);
    expect(lon).toBeLessThan(-96.696);
    expect(lat).toBeGreaterThan(17.05);
    expect(lat).toBeLessThan(17.054);
  });
});

describe('largestPolygon', () => {
  it('compares geodesic areas: a 1° square at the equator beats one at 60° N (equal in degrees)', () => {
    const north = [square(-100, 60, 1)];
    const equator = [square(-100, 0, 1)];
    expect(largestPolygon([north, equator])).toBe(equator);
  });

  it('reads the polygons of a MultiPolygon, a Polygon, and none of a line', () => {
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] })).toHaveLength(2);
    expect(polygonsOf({ type: 'Polygon', coordinates: [square(0, 0, 1)] })).toHaveLength(1);
    expect(polygonsOf({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toEqual([]);
    expect(largestPolygon([])).toBeUndefined();
  });
});
