/**
 * The diaspora asset (US side of the migratory system) as the data build writes it and the
 * browser reads it, plus pure helpers over it. No Node, no React: shared by both sides.
 * Values are stored exactly as published (persons, whole US dollars); nothing is rounded.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Edition } from './editions';

// 2: every class break is computed by the build and stored (the share, US remittances and
// remittances per dwelling were classed in the browser).
export const DIASPORA_FORMAT = 2;

/** Classes of every fixed legend of the US and remittance layers (the palette has as many colours). */
export const DIASPORA_CLASSES = 6;

/**
 * Census annotation codes that the ACS API writes in a margin-of-error cell instead of a
 * number. The asset stores `moe: null` and the key of the code, so the UI can say why.
 */
export const MOE_NOTES = {
  controlled: { code: -555555555, symbol: '*****', meaning: 'the estimate is controlled: no sampling error, the margin may be treated as zero' },
  'too-few-samples': { code: -222222222, symbol: '**', meaning: 'too few sample observations to compute a margin of error' },
  'not-displayable': { code: -999999999, symbol: 'N', meaning: 'too few sample cases in the area for the figure to be shown' },
  'not-applicable': { code: -888888888, symbol: '(X)', meaning: 'not applicable or not available' },
  'open-ended': { code: -333333333, symbol: '***', meaning: 'median in an open-ended interval: no margin of error' },
} as const;
export type MoeNote = keyof typeof MOE_NOTES;

/** One ACS estimate with its 90 % margin of error. */
export interface AcsEstimate {
  /** The estimate, persons. */
  value: number;
  /** Margin of error (90 %), persons; null when the Census published an annotation code instead. */
  moe: number | null;
  /** Why `moe` is null; present only then. */
  moeNote?: MoeNote;
}

/** A calendar year with fewer than four quarters in the source: its sum is not a full year. */
export interface PartialYear {
  year: number;
  /** The quarters present, 1–4, ascending. */
  quarters: number[];
}

/** Consecutive quarters as runs, [1, 2, 4] → [[1, 2], [4, 4]], so a label can read "Q1–Q2, Q4". */
export function quarterRuns(quarters: readonly number[]): [from: number, to: number][] {
  const runs: [number, number][] = [];
  for (const q of [...quarters].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && q === last[1] + 1) last[1] = q;
    else runs.push([q, q]);
  }
  return runs;
}

export interface UsStateDiaspora {
  /** 2-digit state FIPS code ("06"); also the geometry id in `topology`. */
  fips: string;
  /** USPS code ("CA"), the key of Banxico's file. */
  usps: string;
  /** English name, as in us-atlas. */
  name: string;
  /** ACS 1-year DP05 by year: Mexican-origin population (any race) and total population. */
  population: { [year: number]: { mexican: AcsEstimate; total: AcsEstimate } };
  /** Banxico: remittances sent to Mexico from this state, USD, sum of the quarters of each year. */
  remittances: { [year: number]: number };
}

export interface MxStateRemittances {
  /** INEGI state code, 2 digits ("14"), as in the atlas. */
  id: string;
  /** Banxico: remittances received, USD (from every country, not only the US), sum of quarters. */
  remittances: { [year: number]: number };
}

/** US states + DC + Puerto Rico (us-atlas 1:10m, coordinates unchanged); geometry id = FIPS. */
export type UsStatesTopology = Topology<{ states: GeometryCollection }>;

/** population: Mexican-origin persons by US state; remittances: USD by US state of origin; remittancesMx: USD received by Mexican state. */
export type Measure = 'population' | 'remittances' | 'remittancesMx';
/**
 * What the map classes: the measures, the Mexican-origin share of each state's population (%),
 * and the remittances each Mexican state receives per dwelling (USD).
 */
export const CLASSED = ['population', 'share', 'remittances', 'remittancesMx', 'remittancesPerDwelling'] as const;
export type Classed = (typeof CLASSED)[number];

export interface DiasporaAsset {
  format: typeof DIASPORA_FORMAT;
  /** Years with data per measure, ascending, partial years included. */
  years: Record<Measure, number[]>;
  /** Years of the quarterly series that are incomplete (e.g. the current year). */
  partialYears: { remittances: PartialYear[]; remittancesMx: PartialYear[] };
  /** The 52 areas (50 states, DC, Puerto Rico), by FIPS. */
  usStates: UsStateDiaspora[];
  /** The 32 Mexican states, by id. */
  mxStates: MxStateRemittances[];
  /** Remittances from the US whose state of origin Banxico could not identify ("XX"), USD by year. */
  unidentifiedRemittances: { [year: number]: number };
  /** Fixed class breaks over all complete years (see fixedBreaks), so years compare; computed once, by the build. */
  breaks: Record<Classed, number[]>;
  topology: UsStatesTopology;
}

/**
 * Remittances per dwelling divide a year's remittances by the dwellings of the nearest edition
 * of Conapo's index: 2010 for years up to 2014, 2020 after.
 */
export const DWELLING_EDITIONS = [2010, 2020] as const satisfies readonly Edition[];
export type DwellingEdition = (typeof DWELLING_EDITIONS)[number];
export const dwellingEditionFor = (year: number): DwellingEdition => (year <= 2014 ? 2010 : 2020);
/** Dwellings by Mexican state (INEGI code) in each of the two editions. */
export type StateDwellings = Record<DwellingEdition, Map<string, number>>;

