/**
 * The migratory-circuits asset (SRE consular ID cards, "matrículas consulares", issued in 2006
 * and 2011 by municipality of origin and consulate) as the data build writes it and the browser
 * reads it, plus pure helpers over it. No Node, no React: shared by both sides.
 *
 * Cards are ID cards issued in a year, not migrant stocks; a consulate serves several US
 * states, so "consulate → US state" (the state the consulate stands in) only approximates the
 * state of residence. Counts are stored exactly as published; nothing is rounded.
 */

export const CIRCUITS_FORMAT = 1;

/** The two regionalizations of Mexican emigration, each region in its conventional order. */
export const SCHEMES = {
  /** Conapo's regions. */
  conapo: ['Tradicional', 'Norte', 'Centro', 'Sur-Sureste'],
  /** Durand & Massey's regions. */
  durandMassey: ['Histórica', 'Fronteriza', 'Central', 'Sureste'],
} as const;
export type Scheme = keyof typeof SCHEMES;
export type RegionName = (typeof SCHEMES)[Scheme][number];
/** Every region name of both schemes; they are all distinct, so a name says its scheme. */
export const REGION_NAMES: readonly RegionName[] = (Object.keys(SCHEMES) as Scheme[]).flatMap((s) => SCHEMES[s]);

/** Years of SRE's matrícula files: what the data build reads and what a link may ask for. */
export const CIRCUIT_YEARS = [2006, 2011] as const;

/** Colours of the four regions of either scheme, in order (Okabe–Ito: distinguishable with the common colour-vision deficiencies). */
export const REGION_COLORS: [number, number, number][] = [
  [230, 159, 0],
  [86, 180, 233],
  [0, 158, 115],
  [204, 121, 167],
];

/**
 * Flows of one level as parallel arrays: flow k goes from `origin[k]` to `destination[k]` with
 * `count[k]` cards. Indices point into the asset's lookup tables named by the level (see
 * YearCircuits). Sorted by origin, then destination; every count is > 0.
 */
export interface Flows {
  origin: number[];
  destination: number[];
  count: number[];
}

export interface Consulate {
  /** SRE's key, as in the source file names ("los_angeles"). */
  key: string;
  /** Spanish and English names, as published ("Los Ángeles" / "Los Angeles"). */
  nameEs: string;
  nameEn: string;
  /** Location, degrees. */
  lon: number;
  lat: number;
  /** FIPS of the US state the consulate stands in (index target of the US-state levels). */
  usState: string;
  /** "inside": the point is in the state's polygon; "nearest": it is on no polygon (a coast) and was given the nearest one. */
  placedBy: 'inside' | 'nearest';
}

export interface YearCircuits {
  /** Cards issued in the year: the sum of every row, hence of every level below. */
  total: number;
  /** Consulates in the year's list (indices into `consulates`): 46 in 2006, 50 in 2011. */
  consulates: number[];
  /** Finest level: `municipalities` → `consulates`. */
  municipalityToConsulate: Flows;
  /** `states` → `consulates`. */
  stateToConsulate: Flows;
  /** `states` → `usStates`. */
  stateToUsState: Flows;
  /** `regions[scheme]` → `usStates`, for each regionalization. */
  regionToUsState: Record<Scheme, Flows>;
  /** Cards on the `firstOfState` municipalities: a large share flags the source's lumping defect. */
  firstOfStateCards: number;
  /** True for a year in which the source is known to inflate the first municipality of each state (2006). */
  firstOfStateInflated: boolean;
  /** Groups of consulates whose row files are identical (a copy in the source, e.g. 2011 Douglas = Denver); kept, to be caveated. */
  identicalConsulates: string[][];
}

