import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { absoluteArcs, degreesPerPixel, FULL_LEVEL, LEVEL_ZOOMS, levelForZoom, simplifyLine, topologyAtLevel } from '../../geo/lod';
import { deltaEncode, TRANSFORM } from './fixtures';

/** Distance from p to the segment a–b (plain geometry, independent of the module's helper). */
function distance(p: number[], a: number[], b: number[]) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const l2 = dx * dx + dy * dy;
  const u = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(a[0] + u * dx - p[0], a[1] + u * dy - p[1]);
}

describe('levelForZoom', () => {
  it('switches to a finer level at each LEVEL_ZOOMS threshold, full detail from the last', () => {
    expect(LEVEL_ZOOMS).toEqual([4.5, 5.5]);
    expect([0, 4.49, 4.5, 5.49, 5.5, 6, 14].map(levelForZoom)).toEqual([0, 0, 1, 1, FULL_LEVEL, FULL_LEVEL, FULL_LEVEL]);
  });

  it('measures a pixel in degrees of MapLibre’s 512-pixel world', () => {
    expect(degreesPerPixel(0)).toBeCloseTo(360 / 512, 12);
    expect(degreesPerPixel(5)).toBeCloseTo(360 / 512 / 32, 12);
  });
});

describe('simplifyLine', () => {
  it('drops points closer than the tolerance and keeps a spike beyond it', () => {
    const line = [[0, 0], [1, 0.05], [2, -0.05], [3, 0], [3.5, 2], [4, 0], [5, 0.02], [6, 0]];
    expect(simplifyLine(line, 0.1)).toEqual([[0, 0], [3, 0], [3.5, 2], [4, 0], [6, 0]]);
  });

  it('keeps both endpoints, even of a closed ring', () => {
    const ring = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const out = simplifyLine(ring, 0.1);
    expect(out[0]).toEqual([0, 0]);
    expect(out.at(-1)).toEqual([0, 0]);
    expect(out).toEqual(ring);
  });

  it('leaves every dropped point within the tolerance of the simplified line (property)', () => {
    const point = fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 60 }), fc.double({ min: 0.001, max: 3, noNaN: true }), (line, tolerance) => {
        const kept = simplifyLine(line, tolerance);
        expect(kept[0]).toBe(line[0]);
        expect(kept.at(-1)).toBe(line.at(-1));
        // Walk the original: each point lies between two consecutive kept points.
        let k = 0;
        for (const p of line) {
          if (p === kept[k + 1]) k++;
          if (p === kept[k]) continue;
          expect(distance(p, kept[k], kept[k + 1])).toBeLessThanOrEqual(tolerance * (1 + 1e-9));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Two squares sharing a wiggly edge, quantized (TRANSFORM: 0.001° from -100, 20) and delta-encoded like the atlas. */
function wigglyTopology(): Topology {
  const shared = [[10_000, 0], [10_001, 1000], [9999, 2000], [10_000, 3000], [10_300, 3500], [10_000, 4000], [10_000, 10_000]];
  return {
    type: 'Topology',
    transform: structuredClone(TRANSFORM),
    objects: {
      municipios: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'west' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { id: 'east' } },
        ],
      },
    },
    arcs: [shared, [[10_000, 10_000], [0, 10_000], [0, 0], [10_000, 0]], [[10_000, 0], [20_000, 0], [20_000, 10_000], [10_000, 10_000]]].map(deltaEncode),
  } as Topology;
}

describe('absoluteArcs and topologyAtLevel', () => {
  it('decodes quantized, delta-encoded arcs to coordinates', () => {
    const [shared] = absoluteArcs(wigglyTopology());
    expect(shared.map(([x, y]) => [+x.toFixed(6), +y.toFixed(6)])).toEqual([[-90, 20], [-89.999, 21], [-90.001, 22], [-90, 23], [-89.7, 23.5], [-90, 24], [-90, 30]]);
  });

  it('simplifies each shared arc once, so neighbours still meet exactly', () => {
    const topology = wigglyTopology();
    const coarse = topologyAtLevel(topology, 0);
    expect(coarse.transform).toBeUndefined();
    const [west, east] = (feature(coarse, coarse.objects.municipios) as unknown as { features: { geometry: { coordinates: number[][][] } }[] }).features;
    const key = (p: number[]) => p.join();
    const westPoints = new Set(west.geometry.coordinates[0].map(key));
    const eastOnBorder = east.geometry.coordinates[0].filter((p) => Math.abs(p[0] + 90) < 1);
    // The 0.001° wiggles go (within a pixel at zoom 4.5), the 0.3° bend stays; both sides share every border point.
    expect([...new Set(eastOnBorder.map(key))].sort()).toEqual(['-89.7,23.5', '-90,20', '-90,23', '-90,24', '-90,30']);
    for (const p of eastOnBorder) expect(westPoints.has(key(p))).toBe(true);
  });

  it('keeps whole the arcs of a ring that would collapse to a line, so a small municipality stays drawn', () => {
    // A 0.01° square between two neighbours: each of its two arcs is within the tolerance of a straight line.
    const topology = {
      type: 'Topology',
      objects: { municipios: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]], properties: { id: 'tiny' } }] } },
      arcs: [[[0, 0], [0.01, 0], [0.01, 0.01]], [[0.01, 0.01], [0, 0.01], [0, 0]], [[5, 5], [5.001, 6], [5, 7]]],
    } as unknown as Topology;
    const coarse = topologyAtLevel(topology, 0);
    const [tiny] = (feature(coarse, coarse.objects.municipios) as unknown as { features: { geometry: { coordinates: number[][][] } }[] }).features;
    expect(new Set(tiny.geometry.coordinates[0].map((p) => p.join())).size).toBe(4);
    // An arc of no collapsing ring is still simplified.
    expect(coarse.arcs[2]).toEqual([[5, 5], [5, 7]]);
  });

  it('returns the full topology itself at the full level', () => {
    const topology = wigglyTopology();
    expect(topologyAtLevel(topology, FULL_LEVEL)).toBe(topology);
  });
});
