/**
 * The diaspora selector: (asset, dwellings by state, view) → what the US and remittance layers,
 * their legends and panels show. Pure; classes come from breaks fixed over all years, so
 * a colour means the same amount in every year.
 *
 * A partial year (Banxico's current year: 2026 has only Q1) is never classed: its sums are a
 * few quarters, and remittances are seasonal (Q1 brought 21–24 % of each year's US total in
 * 2013–2025, not 25 %), so neither the annual breaks nor breaks scaled by quarters/4 would
 * colour it honestly. It stays selectable; the map leaves it grey and the panels say which
 * quarters it has. The layers open on the latest complete year.
 */
import { classify, DIASPORA_CLASSES, dwellingEditionFor, nationalPopulation, perDwelling, shareOf, type DiasporaAsset, type DwellingEdition, type PartialYear, type StateDwellings, type UsStateDiaspora } from './diaspora';
import { competitionRanks } from './ranking';
import type { MxMeasure, UsMeasure } from './view-state';

/**
 * Sequential palette for the US and remittance layers (ColorBrewer YlGnBu, colour-blind
 * safe), deliberately unlike the intensity palette so the two maps are not confused.
 */
export const DIASPORA_COLORS = [
  [255, 255, 204],
  [199, 233, 180],
  [127, 205, 187],
  [65, 182, 196],
  [44, 127, 184],
  [37, 52, 148],
] as const satisfies readonly (readonly [number, number, number])[] & { length: typeof DIASPORA_CLASSES };

/** Areas without a class (no value, or a partial year): the same grey on the map, in the lists and in the PNG legend. */
export const DIASPORA_NO_CLASS = [225, 225, 225] as const;

export type Unit = 'persons' | 'percent' | 'usd' | 'usdPerHousehold';

export interface AreaValue {
  /** FIPS (US) or INEGI code (Mexico). */
  id: string;
  name: string;
  value: number;
  /** 90 % margin of error (ACS estimates only). */
  moe: number | null;
  rank: number;
  cls: number | null;
}

export interface LayerView {
  year: number;
  years: number[];
  /** Set when the year's quarters are incomplete (Banxico's current year): then no area is classed. */
  partial: PartialYear | null;
  unit: Unit;
  breaks: number[];
  /** Largest first. */
  areas: AreaValue[];
  byId: Map<string, AreaValue>;
}

export interface SeriesPoint {
  year: number;
  value: number;
  moe: number | null;
}

export interface UsStateDetails extends AreaValue {
  /** Mexican-origin share of the state's population, % with its margin of error (ACS years only). */
  share: { value: number; moe: number | null } | null;
  of: number;
  series: SeriesPoint[];
}

export interface DiasporaView {
  /** The year the control shows, and its range (the US layer's years, else the Mexican one's). */
  year: number;
  years: number[];
  /** Set when the control's year is incomplete in the layer whose years the control shows. */
  partial: PartialYear | null;
  us: (LayerView & { measure: UsMeasure }) | null;
  /** `dwellingsOf`: for remittances per dwelling, the edition whose dwellings divide the year's remittances. */
  mx: (LayerView & { measure: MoneyMeasure; dwellingsOf: DwellingEdition | null }) | null;
  usSelected: UsStateDetails | null;
  /** National figure of the US measure: sum of states (ACS: 50 states + DC, margins combined as √Σmoe²). */
  national: { value: number; moe: number | null; unidentified: number | null } | null;
}

/** Census approximation for the margin of a proportion p = x / y (falls back to the ratio formula). */
export function proportionMoe(x: number, moeX: number, y: number, moeY: number | null): number {
  const p = x / y;
  const radicand = moeX ** 2 - p ** 2 * (moeY ?? 0) ** 2;
  return Math.sqrt(radicand >= 0 ? radicand : moeX ** 2 + p ** 2 * (moeY ?? 0) ** 2) / y;
}

type Value = { value: number; moe: number | null } | null;

function usValue(s: UsStateDiaspora, measure: UsMeasure, year: number): Value {
  const p = s.population[year];
  if (measure === 'rem') return s.remittances[year] === undefined ? null : { value: s.remittances[year], moe: null };
  if (!p) return null;
  if (measure === 'pop') return { value: p.mexican.value, moe: p.mexican.moe };
  const moe = p.mexican.moe === null ? null : proportionMoe(p.mexican.value, p.mexican.moe, p.total.value, p.total.moe) * 100;
  return { value: shareOf(p), moe };
}

/**
 * Largest first, with the atlas's one ranking (ties share a rank: 1, 2, 2, 4), each classed
 * against the fixed breaks — unless the year is partial (see above): then none is.
 */
function rank(rows: Omit<AreaValue, 'rank' | 'cls'>[], breaks: number[], partial: PartialYear | null): AreaValue[] {
  const ranks = competitionRanks(rows, (r) => r.value, (r) => r.id, 'highest');
  return rows
    .filter((r) => ranks.has(r.id))
    .map((r) => ({ ...r, rank: ranks.get(r.id)!, cls: partial ? null : classify(r.value, breaks) }))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A layer's years (partial ones included), its fixed breaks, and which of its years are partial. */
export interface Scale {
  years: number[];
  breaks: number[];
  partial: PartialYear[];
}

/** Precomputed per asset: breaks for every measure (fixed across years) and year lists. */
export interface DiasporaScales {
  us: Record<UsMeasure, Scale>;
  mx: Record<MoneyMeasure, Scale>;
}

const partialIn = (scale: Scale, year: number) => scale.partial.find((p) => p.year === year) ?? null;

/** The year asked for, or the nearest one the layer has; none asked for: its latest complete year. */
function yearIn(scale: Scale, year: number | null): number {
  const { years } = scale;
  if (year === null) return [...years].reverse().find((y) => !partialIn(scale, y)) ?? years[years.length - 1];
  return years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best), years[0]);
}