export interface CircuitsAsset {
  format: typeof CIRCUITS_FORMAT;
  /** Years with data, ascending. */
  years: number[];
  /** Municipality CVEGEO ids (5 characters) found in any year, ascending. */
  municipalities: string[];
  /** Ids in `municipalities` that are not among Conapo's 2,443 of 2000 (created later), with the source's name; their cards are kept. */
  notIn2000: { id: string; name: string }[];
  /** The lowest Conapo 2000 id of each state ("20001", "09002", …): where the 2006 defect lumps cards. */
  firstOfState: string[];
  /** The 32 INEGI state ids, ascending. */
  states: string[];
  /** Region names of each scheme, in `SCHEMES` order. */
  regions: Record<Scheme, string[]>;
  /** For each scheme, parallel to `states`: the index of the state's region in `regions[scheme]`. */
  stateRegion: Record<Scheme, number[]>;
  /** Every consulate of any year, in SRE's order. */
  consulates: Consulate[];
  /** FIPS of the US states with a consulate, ascending. */
  usStates: string[];
  byYear: { [year: number]: YearCircuits };
}

const REBUILD = 'rebuild the data (npm run data)';

/**
 * Checks what the selector looks up without a fallback: the asset's format, that its region
 * names are SCHEMES', and that every state has a region and every municipality a state. The
 * data build guarantees all of it; a file that breaks it is stale or damaged, never region 0.
 */
export function checkCircuitsAsset(value: unknown): CircuitsAsset {
  const asset = value as CircuitsAsset;
  const fail = (problem: string): never => {
    throw new Error(`circuits: ${problem}; ${REBUILD}`);
  };
  if (asset?.format !== CIRCUITS_FORMAT || !asset.byYear || !Array.isArray(asset.consulates) || !Array.isArray(asset.states)) return fail('unexpected format');
  const states = new Set(asset.states);
  for (const scheme of Object.keys(SCHEMES) as Scheme[]) {
    const names = asset.regions?.[scheme];
    if (names?.join() !== SCHEMES[scheme].join()) fail(`the ${scheme} regions are ${JSON.stringify(names)}, not ${SCHEMES[scheme].join(', ')}`);
    const of = asset.stateRegion?.[scheme];
    if (of?.length !== asset.states.length) fail(`the ${scheme} regions do not cover the ${asset.states.length} states`);
    of.forEach((r, i) => {
      if (!Number.isInteger(r) || r < 0 || r >= names.length) fail(`state ${asset.states[i]} has no ${scheme} region (${JSON.stringify(r)})`);
    });
  }
  for (const id of asset.municipalities ?? []) if (!states.has(id.slice(0, 2))) fail(`municipality ${id} is in no state of the asset`);
  return asset;
}

/** Where flows start: a municipality, a state, or a region of one scheme (id = region name). */
export type OriginLevel = 'municipality' | 'state' | Scheme;
/** Where flows end: a consulate (id = key) or a US state (id = FIPS). */
export type DestinationLevel = 'consulate' | 'usState';

export interface Flow {
  /** The other end: a destination id for flowsFrom, an origin id for flowsTo. */
  id: string;
  count: number;
  /** count / the list's total (0 when the total is 0). */
  share: number;
}

export interface FlowList {
  /** Cards of the origin (flowsFrom), of the destination (flowsTo), or of the year (totals). */
  total: number;
  /** Cards of the whole year, to express `total` as a share of it. */
  yearTotal: number;
  /** Largest first, ties by id. */
  flows: Flow[];
}

interface Table {
  flows: Flows;
  originId: (i: number) => string;
  destinationId: (j: number) => string;
}

function yearOf(asset: CircuitsAsset, year: number): YearCircuits {
  const y = asset.byYear[year];
  if (!y) throw new Error(`circuits: no data for ${year} (years: ${asset.years.join(', ')})`);
  return y;
}

/**
 * The stored level that answers an origin/destination pair. Municipality → US state folds the
 * consulates into their state, region → consulate folds the states into their region: both
 * are one pass over a stored table, never over the raw rows.
 */
