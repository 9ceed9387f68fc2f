/**
 * Conapo's six degrees of migration intensity (the same in the 2000, 2010 and 2020
 * editions), in Conapo's order, plus the map-only class for municipalities that did not
 * exist in an edition's year.
 * One scale object drives the map colours, the legend and every table: classes are
 * fixed and never recomputed when filtering.
 */

/** Degree codes in Conapo's order: 0 = Muy alto … 5 = Nulo. */
export const DEGREES = ['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo', 'nulo'] as const;
export type Degree = (typeof DEGREES)[number];

/** Conapo's own Spanish names. */
export const DEGREE_NAMES_ES: Record<Degree, string> = {
  'muy-alto': 'Muy alto',
  alto: 'Alto',
  medio: 'Medio',
  bajo: 'Bajo',
  'muy-bajo': 'Muy bajo',
  nulo: 'Nulo',
};

export const DEGREE_NAMES_EN: Record<Degree, string> = {
  'muy-alto': 'Very high',
  alto: 'High',
  medio: 'Medium',
  bajo: 'Low',
  'muy-bajo': 'Very low',
  nulo: 'Null',
};

/** The English relabels used by the Migration.csv copy of Conapo's file (`GIM_2000`). */
const FROM_SOURCE_LABEL: Record<string, Degree> = {
  'Very high': 'muy-alto',
  High: 'alto',
  Medium: 'medio',
  Low: 'bajo',
  'Very low': 'muy-bajo',
  Null: 'nulo',
};

/** Maps a `GIM_2000` label to a degree; undefined for anything else (the caller reports it). */
export function degreeFromSourceLabel(label: string): Degree | undefined {
  return Object.hasOwn(FROM_SOURCE_LABEL, label.trim()) ? FROM_SOURCE_LABEL[label.trim()] : undefined;
}

export type Rgb = readonly [r: number, g: number, b: number];

/**
 * A sequential palette sampled from "inferno" (perceptually uniform and readable with
 * the common colour-vision deficiencies); Nulo is the palest step, not a hue of its own,
 * because Conapo's Nulo means "no migration observed", the bottom of the same scale.
 */
export const DEGREE_COLORS: Record<Degree, Rgb> = {
  'muy-alto': [66, 10, 104],
  alto: [147, 38, 103],
  medio: [221, 81, 58],
  bajo: [249, 152, 31],
  'muy-bajo': [246, 215, 70],
  nulo: [252, 250, 222],
};

/** Municipalities on the 2020 map that did not exist in the edition's year: neutral, clearly not a degree. */
export const NO_DATA_COLOR: Rgb = [168, 168, 168];
/** Municipalities a filter leaves out stay on the map, in a light grey, so the country keeps its shape. */
export const FILTERED_OUT_COLOR: Rgb = [222, 222, 218];

export function isDegree(value: unknown): value is Degree {
  return typeof value === 'string' && (DEGREES as readonly string[]).includes(value);
}

export function rgbToHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');
}
