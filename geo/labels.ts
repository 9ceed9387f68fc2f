/**
 * The place-name asset (`labels.<hash>.json`) as the data build writes it and the browser
 * reads it: one label point per place (its pole of inaccessibility, so the name sits inside
 * the shape the map draws), the names in both languages where they differ, and what decides
 * which name wins a collision. Tables are stored column by column (parallel arrays, like
 * the atlas's municipal table): the keys are written once, not once per place.
 */
import type { Language } from './view-state';

export const LABELS_FORMAT = 1;

/** Kinds of place names; consulates come from the circuits asset, the others from the labels asset. */
export type LabelKind = 'country' | 'state' | 'municipality' | 'usState' | 'consulate';

/** Columns every table has; coordinates in degrees rounded to 4 decimals (~11 m). */
interface PointColumns {
  id: string[];
  lon: number[];
  lat: number[];
}

/** Countries of the base map's region; sorted by rank. */
export interface CountryColumns extends PointColumns {
  /** ISO 3166-1 numeric code, 3 digits, as in world-atlas ("484"). */
  id: string[];
  nameEs: string[];
  nameEn: string[];
  /** 1 = the largest labelled polygon (geodesic area of the part the label sits in). */
  rank: number[];
}

/** The 32 Mexican states; sorted by population, most populous first. */
export interface StateColumns extends PointColumns {
  /** INEGI state code, 2 digits. */
  id: string[];
  /** Short forms ("Michoacán", "Veracruz"); English only where English readers use another name ("Mexico City"). */
  nameEs: string[];
  nameEn: string[];
  /** INEGI census 2020, sum of the state's municipalities. */
  population: number[];
}

/** All 2,469 municipalities of the atlas topology; sorted by population, most populous first (ties by id). */
export interface MunicipalityColumns extends PointColumns {
  /** CVEGEO, 5 digits. */
  id: string[];
  /** INEGI census 2020 name, in natural order ("El Llano"); the same in both languages. */
  name: string[];
  /** INEGI census 2020 total population. */
  population: number[];
}

/** The 50 US states, DC and Puerto Rico; sorted by rank. */
export interface UsStateColumns extends PointColumns {
  /** FIPS code, 2 digits. */
  id: string[];
  nameEs: string[];
  nameEn: string[];
  /** 1 = the largest labelled polygon (geodesic area of the part the label sits in). */
  rank: number[];
}

export interface LabelsAsset {
  format: typeof LABELS_FORMAT;
  countries: CountryColumns;
  states: StateColumns;
  municipalities: MunicipalityColumns;
  usStates: UsStateColumns;
}

/** One place to name, decoded from the asset. */
export interface MapLabel {
  kind: LabelKind;
  /** Unique within its kind (ISO numeric, INEGI state code, CVEGEO, FIPS). */
  id: string;
  lon: number;
  lat: number;
  name: Record<Language, string>;
  /** Population where the asset has it (Mexican states and municipalities), else null. */
  population: number | null;
  /** Rank where the asset has it (countries and US states, 1 = largest), else null. */
  rank: number | null;
}

/** The asset's tables as one list of places, in the asset's order (the most important first within each kind). */
export function labelsOf(asset: LabelsAsset): MapLabel[] {
  const rows = (kind: LabelKind, t: PointColumns, name: (i: number) => Record<Language, string>, population?: number[], rank?: number[]) =>
    t.id.map((id, i) => ({ kind, id, lon: t.lon[i], lat: t.lat[i], name: name(i), population: population?.[i] ?? null, rank: rank?.[i] ?? null }));
  const { countries: c, states: s, municipalities: m, usStates: u } = asset;
  return [
    ...rows('country', c, (i) => ({ es: c.nameEs[i], en: c.nameEn[i] }), undefined, c.rank),
    ...rows('state', s, (i) => ({ es: s.nameEs[i], en: s.nameEn[i] }), s.population),
    ...rows('usState', u, (i) => ({ es: u.nameEs[i], en: u.nameEn[i] }), undefined, u.rank),
    ...rows('municipality', m, (i) => ({ es: m.name[i], en: m.name[i] }), m.population),
  ];
}

/**
 * Every character a label may draw, in both languages and in upper case (country names are
 * drawn in capitals): the font atlas must hold them all, or TextLayer draws a gap for "ñ".
 * Sorted, so the same asset always gives the same set.
 */
export function labelCharacters(labels: MapLabel[]): string[] {
  const chars = new Set<string>();
  for (const l of labels) {
    for (const text of [l.name.es, l.name.en]) {
      for (const ch of text) chars.add(ch);
      for (const ch of text.toLocaleUpperCase('es')) chars.add(ch);
    }
  }
  return [...chars].sort();
}
