import { DEGREES, type Degree } from './degrees';
import type { Municipality } from './types';

/** What the reader has narrowed the view to. */
export interface Filter {
  /** INEGI state code, or null for the whole country. */
  state: string | null;
  /** Degrees shown; all six by default. Kept in Conapo's order. */
  degrees: readonly Degree[];
}

export function matchesFilter(m: Municipality, filter: Filter): boolean {
  return (filter.state === null || m.state === filter.state) && filter.degrees.includes(m.degree);
}

/** Adds or removes one degree, keeping Conapo's order. */
export function toggleDegree(degrees: readonly Degree[], degree: Degree): Degree[] {
  const on = new Set(degrees);
  if (on.has(degree)) on.delete(degree);
  else on.add(degree);
  return DEGREES.filter((d) => on.has(d));
}
