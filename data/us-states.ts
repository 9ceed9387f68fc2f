import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { UsStatesTopology } from '../geo/diaspora';
import { DataBuildError } from './errors';

import { US_STATES } from '../geo/us-states';

export { US_STATES, type UsState } from '../geo/us-states';

const BY_USPS = new Map(US_STATES.map((s) => [s.usps, s]));
const BY_FIPS = new Map(US_STATES.map((s) => [s.fips, s]));

/** The state of a USPS code, or undefined. */
export const stateByUsps = (usps: string) => BY_USPS.get(usps);

const ATLAS_FILE = 'us-atlas/states-10m.json';

type RawStates = Topology<{ states: GeometryCollection<{ name: string }> }>;

/**
 * The 52 areas from us-atlas's 1:10m states, unsimplified and with the quantized
 * coordinates unchanged, as a TopoJSON whose geometries carry only `id` = FIPS. The four
 * other territories (American Samoa, Guam, Northern Marianas, Virgin Islands) and the
 * `nation` object are dropped, with the arcs only they used, and the bbox recomputed.
 */
export function usStatesTopology(raw: RawStates = readUsAtlas()): UsStatesTopology {
  const kept = raw.objects.states.geometries.filter((g) => BY_FIPS.has(String(g.id)));
  for (const g of kept) {
    const expected = BY_FIPS.get(String(g.id))!.name;
    const name = (g.properties as { name?: string } | undefined)?.name;
    if (name !== expected) {
      throw new DataBuildError(ATLAS_FILE, `geometry ${g.id} is named "${name}", expected "${expected}"`, 'reinstall the pinned us-atlas 3.0.1', `id ${g.id}`);
    }
  }
  const missing = US_STATES.filter((s) => !kept.some((g) => g.id === s.fips)).map((s) => s.fips);
  if (missing.length > 0 || kept.length !== US_STATES.length) {
    throw new DataBuildError(ATLAS_FILE, `has ${kept.length} of the ${US_STATES.length} states${missing.length ? `; missing ${missing.join(', ')}` : ' (duplicates)'}`, 'reinstall the pinned us-atlas 3.0.1', 'object states');
  }

  // Renumber the arcs the kept geometries use, in first-use order; ~i (= -i-1) marks a reversed arc.
  const remap = new Map<number, number>();
  const arcs: number[][][] = [];
  const renumber = (i: number): number => {
    const index = i < 0 ? ~i : i;
    if (!remap.has(index)) {
      remap.set(index, arcs.length);
      arcs.push(raw.arcs[index] as number[][]);
    }
    return i < 0 ? ~remap.get(index)! : remap.get(index)!;
  };
  const rings = (r: number[][]) => r.map((ring) => ring.map(renumber));
  const geometries = [...kept]
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((g) => {
      if (g.type === 'Polygon') return { type: g.type, id: String(g.id), arcs: rings(g.arcs) };
      if (g.type === 'MultiPolygon') return { type: g.type, id: String(g.id), arcs: g.arcs.map(rings) };
      throw new DataBuildError(ATLAS_FILE, `geometry ${g.id} is a ${g.type}, expected polygons`, 'reinstall the pinned us-atlas 3.0.1');
    });

  const topology: UsStatesTopology = {
    type: 'Topology',
    transform: raw.transform,
    objects: { states: { type: 'GeometryCollection', geometries } },
    arcs,
  };
  topology.bbox = quantizedBbox(topology);
  return topology;
}

/** Bounding box of the arcs in lon/lat, from the delta-encoded quantized positions. */
function quantizedBbox(t: UsStatesTopology): [number, number, number, number] {
  const { scale, translate } = t.transform!;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of t.arcs) {
    let x = 0, y = 0;
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return [x0 * scale[0] + translate[0], y0 * scale[1] + translate[1], x1 * scale[0] + translate[0], y1 * scale[1] + translate[1]];
}

function readUsAtlas(): RawStates {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(ATLAS_FILE), 'utf8'));
}
