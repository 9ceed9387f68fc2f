/** Median and spread of repeated measurements, and number formatting for the tables. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** null when no run produced a value (e.g. every run timed out). */
export function spread(values: (number | null | undefined)[]): Spread | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function fmtBytes(b: number): string {
  return b >= MB ? `${(b / MB).toFixed(2)} MB` : `${(b / KB).toFixed(1)} KB`;
}

/** "median (min–max)" with a unit formatter; a single run prints just the value. */
export function fmtSpread(s: Spread | null, fmt: (x: number) => string): string {
  if (!s) return 'n/a';
  if (s.n === 1 || s.min === s.max) return fmt(s.median);
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

export const fmtMs = (x: number) => `${Math.round(x)} ms`;
export const fmtS = (x: number) => `${(x / 1000).toFixed(2)} s`;
export const fmtNum = (digits: number) => (x: number) => x.toFixed(digits);

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
}

export const fmtRatio = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
