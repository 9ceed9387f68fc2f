/**
 * The circuits selector: (asset, positions, view) → the arcs to draw (top flows only, with
 * what is hidden and what has no position to draw from), the list for the side panel, what to
 * highlight on each side, and which of the link's origin and destination the data lacks.
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
  /** The largest flows that have both positions (at most maxArcs). */
  arcs: Arc[];
  /** Flows with both positions beyond the largest maxArcs, and their cards. */
  hiddenCount: number;
  hiddenTotal: number;
  /** Flows that cannot be drawn (no position for the origin or the consulate), and their cards: with arcs and hidden, every flow is counted once. */
  unplacedCount: number;
  unplacedTotal: number;
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
  /** The view named an origin municipality or a destination consulate the data does not have: it is ignored. */
  unknown: ('origin' | 'destination')[];
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

/** A lookup that must succeed in a checked asset (checkCircuitsAsset): a miss is a broken asset, never region 0. */
function indexIn(index: number | undefined, what: string): number {
  if (index === undefined || index < 0) throw new Error(`circuits: ${what} is not in the asset; rebuild the data (npm run data)`);
  return index;
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
  // A municipality is known if it has a polygon or cards; a consulate if any year lists it.
  const unknown: CircuitsView['unknown'] = [];
  const knownOrigin = (o: { level: OriginLevel; id: string }) => o.level !== 'municipality' || positions.municipality.has(o.id) || asset.municipalities.includes(o.id);
  const knownDestination = (d: { level: DestinationLevel; id: string }) => d.level !== 'consulate' || asset.consulates.some((c) => c.key === d.id);
  let origin = view.origin ? originLevel(view.origin) : null;
  if (view.origin && (!origin || !knownOrigin(origin))) {
    origin = null;
    unknown.push('origin');
  }
  let destination = view.destination ? destinationLevel(view.destination) : null;
  if (destination && !knownDestination(destination)) {
    destination = null;
    unknown.push('destination');
  }
  const stateIndex = new Map(asset.states.map((s, i) => [s, i]));
  const regionCentre = (name: string, scheme: Scheme): LngLat | undefined => {
    const points = asset.states.filter((_, i) => asset.regions[scheme][asset.stateRegion[scheme][i]] === name).map((s) => positions.state.get(s)).filter((p): p is LngLat => !!p);
    return points.length ? [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length] : undefined;
  };
  const positionOf = (o: { level: OriginLevel; id: string }) =>
    o.level === 'municipality' ? positions.municipality.get(o.id) : o.level === 'state' ? positions.state.get(o.id) : regionCentre(o.id, o.level);

  // The pairs to draw, always ending at consulates (a US state is the consulates it holds).
  const byLevel: OriginLevel = origin?.level ?? (view.detail ? 'municipality' : 'state');
  // An arc's colour: its origin's region, in the scheme shown — or, for a region of the other scheme, in its own.
  const regionOfState = (s: string) => indexIn(asset.stateRegion[view.scheme][indexIn(stateIndex.get(s), `state ${s}`)], `the ${view.scheme} region of state ${s}`);
  const regionIndex = (o: string) => (byLevel === 'municipality' || byLevel === 'state' ? regionOfState(o.slice(0, 2)) : indexIn(asset.regions[byLevel].indexOf(o), `region ${o}`));
  const usStateOf = new Map(asset.consulates.map((c) => [c.key, c.usState]));
  const inDestination = (d: string) => !destination || (destination.level === 'consulate' ? d === destination.id : usStateOf.get(d) === destination.id);
  const pairs = flowPairs(asset, year, byLevel, 'consulate', (o, d) => (!origin || o === origin.id) && inDestination(d));
  // Flows without a position are counted apart, so shown + hidden + unplaced is every flow.
  const placed = pairs.flatMap((p) => {
    const [from, to] = [positionOf({ level: byLevel, id: p.origin }), consulateAt.get(p.destination)];
    return from && to ? [{ ...p, from, to }] : [];
  });
  const unplacedCount = pairs.length - placed.length;
  const unplacedTotal = pairs.reduce((s, p) => s + p.count, 0) - placed.reduce((s, p) => s + p.count, 0);
  const { top, hiddenCount, hiddenTotal } = topN(placed, maxArcs);
  const arcs = top.map((p) => ({ ...p, region: regionIndex(p.origin) }));

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
    year, scheme: view.scheme, origin, destination, arcs, hiddenCount, hiddenTotal, unplacedCount, unplacedTotal, list, consulateCards, originMunicipalities, consulates,
    yearTotal: y.total, defect: y.firstOfStateInflated, identical: y.identicalConsulates, unknown,
  };
}
