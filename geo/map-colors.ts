/**
 * The colour of every municipal polygon for a view: one RGBA per polygon, in the atlas's
 * order. The map's fill layer only reads this array, so a filter, an edition switch or a
 * comparison recolours without rebuilding any geometry.
 */
import { componentChange, pointClass, stepClass } from './compare';
import { DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR, type Rgb } from './degrees';
import type { ViewOutput } from './select-view';
import type { ChangeMeasure } from './view-state';

/**
 * Degree change, ≤ −2 … ≥ +2 steps (ColorBrewer RdYlBu, colour-blind safe): blue = less
 * intense, pale yellow = unchanged, red = more intense.
 */
export const STEP_COLORS: readonly Rgb[] = [
  [44, 123, 182],
  [171, 217, 233],
  [255, 255, 191],
  [253, 174, 97],
  [215, 25, 28],
];

/** Component change in percentage points, the seven classes of POINT_BREAKS (RdYlBu, 7 classes): blue = fewer, red = more. */
export const POINT_COLORS: readonly Rgb[] = [
  [69, 117, 180],
  [145, 191, 219],
  [224, 243, 248],
  [255, 255, 191],
  [254, 224, 144],
  [252, 141, 89],
  [215, 48, 39],
];

/** What a polygon is coloured by: its degree, its change, or a grey. */
export function colourOf(id: string, output: ViewOutput, change: ChangeMeasure | null): Rgb {
  const { comparison, edition, kept } = output;
  if (comparison) {
    if (!comparison.earlier.byId.has(id) || !comparison.later.byId.has(id)) return NO_DATA_COLOR;
    const c = comparison.changes.get(id);
    if (!c) return FILTERED_OUT_COLOR;
    if (change === null) return STEP_COLORS[stepClass(c.steps)];
    return POINT_COLORS[pointClass(componentChange(c, change))];
  }
  const m = edition.byId.get(id);
  if (!m) return NO_DATA_COLOR;
  return kept.has(id) ? DEGREE_COLORS[m.degree] : FILTERED_OUT_COLOR;
}

export function municipalColors(ids: readonly string[], output: ViewOutput, change: ChangeMeasure | null): Uint8Array {
  const out = new Uint8Array(ids.length * 4);
  ids.forEach((id, i) => {
    const [r, g, b] = colourOf(id, output, change);
    out.set([r, g, b, 255], i * 4);
  });
  return out;
}
