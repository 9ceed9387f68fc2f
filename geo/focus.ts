/**
 * The extents the map flies to: either country, both, and the US areas far from the rest.
 * One definition for the focus buttons, the home view and the search (Alaska's Aleutians cross
 * the antimeridian, so its box stops at the mainland's west).
 */
import type { Bbox } from './bbox';

export type FocusKey = 'focusMexico' | 'focusUs' | 'focusBoth' | 'focusAlaska' | 'focusHawaii' | 'focusPuertoRico';

export const FOCUS: Record<FocusKey, Bbox> = {
  focusMexico: [-118.5, 14.2, -86.5, 33.2],
  focusUs: [-125, 24.3, -66.9, 49.4],
  focusBoth: [-125, 14.2, -66.9, 49.4],
  focusAlaska: [-170, 51, -129.9, 71.5],
  focusHawaii: [-160.3, 18.9, -154.8, 22.3],
  focusPuertoRico: [-67.3, 17.9, -65.2, 18.6],
};
