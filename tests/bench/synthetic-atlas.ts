/**
 * A synthetic atlas ×N larger, for the scale runs. Copy 0 is the real atlas, untouched
 * (same ids, same place, so the measurement points still work). Copies 1…N-1 are the
 * same polygons shifted into a grid of duplicated countries (5 columns, 33° apart in
 * longitude, rows 20° apart in latitude), each with its own arcs: N× the vertices and
 * polygons to decode, tessellate and draw, while the default national view shows the
 * same screen area as at 1× (like a finer subdivision would).
 *
 * Ids must stay 5 digits with the state in the first 2 (the app derives the state from
 * them, and its GPU filter only knows states 01–32). A copy keeps its state code and takes
 * the next unused municipal code 001–999 there; a state that is full (Oaxaca has 570
 * municipalities, so 10× does not fit in 999) sends the copy to the state with the most
 * free codes. State outlines (`estados`) get every copy of their polygons; their `bbox`
 * (used to zoom to a state) stays the real one.
 */
import type { AtlasAsset } from '../../geo/atlas';
import type { EditionAsset, EditionColumns } from '../../geo/editions';

type Arc = [number, number][];
type Nested = number | Nested[];

export interface SyntheticInfo {
  factor: number;
  polygons: number;
  municipalities: number;
  /** Copies moved to another state because theirs had no free code. */
  movedToOtherState: number;
  perState: Record<string, number>;
  layout: string;
}

const idOf = (g: object) => (g as { properties: { id: string } }).properties.id;
const arcsOf = (g: object) => (g as { arcs: Nested }).arcs;

const remap = (arcs: Nested, offset: number): Nested =>
  Array.isArray(arcs) ? arcs.map((a) => remap(a, offset)) : arcs >= 0 ? arcs + offset : ~(~arcs + offset);

/** The geometry and one edition's table, both ×`factor`. */
export function scaleAtlas(asset: AtlasAsset, edition: EditionAsset, factor: number): { asset: AtlasAsset; edition: EditionAsset; info: SyntheticInfo } {
  const topo = asset.topology;
  if (!topo.transform) throw new Error('synthetic: expected a quantized topology (with transform)');
  const [sx, sy] = topo.transform.scale;
  const baseArcs = topo.arcs as Arc[];
  const n = baseArcs.length;
  const shift = (k: number) => [Math.round(((k % 5) * 33) / sx), Math.round((Math.floor(k / 5) * 20) / sy)];

  // Quantized arcs are delta-encoded: moving an arc moves only its first point.
  const arcs: Arc[] = [];
  for (let k = 0; k < factor; k++) {
    const [dx, dy] = shift(k);
    for (const arc of baseArcs) arcs.push([[arc[0][0] + dx, arc[0][1] + dy], ...arc.slice(1)]);
  }

  const baseGeoms = topo.objects.municipios.geometries;
  const used = new Map<string, Set<number>>();
  for (let s = 1; s <= 32; s++) used.set(String(s).padStart(2, '0'), new Set());
  for (const g of baseGeoms) used.get(idOf(g).slice(0, 2))!.add(Number(idOf(g).slice(2)));
  let moved = 0;
  const newId = (state: string) => {
    let s = state;
    if (used.get(s)!.size >= 999) {
      s = [...used.entries()].sort((a, b) => a[1].size - b[1].size)[0][0];
      moved++;
      if (used.get(s)!.size >= 999) throw new Error(`synthetic: ${factor}× does not fit in 32 × 999 ids`);
    }
    const taken = used.get(s)!;
    let m = 1;
    while (taken.has(m)) m++;
    taken.add(m);
    return s + String(m).padStart(3, '0');
  };

  const cols = edition.municipalities;
  const rowOf = new Map(cols.id.map((id, i) => [id, i]));
  const rows: { id: string; from: number; copy: number }[] = cols.id.map((id, i) => ({ id, from: i, copy: 0 }));
  const geometries = [...baseGeoms];
  for (let k = 1; k < factor; k++) {
    for (const g of baseGeoms) {
      const id = newId(idOf(g).slice(0, 2));
      geometries.push({ ...g, arcs: remap(arcsOf(g), k * n), properties: { id } } as typeof g);
      const row = rowOf.get(idOf(g));
      if (row !== undefined) rows.push({ id, from: row, copy: k });
    }
  }
  geometries.sort((a, b) => idOf(a).localeCompare(idOf(b)));
  rows.sort((a, b) => a.id.localeCompare(b.id));
  // Every other column is copied from the municipality each row copies (ranks are computed on load).
  const { id: _ids, name: names, rankNational: _n, rankInState: _s, ...values } = cols;
  const municipalities = {
    id: rows.map((r) => r.id),
    name: rows.map((r) => (r.copy === 0 ? names[r.from] : `${names[r.from]} (copia ${r.copy})`)),
    ...Object.fromEntries(Object.entries(values).map(([key, column]) => [key, rows.map((r) => (column as unknown[])[r.from])])),
  } as EditionColumns;

  const estados = topo.objects.estados.geometries.map((g) => {
    const polygons = (g.type === 'Polygon' ? [arcsOf(g)] : arcsOf(g)) as Nested[];
    const all: Nested[] = [];
    for (let k = 0; k < factor; k++) all.push(...(remap(polygons, k * n) as Nested[]));
    return { type: 'MultiPolygon', arcs: all, properties: g.properties } as unknown as typeof g;
  });

  const perState: Record<string, number> = {};
  for (const g of geometries) perState[idOf(g).slice(0, 2)] = (perState[idOf(g).slice(0, 2)] ?? 0) + 1;
  return {
    edition: { ...edition, municipalities },
    asset: {
      ...asset,
      topology: {
        ...topo,
        arcs: arcs as never,
        objects: {
          municipios: { ...topo.objects.municipios, geometries },
          estados: { ...topo.objects.estados, geometries: estados },
        },
      },
    },
    info: {
      factor,
      polygons: geometries.length,
      municipalities: rows.length,
      movedToOtherState: moved,
      perState,
      layout: `copy 0 = real atlas; copies 1–${factor - 1} shifted by (33°·(k mod 5), 20°·⌊k/5⌋), off-screen at the national view`,
    },
  };
}