/** The Mexican measures that are about money (the others, regions, come with the circuits). */
export type MoneyMeasure = Extract<MxMeasure, 'rem' | 'remhh'>;
export const isMoneyMeasure = (m: MxMeasure | null): m is MoneyMeasure => m === 'rem' || m === 'remhh';

/** Every layer's breaks, as the build computed them (fixed over all complete years), and its years. */
export function diasporaScales(asset: DiasporaAsset): DiasporaScales {
  const { remittances, remittancesMx } = asset.partialYears;
  return {
    us: {
      pop: { years: asset.years.population, breaks: asset.breaks.population, partial: [] },
      share: { years: asset.years.population, breaks: asset.breaks.share, partial: [] },
      rem: { years: asset.years.remittances, breaks: asset.breaks.remittances, partial: remittances },
    },
    mx: {
      rem: { years: asset.years.remittancesMx, breaks: asset.breaks.remittancesMx, partial: remittancesMx },
      remhh: { years: asset.years.remittancesMx, breaks: asset.breaks.remittancesPerDwelling, partial: remittancesMx },
    },
  };
}

export function selectDiaspora(
  asset: DiasporaAsset,
  scales: DiasporaScales,
  dwellings: StateDwellings | null,
  mxNames: Map<string, string>,
  view: { usMeasure: UsMeasure | null; mxMeasure: MxMeasure | null; year: number | null; usState: string | null },
): DiasporaView {
  // Per dwelling needs both editions' dwellings: until they load, the Mexican layer waits.
  const money = isMoneyMeasure(view.mxMeasure) && (view.mxMeasure === 'rem' || dwellings) ? view.mxMeasure : null;
  const control = view.usMeasure ? scales.us[view.usMeasure] : money ? scales.mx[money] : null;
  // No layer to take years from (per dwelling still loading): nothing is shown, the control neither.
  const year = control ? yearIn(control, view.year) : (view.year ?? 0);
  let us: DiasporaView['us'] = null;
  let usSelected: UsStateDetails | null = null;
  let national: DiasporaView['national'] = null;
  if (view.usMeasure) {
    const measure = view.usMeasure;
    const scale = scales.us[measure];
    const { years, breaks } = scale;
    const y = yearIn(scale, year);
    const rows = asset.usStates.flatMap((s) => {
      const v = usValue(s, measure, y);
      return v ? [{ id: s.fips, name: s.name, ...v }] : [];
    });
    const partial = partialIn(scale, y);
    const areas = rank(rows, breaks, partial);
    us = {
      measure, year: y, years, breaks, areas, byId: new Map(areas.map((a) => [a.id, a])), partial,
      unit: measure === 'pop' ? 'persons' : measure === 'share' ? 'percent' : 'usd',
    };
    const n = nationalPopulation(asset, y);
    if (measure === 'pop' && n) national = { value: n.mexican, moe: n.moe, unidentified: null };
    if (measure === 'share' && n) national = { value: (n.mexican / n.total) * 100, moe: null, unidentified: null };
    if (measure === 'rem') national = { value: rows.reduce((sum, r) => sum + r.value, 0), moe: null, unidentified: asset.unidentifiedRemittances[y] ?? null };
    const state = view.usState ? asset.usStates.find((s) => s.fips === view.usState) : undefined;
    const area = state && us.byId.get(state.fips);
    if (state && area) {
      const shareValue = usValue(state, 'share', y);
      usSelected = {
        ...area,
        of: areas.length,
        share: measure === 'rem' ? null : shareValue,
        // Complete years only: a quarter drawn next to full years would read as a collapse.
        series: years.filter((yy) => !partialIn(scale, yy)).flatMap((yy) => {
          const v = usValue(state, measure, yy);
          return v ? [{ year: yy, ...v }] : [];
        }),
      };
    }
  }
  let mx: DiasporaView['mx'] = null;
  if (money) {
    const measure = money;
    const scale = scales.mx[measure];
    const { years, breaks } = scale;
    const y = yearIn(scale, year);
    const rows = asset.mxStates.flatMap((s) => {
      const total = s.remittances[y];
      if (total === undefined) return [];
      const value = measure === 'rem' ? total : perDwelling(dwellings!, s.id, y, total);
      return [{ id: s.id, name: mxNames.get(s.id) ?? s.id, value, moe: null }];
    });
    const partial = partialIn(scale, y);
    const areas = rank(rows, breaks, partial);
    mx = {
      measure, year: y, years, breaks, areas, byId: new Map(areas.map((a) => [a.id, a])), partial,
      unit: measure === 'rem' ? 'usd' : 'usdPerHousehold',
      dwellingsOf: measure === 'remhh' ? dwellingEditionFor(y) : null,
    };
  }
  return { year, years: control?.years ?? [], partial: control ? partialIn(control, year) : null, us, mx, usSelected, national };
}
