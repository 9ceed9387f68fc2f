// Small hand-made fixtures shared by the unit tests: no copy of any real data file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MexicanState, Municipality } from '../../geo/types';

/** A municipality with plausible defaults; the state is taken from the id. */
export function municipality(id: string, over: Partial<Municipality> = {}): Municipality {
  return {
    id,
    name: `Municipio ${id}`,
    state: id.slice(0, 2),
    degree: 'medio',
    index: 0,
    remittances: 5,
    emigrants: 4,
    circular: 1,
    returnMigrants: 1,
    homes: 100,
    population: 400,
    rank: { national: null, inState: null },
    ...over,
  };
}

/**
 * Six municipalities in two states. National ranks by index: 01001 → 1; 01002 and 02001
 * tie (1.0) → 2, 2; 02002 → 4; the two Nulo rows have no index and no rank.
 */
export const SAMPLE: Municipality[] = [
  municipality('01001', { name: 'Calvillo', degree: 'muy-alto', index: 2.5, population: 1000, homes: 200, rank: { national: 1, inState: 1 } }),
  municipality('01002', { name: 'Asientos', degree: 'alto', index: 1.0, population: 500, homes: 100, rank: { national: 2, inState: 2 } }),
  municipality('01003', { name: 'Cosío', degree: 'nulo', index: null, population: 50, homes: 10 }),
  municipality('02001', { name: 'Ensenada', degree: 'medio', index: 1.0, population: 300, homes: 70, rank: { national: 2, inState: 1 } }),
  municipality('02002', { name: 'Mexicali', degree: 'bajo', index: -0.5, population: 2000, homes: 450, rank: { national: 4, inState: 2 } }),
  municipality('02003', { name: 'Abasolo', degree: 'nulo', index: null, population: 150, homes: 30 }),
];

/**
 * The same places ten years later (as a 2010 edition): 01001 muy-alto → alto (−1 step, rank
 * 1 → 2, remittances 5 → 8 %), 01002 alto → muy-alto (+1, rank 2 → 1), 01003 nulo → muy-bajo
 * (+1, no earlier rank), 02001 medio → medio (rank 2 → 3), 02002 bajo → nulo (−2); 02003 is
 * gone and 02004 is new.
 */
export const LATER: Municipality[] = [
  municipality('01001', { name: 'Calvillo', degree: 'alto', index: 1.2, remittances: 8, rank: { national: 2, inState: 2 } }),
  municipality('01002', { name: 'Asientos', degree: 'muy-alto', index: 3, remittances: 5, rank: { national: 1, inState: 1 } }),
  municipality('01003', { name: 'Cosío', degree: 'muy-bajo', index: -1, rank: { national: 5, inState: 3 } }),
  municipality('02001', { name: 'Ensenada', degree: 'medio', index: 0.5, rank: { national: 3, inState: 1 } }),
  municipality('02002', { name: 'Mexicali', degree: 'nulo', index: null }),
  municipality('02004', { name: 'San Quintín', degree: 'bajo', index: 0, rank: { national: 4, inState: 2 } }),
];

export const STATES: MexicanState[] = [
  { id: '02', name: 'Baja California', bbox: [-117, 28, -112, 32.7] },
  { id: '01', name: 'Aguascalientes', bbox: [-103, 21.6, -101.8, 22.5] },
];

export type SquaresTopology = Topology<{ municipios: GeometryCollection<{ id: string }> }>;

/** Quantization of the fixture: 1 unit = 0.001°, so each square (1000 units) is 1° wide. */
export const TRANSFORM = { scale: [0.001, 0.001] as [number, number], translate: [-100, 20] as [number, number] };
const S = 1000;

/** TopoJSON arc encoding: the first position, then differences. */
export const deltaEncode = (arc: number[][]) => arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1][0], y - arc[i - 1][1]]));

/**
 * A 2×2 grid of 1° squares as a quantized, delta-encoded TopoJSON, object `municipios`:
 *
 *   02001 | 02002        lon -100…-98, lat 20…22
 *   ------+------        shared borders are stored once (arcs 0–3)
 *   01001 | 01002
 *
 * Geometries are listed out of id order on purpose. `island` adds 03001, a small square
 * (50 units) made of one closed arc, far from the others.
 */
export function squaresTopology(options: { island?: boolean } = {}): SquaresTopology {
  const arcs = [
    [[S, 0], [S, S]], // 0: 01001 | 01002
    [[0, S], [S, S]], // 1: 01001 | 02001
    [[S, S], [2 * S, S]], // 2: 01002 | 02002
    [[S, S], [S, 2 * S]], // 3: 02001 | 02002
    [[S, 0], [0, 0], [0, S]], // 4: outer border of 01001
    [[2 * S, S], [2 * S, 0], [S, 0]], // 5: outer border of 01002
    [[0, S], [0, 2 * S], [S, 2 * S]], // 6: outer border of 02001
    [[S, 2 * S], [2 * S, 2 * S], [2 * S, S]], // 7: outer border of 02002
  ];
  const geometries: GeometryCollection<{ id: string }>['geometries'] = [
    { type: 'Polygon', arcs: [[3, 7, ~2]], properties: { id: '02002' } },
    { type: 'Polygon', arcs: [[4, 1, ~0]], properties: { id: '01001' } },
    { type: 'Polygon', arcs: [[6, ~3, ~1]], properties: { id: '02001' } },
    { type: 'Polygon', arcs: [[0, 2, 5]], properties: { id: '01002' } },
  ];
  if (options.island) {
    const [x, y, d] = [3 * S, 3 * S, 50];
    arcs.push([[x, y], [x, y + d], [x + d, y + d], [x + d, y], [x, y]]);
    geometries.push({ type: 'Polygon', arcs: [[arcs.length - 1]], properties: { id: '03001' } });
  }
  return {
    type: 'Topology',
    transform: structuredClone(TRANSFORM),
    objects: { municipios: { type: 'GeometryCollection', geometries } },
    arcs: arcs.map(deltaEncode),
  };
}

/** A fresh temporary folder; call `remove` in afterEach. */
export function tempDir(prefix = 'atlas-unit-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}
