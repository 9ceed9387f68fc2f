/**
 * The circuits selector: (asset, positions, view) → the arcs to draw (top flows only, with
 * what is hidden), the list for the side panel, and what to highlight on each side.
 */
import { flowPairs, flowsFrom, flowsTo, SCHEMES, topN, type CircuitsAsset, type Consulate, type DestinationLevel, type FlowList, type OriginLevel, type Scheme } from './circuits';

export type LngLat = [lon: number, lat: number];

export interface Arc {
  origin: string;
  destination: string;
  count: number;
  from: LngLat;
  to: LngLat;
  /** Index of the origin's region in the current scheme (the arc's colour). */
  region: number;
}

export interface CircuitsView {
  year: number;
  scheme: Scheme;
  origin: { level: OriginLevel; id: string } | null;
  destination: { level: DestinationLevel; id: string } | null;
  arcs: Arc[];
  hiddenCount: number;
  hiddenTotal: number;
  /** The panel's list: destinations of the origin, origins of the destination, or the top state flows. */
  list: FlowList & { kind: 'destinations' | 'origins' | 'top' };
  /** Cards per consulate in the current selection (all cards when nothing is selected). */
  consulateCards: Map<string, number>;
  /** With a destination selected: its cards by municipality of origin (to highlight on the intensity map). */
  originMunicipalities: Map<string, number> | null;
  consulates: Consulate[];
  yearTotal: number;
  defect: boolean;
  identical: string[][];
}

export function originLevel(id: string): { level: OriginLevel; id: string } | null {
  if (/^\d{5}$/.test(id)) return { level: 'municipality', id };
  if (/^\d{2}$/.test(id)) return { level: 'state', id };
  const scheme = (Object.keys(SCHEMES) as Scheme[]).find((s) => (SCHEMES[s] as readonly string[]).includes(id));
  return scheme ? { level: scheme, id } : null;
}

export const destinationLevel = (id: string): { level: DestinationLevel; id: string } => (/^\d{2}$/.test(id) ? { level: 'usState', id } : { level: 'consulate', id });

export interface Positions {
  municipality: Map<string, LngLat>;
  state: Map<string, LngLat>;
}

export function selectCircuits(
  asset: CircuitsAsset,
  positions: Positions,
  view: { year: number; origin: string | null; destination: string | null; scheme: Scheme; detail: boolean },
  maxArcs = 80,
): CircuitsView {
  const year = asset.years.includes(view.year) ? view.year : asset.years[asset.years.length - 1];
  const y = asset.byYear[year];
  const consulates = y.consulates.map((i) => asset.consulates[i]);
  const consulateAt = new Map(consulates.map((c) => [c.key, [c.lon, c.lat] as LngLat]));
  const origin = view.origin ? originLevel(view.origin) : null;
  const destination = view.destination ? destinationLevel(view.destination) : null;
  const stateIndex = new Map(asset.states.map((s, i) => [s, i]));
  const regionOfState = (state: string) => asset.stateRegion[view.scheme][stateIndex.get(state) ?? 0];
  const regionIndex = (o: string) => (/^\d/.test(o) ? regionOfState(o.slice(0, 2)) : Math.max(0, asset.regions[view.scheme].indexOf(o)));
  const regionCentre = (name: string, scheme: Scheme): LngLat | undefined => {
    const points = asset.states.filter((_, i) => asset.regions[scheme][asset.stateRegion[scheme][i]] === name).map((s) => positions.state.get(s)).filter((p): p is LngLat => !!p);
    return points.length ? [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length] : undefined;
  };
  const positionOf = (o: { level: OriginLevel; id: string }) =>
    o.level === 'municipality' ? positions.municipality.get(o.id) : o.level === 'state' ? positions.state.get(o.id) : regionCentre(o.id, o.level);

  // The pairs to draw, always ending at consulates (a US state is the consulates it holds).
  const byLevel: OriginLevel = origin?.level ?? (view.detail ? 'municipality' : 'state');
  const usStateOf = new Map(asset.consulates.map((c) => [c.key, c.usState]));
  const inDestination = (d: string) => !destination || (destination.level === 'consulate' ? d === destination.id : usStateOf.get(d) === destination.id);
  const pairs = flowPairs(asset, year, byLevel, 'consulate', (o, d) => (!origin || o === origin.id) && inDestination(d));
  const { top, hiddenCount, hiddenTotal } = topN(pairs, maxArcs);
  const arcs = top.flatMap((p) => {
    const from = positionOf({ level: byLevel, id: p.origin });
    const to = consulateAt.get(p.destination);
    return from && to ? [{ ...p, from, to, region: regionIndex(p.origin) }] : [];
  });

  let list: CircuitsView['list'];
  if (origin) list = { ...flowsFrom(asset, year, origin, destination?.level ?? 'consulate'), kind: 'destinations' };
  else if (destination) list = { ...flowsTo(asset, year, destination, view.detail ? 'municipality' : 'state'), kind: 'origins' };
  else {
    // Nothing selected: the largest state → consulate flows of the year.
    const all = flowPairs(asset, year, 'state', 'consulate');
    const total = all.reduce((s, p) => s + p.count, 0);
    list = { kind: 'top', total, yearTotal: y.total, flows: [...all].sort((a, b) => b.count - a.count).map((p) => ({ id: `${p.origin}>${p.destination}`, count: p.count, share: p.count / total })) };
  }

  const consulateCards = new Map<string, number>();
  for (const p of origin ? pairs : flowPairs(asset, year, 'state', 'consulate')) consulateCards.set(p.destination, (consulateCards.get(p.destination) ?? 0) + p.count);
  const originMunicipalities = destination
    ? new Map(flowsTo(asset, year, destination, 'municipality').flows.map((f) => [f.id, f.count]))
    : null;

  return {
    year, scheme: view.scheme, origin, destination, arcs, hiddenCount, hiddenTotal, list, consulateCards, originMunicipalities, consulates,
    yearTotal: y.total, defect: y.firstOfStateInflated, identical: y.identicalConsulates,
  };
}
