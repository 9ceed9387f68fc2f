import { describe, expect, it } from 'vitest';
import { geometryBbox } from '../../geo/bbox';

describe('geometryBbox', () => {
  it('spans every ring of a MultiPolygon', () => {
    expect(
      geometryBbox({
        type: 'MultiPolygon',
        coordinates: [
          [[[0, 0], [1, 0], [1, 1], [0, 0]]],
          [[[-3, 2], [-2, 5], [-2, 2], [-3, 2]]],
        ],
      }),
    ).toEqual([-3, 0, 1, 5]);
  });
  it('handles points and collections, and returns null without positions', () => {
    expect(geometryBbox({ type: 'Point', coordinates: [4, -1] })).toEqual([4, -1, 4, -1]);
    expect(geometryBbox({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[3, 0], [2, 4]] }] })).toEqual([1, 0, 3, 4]);
    expect(geometryBbox({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
