import type { Degree } from './degrees';

/**
 * One municipality in one edition of Conapo's index of migration intensity, joined with
 * the population of the census of the same year (INEGI 2000, 2010 or 2020).
 */
export interface Municipality {
  /** CVEGEO, 5 characters: state code (2) + municipality code (3), e.g. "14039". */
  id: string;
  /** Name as Conapo writes it in the edition ("Llano, El" in 2000), trimmed. */
  name: string;
  /** State key, 2 characters ("14"). */
  state: string;
  degree: Degree;
  /** Conapo's index value; null where Conapo gives none (degree Nulo in 2000 and 2020). Comparable only within an edition. */
  index: number | null;
  /** Rank by intensity, 1 = most intense, in the country and in the state; null for municipalities without a rank (Nulo). */
  rank: { national: number | null; inState: number | null };
  /** % of households (2000) or dwellings (2010, 2020) receiving remittances. */
  remittances: number;
  /** % with emigrants to the US in the five years before the census. */
  emigrants: number;
  /** % with circular migrants. */
  circular: number;
  /** % with return migrants. */
  returnMigrants: number;
  /** Households (2000) or dwellings — viviendas — (2010, 2020), as Conapo's file counts them. */
  homes: number;
  /** Total population, INEGI census of the edition's year. */
  population: number;
}

/** INEGI's 32 state codes, "01" … "32": the key of every Mexican state in every file and link. */
export const STATE_IDS: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0'));

export interface MexicanState {
  /** INEGI state code, 2 characters ("32"). */
  id: string;
  name: string;
  /** Extent of its municipalities, [west, south, east, north] in degrees. */
  bbox: [west: number, south: number, east: number, north: number];
}
