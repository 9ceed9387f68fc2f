// The municipal fill in deck.gl's binary format (geo/binary-fill): every part of every
// municipality, holes left out of the triangles, each part traced back to its municipality.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import type { AtlasTopology } from '../../geo/atlas';
import { binaryFill, transferables } from '../../geo/binary-fill';
import { FULL_LEVEL } from '../../geo/lod';

const square = (x: number, y: number, d: number) => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
const collection = (features: Feature<Polygon | MultiPolygon, { id: string }>[]): FeatureCollection<Polygon | MultiPolygon, { id: string }> => ({ type: 'FeatureCollection', features });
// 01001: a 10 × 10 square with a 2 × 2 hole (area 96). 01002: a 10 × 10 square beside it and
// a 2 × 2 island (area 104). Two states, one square each.
const municipios = collection([
  { type: 'Feature', properties: { id: '01001' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2).reverse()] } },
  { type: 'Feature', properties: { id: '01002' }, geometry: { type: 'MultiPolygon', coordinates: [[square(10, 0, 10)], [square(30, 0, 2)]] } },
]);
const estados = collection([
  { type: 'Feature', properties: { id: '01' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10)] } },
  { type: 'Feature', properties: { id: '02' }, geometry: { type: 'Polygon', coordinates: [square(10, 0, 10)] } },
]);
const atlas = topology({ municipios, estados }) as unknown as AtlasTopology;

/** Area of each municipality, summed from the fill's triangles. */
function triangleAreas(fill: ReturnType<typeof binaryFill>): number[] {
  const areas: number[] = [];
  const partOf = (v: number) => [...fill.startIndices].findLastIndex((start, p) => p < fill.length && start <= v);
  for (let t = 0; t < fill.indices.length; t += 3) {
    const [a, b, c] = [fill.indices[t], fill.indices[t + 1], fill.indices[t + 2]];
    const x = (v: number) => fill.positions[2 * v];
    const y = (v: number) => fill.positions[2 * v + 1];
    const area = Math.abs((x(b) - x(a)) * (y(c) - y(a)) - (x(c) - x(a)) * (y(b) - y(a))) / 2;
    const owner = fill.owner[partOf(a)];
    areas[owner] = (areas[owner] ?? 0) + area;
  }
  return areas;
}

describe('binaryFill', () => {
  const fill = binaryFill(atlas, FULL_LEVEL);

  it('lists one polygon per part, each traced to its municipality', () => {
    expect(fill.length).toBe(3);
    expect([...fill.owner]).toEqual([0, 1, 1]);
    // 01001: outer ring and hole, 5 points each (closed); 01002: two closed squares.
    expect([...fill.startIndices]).toEqual([0, 10, 15, 20]);
    expect(fill.positions).toHaveLength(40);
  });

  it('triangulates each municipality to its area, holes left out: 100 − 4 and 100 + 4', () => {
    const areas = triangleAreas(fill);
    expect(areas[0]).toBeCloseTo(96, 9);
    expect(areas[1]).toBeCloseTo(104, 9);
  });

  it('draws state borders once each: two squares sharing one side are 7 segments', () => {
    expect(fill.stateBorders).toHaveLength(7 * 4);
  });

  it('hands every typed array over for transfer, none twice', () => {
    const buffers = transferables(fill);
    expect(buffers).toHaveLength(5);
    expect(new Set(buffers).size).toBe(5);
  });

  it('a coarser level keeps every municipality drawn', () => {
    const coarse = binaryFill(atlas, 0);
    expect(new Set(coarse.owner)).toEqual(new Set([0, 1]));
    const areas = triangleAreas(coarse);
    expect(areas[0]).toBeGreaterThan(0);
    expect(areas[1]).toBeGreaterThan(0);
  });
});
