/**
 * Which names may show at a zoom, in which language, how large and how important: the
 * input to label placement (geo/label-placement.ts) once the map has projected each point.
 *
 * Zooms are MapLibre's (512-px world). Mexico fills a 1400×900 map at zoom ≈ 4.1–4.8, a
 * state at ≈ 6.5–7.5. Thresholds, chosen so each view reads:
 * - countries up to 5.5: at state level the reader knows the country;
 * - Mexican states from 3 (both countries fill the map at ≈ 3.1; the largest names still fit)
 *   to 8 (a few municipalities fill the map);
 * - US states the same, only when a US layer or the circuits are on (so at ≈ 3.1 too);
 * - municipalities from 4, but only those with at least `municipalMinPopulation(zoom)`
 *   inhabitants (2,000,000 at 4, 1,000,000 at 4.5, 10,000 at 7, any from 9). Collisions
 *   alone would put a village's name in every empty stretch of desert at the national view;
 *   the requirement keeps there the handful of large cities a reader looks for, and lets
 *   most municipalities of a state be named at state level. On the real data at 1400×900
 *   this places 1 municipal name at 4.1, 4 at 4.5, 15 at 4.8, ~165 around Jalisco at 7.
 */
import type { LabelKind, MapLabel } from './labels';
import type { Language } from './view-state';

/** Zoom range [min, max) in which each kind of label may show. */
export const LABEL_ZOOMS: Readonly<Record<LabelKind, { min: number; max: number }>> = {
  country: { min: 0, max: 5.5 },
  state: { min: 3, max: 8 },
  usState: { min: 3, max: 8 },
  municipality: { min: 4, max: Infinity },
  consulate: { min: 3, max: Infinity },
};

/** Font size in px by kind: countries largest, municipalities smallest. */
export const LABEL_SIZES: Readonly<Record<LabelKind, number>> = { country: 14, state: 13, usState: 12, municipality: 11, consulate: 11 };

/**
 * Fewest inhabitants a municipality needs, at whole zooms; in between, interpolated on a log
 * scale (4.5 → 1,000,000, the geometric mean of its neighbours). Below the first zoom none is
 * named; from ALL_MUNICIPALITIES_ZOOM on, any may be (collisions still decide).
 */
const MIN_POPULATION_AT_ZOOM: readonly [zoom: number, population: number][] = [
  [4, 2_000_000],
  [5, 500_000],
  [6, 100_000],
  [7, 10_000],
  [8, 1_000],
];
export const ALL_MUNICIPALITIES_ZOOM = 9;

/** The fewest inhabitants a municipality needs to be a candidate at a zoom (Infinity below zoom 4, 0 from 9 on). */
export function municipalMinPopulation(zoom: number): number {
  if (zoom >= ALL_MUNICIPALITIES_ZOOM) return 0;
  const table = MIN_POPULATION_AT_ZOOM;
  if (zoom < table[0][0]) return Infinity;
  const next = table.findIndex(([z]) => z > zoom);
  // Past the last whole zoom its requirement holds until ALL_MUNICIPALITIES_ZOOM.
  if (next === -1) return table[table.length - 1][1];
  const [[z0, p0], [z1, p1]] = [table[next - 1], table[next]];
  return Math.round(p0 * (p1 / p0) ** ((zoom - z0) / (z1 - z0)));
}

/**
 * Priority tiers: a Mexican state's name wins over a country's (at the national view the
 * map is Mexico: "MÉXICO" across its middle would hide Zacatecas and Aguascalientes, while
 * below zoom 3, where no state is named, and beside Mexico the countries still are), a
 * country's over a US state's, a state's over a municipality's; within a tier the more
 * populous (or the larger, by rank) wins.
 */
export function labelPriority(label: MapLabel): number {
  switch (label.kind) {
    case 'state':
      return 4e9 + (label.population ?? 0);
    case 'country':
      return 3e9 - (label.rank ?? 1e6);
    case 'usState':
      return 2e9 - (label.rank ?? 1e6);
    case 'municipality':
    case 'consulate':
      return label.population ?? 0;
  }
}

/** A label ready to be projected: everything placement needs but the screen position. */
export interface GeoCandidate {
  id: string;
  kind: MapLabel['kind'];
  text: string;
  lon: number;
  lat: number;
  priority: number;
  size: number;
  /** Drawn beside its point rather than on it: the text starts this many px to the right. */
  gap?: number;
}

export interface CandidateOptions {
  zoom: number;
  lang: Language;
  /** A US layer or the circuits are shown: name the US states too. */
  usStates: boolean;
}

/** The text a label draws: its name in the page's language, countries in capitals. */
export function labelText(label: MapLabel, lang: Language): string {
  const name = label.name[lang];
  return label.kind === 'country' ? name.toLocaleUpperCase(lang) : name;
}

/** The labels that may show at this zoom, with their text, size and priority. */
export function labelCandidates(labels: readonly MapLabel[], { zoom, lang, usStates }: CandidateOptions): GeoCandidate[] {
  const minPopulation = municipalMinPopulation(zoom);
  const shown = (l: MapLabel) => {
    const range = LABEL_ZOOMS[l.kind];
    if (zoom < range.min || zoom >= range.max) return false;
    if (l.kind === 'usState') return usStates;
    if (l.kind === 'municipality') return (l.population ?? 0) >= minPopulation;
    return true;
  };
  return labels.filter(shown).map((l) => ({
    id: `${l.kind}:${l.id}`,
    kind: l.kind,
    text: labelText(l, lang),
    lon: l.lon,
    lat: l.lat,
    priority: labelPriority(l),
    size: LABEL_SIZES[l.kind],
  }));
}

/** A consulate of the circuits, with the cards it issued in the year shown. */
export interface ConsulatePlace {
  key: string;
  names: Record<Language, string>;
  lon: number;
  lat: number;
  cards: number;
  /** Radius of its symbol on the map, px. */
  radius: number;
}

/**
 * Consulates' names when the circuits are on, beside their symbols. They rank between
 * Mexican and US states (a consulate is what the arcs point at), the busiest first.
 */
export function consulateCandidates(consulates: readonly ConsulatePlace[], { zoom, lang }: Pick<CandidateOptions, 'zoom' | 'lang'>): GeoCandidate[] {
  if (zoom < LABEL_ZOOMS.consulate.min) return [];
  return consulates.map((c) => ({
    id: `consulate:${c.key}`,
    kind: 'consulate' as const,
    text: c.names[lang],
    lon: c.lon,
    lat: c.lat,
    priority: 2.5e9 + c.cards,
    size: LABEL_SIZES.consulate,
    gap: c.radius + 3,
  }));
}