function table(asset: CircuitsAsset, year: number, from: OriginLevel, to: DestinationLevel): Table {
  const y = yearOf(asset, year);
  const consulate = (j: number) => asset.consulates[j].key;
  const usState = (j: number) => asset.usStates[j];
  const state = (i: number) => asset.states[i];
  if (from === 'municipality') {
    const municipality = (i: number) => asset.municipalities[i];
    return { flows: y.municipalityToConsulate, originId: municipality, destinationId: to === 'consulate' ? consulate : (j) => asset.consulates[j].usState };
  }
  if (from === 'state') {
    return to === 'consulate' ? { flows: y.stateToConsulate, originId: state, destinationId: consulate } : { flows: y.stateToUsState, originId: state, destinationId: usState };
  }
  const region = asset.regions[from];
  if (to === 'usState') return { flows: y.regionToUsState[from], originId: (i) => region[i], destinationId: usState };
  return { flows: y.stateToConsulate, originId: (i) => region[asset.stateRegion[from][i]], destinationId: consulate };
}

/** Sums a table's flows that pass `keep`, by the id `key` gives, into a sorted FlowList. */
function collect(asset: CircuitsAsset, year: number, t: Table, keep: (o: string, d: string) => boolean, key: (o: string, d: string) => string): FlowList {
  const sums = new Map<string, number>();
  const { origin, destination, count } = t.flows;
  for (let k = 0; k < count.length; k++) {
    const [o, d] = [t.originId(origin[k]), t.destinationId(destination[k])];
    if (keep(o, d)) sums.set(key(o, d), (sums.get(key(o, d)) ?? 0) + count[k]);
  }
  const total = [...sums.values()].reduce((s, c) => s + c, 0);
  const flows = [...sums]
    .map(([id, c]) => ({ id, count: c, share: total > 0 ? c / total : 0 }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { total, yearTotal: yearOf(asset, year).total, flows };
}

/** Where the cards of one origin went, by consulate (default, the finest) or US state. Unknown origin: total 0, no flows. */
export function flowsFrom(asset: CircuitsAsset, year: number, origin: { level: OriginLevel; id: string }, to: DestinationLevel = 'consulate'): FlowList {
  return collect(asset, year, table(asset, year, origin.level, to), (o) => o === origin.id, (_o, d) => d);
}

/** Where the cards of one destination came from, by municipality (default, the finest), state or region. */
export function flowsTo(asset: CircuitsAsset, year: number, destination: { level: DestinationLevel; id: string }, by: OriginLevel = 'municipality'): FlowList {
  return collect(asset, year, table(asset, year, by, destination.level), (_o, d) => d === destination.id, (o) => o);
}

/**
 * The n largest flows (ties keep their input order) and what the rest add up to, so a chart
 * can say "and 37 more: 12,345 cards". n < 0 counts as 0.
 */
export function topN<T extends { count: number }>(flows: readonly T[], n: number): { top: T[]; hiddenCount: number; hiddenTotal: number } {
  const sorted = [...flows].sort((a, b) => b.count - a.count);
  const k = Math.max(0, Math.floor(n));
  const hidden = sorted.slice(k);
  return { top: sorted.slice(0, k), hiddenCount: hidden.length, hiddenTotal: hidden.reduce((s, f) => s + f.count, 0) };
}

export interface FlowPair {
  origin: string;
  destination: string;
  count: number;
}

/** Every origin → destination pair of a level pair in a year (region → consulate folded from states), for drawing. */
export function flowPairs(asset: CircuitsAsset, year: number, from: OriginLevel, to: DestinationLevel, keep: (o: string, d: string) => boolean = () => true): FlowPair[] {
  const t = table(asset, year, from, to);
  const sums = new Map<string, FlowPair>();
  const { origin, destination, count } = t.flows;
  for (let k = 0; k < count.length; k++) {
    const [o, d] = [t.originId(origin[k]), t.destinationId(destination[k])];
    if (!keep(o, d)) continue;
    const key = `${o}>${d}`;
    const pair = sums.get(key);
    if (pair) pair.count += count[k];
    else sums.set(key, { origin: o, destination: d, count: count[k] });
  }
  return [...sums.values()];
}
