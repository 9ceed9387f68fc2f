import type { Degree } from './degrees';

/** One municipality of Conapo's 2000 index joined with INEGI's 2000 census population. */
export interface Municipality {
  /** CVEGEO, 5 characters: state code (2) + municipality code (3), e.g. "14039". */
  id: string;
  /** Name as Conapo writes it in 2000 ("Llano, El"), trimmed. */
  name: string;
  /** State key, 2 characters ("14"). */
  state: string;
  degree: Degree;
  /** Conapo's index value; null where Conapo gives none (degree Nulo). */
  index: number | null;
  /** % of households receiving remittances. */
  remittances: number;
  /** % of households with emigrants to the US, 1995–2000. */
  emigrants: number;
  /** % of households with circular migrants. */
  circular: number;
  /** % of households with return migrants. */
  returnMigrants: number;
  /** Total households (Conapo, from the 2000 census). */
  households: number;
  /** Total population (INEGI, XII Censo General de Población y Vivienda 2000). */
  population: number;
}

export interface MexicanState {
  /** INEGI state code, 2 characters ("32"). */
  id: string;
  name: string;
  /** Extent of its municipalities, [west, south, east, north] in degrees. */
  bbox: [west: number, south: number, east: number, north: number];
}

