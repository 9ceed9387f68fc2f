/**
 * Change between two editions of the index: the transition table (degree in the earlier
 * edition × degree in the later one), each municipality's change of degree and of national
 * rank, and the change of the four components in percentage points.
 *
 * Degrees, ranks and the four percentages compare across editions; index values do not
 * (each edition is scaled within its own year, and 2020 uses another method).
 */
import { DEGREES, type Degree } from './degrees';
import type { EditionData } from './editions';
import type { Municipality } from './types';
import type { ChangeMeasure } from './view-state';

/** Steps of intensity from one degree to another: +1 = one degree more intense (Alto → Muy alto), −1 one less. */
export const degreeSteps = (from: Degree, to: Degree): number => DEGREES.indexOf(from) - DEGREES.indexOf(to);

export const COMPONENT_OF: Record<ChangeMeasure, 'remittances' | 'emigrants' | 'circular' | 'returnMigrants'> = {
  rem: 'remittances',
  emig: 'emigrants',
  circ: 'circular',
  ret: 'returnMigrants',
};

export interface Transition {
  /** cells[i][j]: municipalities of degree DEGREES[i] in the earlier edition and DEGREES[j] in the later one. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  /** Municipalities in both editions. */
  total: number;
  /** In the later edition only (created in between) and in the earlier one only. */
  onlyLater: number;
  onlyEarlier: number;
}

/** The transition table over the municipalities `ids` (the current filter's scope). */
export function transitionTable(ids: Iterable<string>, earlier: EditionData, later: EditionData): Transition {
  const cells = DEGREES.map(() => DEGREES.map(() => 0));
  let [onlyLater, onlyEarlier] = [0, 0];
  for (const id of ids) {
    const [a, b] = [earlier.byId.get(id), later.byId.get(id)];
    if (a && b) cells[DEGREES.indexOf(a.degree)][DEGREES.indexOf(b.degree)]++;
    else if (b) onlyLater++;
    else if (a) onlyEarlier++;
  }
  const rowTotals = cells.map((row) => row.reduce((s, c) => s + c, 0));
  const columnTotals = DEGREES.map((_, j) => cells.reduce((s, row) => s + row[j], 0));
  return { cells, rowTotals, columnTotals, total: rowTotals.reduce((s, c) => s + c, 0), onlyLater, onlyEarlier };
}

export interface Change {
  id: string;
  earlier: Municipality;
  later: Municipality;
  /** Degree steps, + = more intense. */
  steps: number;
  /** Places climbed in the national ranking (earlier rank − later rank), + = more intense; null when either has no rank. */
  rankChange: number | null;
}

/** The change of every municipality of `ids` present in both editions. */
export function changesOf(ids: Iterable<string>, earlier: EditionData, later: EditionData): Change[] {
  const out: Change[] = [];
  for (const id of ids) {
    const [a, b] = [earlier.byId.get(id), later.byId.get(id)];
    if (!a || !b) continue;
    const rankChange = a.rank.national === null || b.rank.national === null ? null : a.rank.national - b.rank.national;
    out.push({ id, earlier: a, later: b, steps: degreeSteps(a.degree, b.degree), rankChange });
  }
  return out;
}

/** Largest rises first: by degree steps, then by places climbed in the national rank, then by id. */
export function largestRises(changes: Change[]): Change[] {
  return changes.filter((c) => c.steps > 0 || (c.steps === 0 && (c.rankChange ?? 0) > 0)).sort((a, b) => b.steps - a.steps || (b.rankChange ?? 0) - (a.rankChange ?? 0) || a.id.localeCompare(b.id));
}

/** Largest falls first: by degree steps lost, then by places lost in the national rank, then by id. */
export function largestFalls(changes: Change[]): Change[] {
  return changes.filter((c) => c.steps < 0 || (c.steps === 0 && (c.rankChange ?? 0) < 0)).sort((a, b) => a.steps - b.steps || (a.rankChange ?? 0) - (b.rankChange ?? 0) || a.id.localeCompare(b.id));
}

/** Change of one component between the editions, in percentage points (later − earlier). */
export const componentChange = (c: Pick<Change, 'earlier' | 'later'>, measure: ChangeMeasure): number => c.later[COMPONENT_OF[measure]] - c.earlier[COMPONENT_OF[measure]];

/** Diverging classes of degree change: ≤ −2, −1, 0, +1, ≥ +2 steps (index 0 = largest fall). */
export const stepClass = (steps: number): number => Math.max(0, Math.min(4, steps + 2));

/**
 * Fixed class breaks of a component's change, percentage points: the same on every map so a
 * colour means the same change everywhere: < −10, −10 to −3, −3 to −1, −1 to 1, 1 to 3, 3 to 10, > 10.
 */
export const POINT_BREAKS = [-10, -3, -1, 1, 3, 10] as const;
export function pointClass(points: number): number {
  const i = POINT_BREAKS.findIndex((b) => points < b);
  // −1 to 1 is one class, closed at both ends: "about unchanged".
  if (points === 1) return 3;
  return i === -1 ? POINT_BREAKS.length : i;
}