/** An edition's dwellings summed by state: the same sum for the build's breaks and the browser's values. */
export function dwellingsByState(municipalities: readonly { state: string; homes: number }[]): Map<string, number> {
  const byState = new Map<string, number>();
  for (const m of municipalities) byState.set(m.state, (byState.get(m.state) ?? 0) + m.homes);
  return byState;
}

/** USD per dwelling of a state's remittances in a year. */
export const perDwelling = (dwellings: StateDwellings, state: string, year: number, total: number): number => total / dwellings[dwellingEditionFor(year)].get(state)!;

/** Mexican-origin share of a state's population in a year, %. */
export const shareOf = (p: { mexican: AcsEstimate; total: AcsEstimate }): number => (p.mexican.value / p.total.value) * 100;

/** The value of one classed figure for one area and year, or null when there is none. */
function valueOf(area: UsStateDiaspora | MxStateRemittances, what: Classed, year: number, dwellings?: StateDwellings): number | null {
  if (!('fips' in area)) {
    const total = area.remittances[year];
    if (total === undefined) return null;
    if (what === 'remittancesMx') return total;
    return what === 'remittancesPerDwelling' ? perDwelling(dwellings!, area.id, year, total) : null;
  }
  const p = area.population[year];
  if (what === 'population') return p ? p.mexican.value : null;
  if (what === 'share') return p ? shareOf(p) : null;
  return what === 'remittances' ? (area.remittances[year] ?? null) : null;
}

/**
 * Every value of a classed figure over its complete years: the population the breaks are drawn
 * from. Remittances per dwelling need the 2010 and 2020 editions' dwellings.
 */
export function measureValues(asset: DiasporaAsset, what: Classed, dwellings?: StateDwellings): number[] {
  if (what === 'remittancesPerDwelling' && !dwellings) throw new Error('measureValues: remittances per dwelling need the dwellings of the 2010 and 2020 editions');
  const measure: Measure = what === 'share' ? 'population' : what === 'remittancesPerDwelling' ? 'remittancesMx' : what;
  const partial = new Set(measure === 'population' ? [] : asset.partialYears[measure].map((p) => p.year));
  const years = asset.years[measure].filter((y) => !partial.has(y));
  const areas = measure === 'remittancesMx' ? asset.mxStates : asset.usStates;
  return areas.flatMap((a) => years.map((y) => valueOf(a, what, y, dwellings)).filter((v): v is number => v !== null));
}

export interface NationalPopulation {
  /** Sum of the Mexican-origin estimates. */
  mexican: number;
  /** Root of the sum of squared state margins (Census approximation for a sum); null margins count as 0. */
  moe: number;
  /** Sum of total population. */
  total: number;
  /** Areas summed, and how many of them had no numeric margin. */
  areas: number;
  nullMoes: number;
}

/**
 * National Mexican-origin population for a year: 50 states + DC, which is the ACS "United
 * States" (Puerto Rico is surveyed separately; add it with `includePuertoRico`). A null margin
 * contributes 0: true for controlled estimates, an understatement for the other codes, which
 * is why `nullMoes` is reported. Null when the year has no data.
 */
export function nationalPopulation(asset: DiasporaAsset, year: number, options: { includePuertoRico?: boolean } = {}): NationalPopulation | null {
  const rows = asset.usStates.filter((s) => (options.includePuertoRico || s.fips !== '72') && s.population[year]);
  if (rows.length === 0) return null;
  let mexican = 0, squares = 0, total = 0, nullMoes = 0;
  for (const s of rows) {
    const p = s.population[year];
    mexican += p.mexican.value;
    total += p.total.value;
    if (p.mexican.moe === null) nullMoes++;
    else squares += p.mexican.moe ** 2;
  }
  return { mexican, moe: Math.sqrt(squares), total, areas: rows.length, nullMoes };
}

/** Rounds to 2 significant digits, so legend labels read "1,200,000" rather than "1,187,234". */
function nice(x: number): number {
  if (x === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / step) * step;
}

/**
 * Quantile class breaks over a set of values (meant to be every year at once, so a colour
 * means the same amount in every year): `[min, t1, …, t(k-1), max]`, inner thresholds rounded
 * to 2 significant digits. Thresholds that would not increase are dropped, so fewer classes
 * come back when the values have few distinct levels. Empty input gives [].
 */
export function fixedBreaks(values: number[], classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new Error(`fixedBreaks: classes must be a positive integer, got ${classes}`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  const breaks = [min];
  for (let k = 1; k < classes; k++) {
    const t = nice(sorted[Math.floor((k * sorted.length) / classes)]);
    if (t > breaks[breaks.length - 1] && t < max) breaks.push(t);
  }
  if (max > min) breaks.push(max);
  return breaks;
}

/**
 * Class of a value: i such that breaks[i] ≤ value < breaks[i+1]; the maximum falls in the
 * last class and values outside the range are clamped to the first or last. Null for no
 * value or no breaks.
 */
export function classify(value: number | null | undefined, breaks: number[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || breaks.length === 0) return null;
  const last = Math.max(0, breaks.length - 2);
  let i = 0;
  while (i < last && value >= breaks[i + 1]) i++;
  return i;
}
