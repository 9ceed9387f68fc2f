/**
 * The one ranking function of the atlas: competition ranks (1, 2, 2, 4), ties sharing a
 * rank, for municipalities, US states and remittances alike.
 */
import type { Municipality } from './types';

/**
 * Ranks of the rows that have a value: `first: 'highest'` gives rank 1 to the largest value.
 * Ties share a rank and the next rank skips (1, 2, 2, 4). Rows without a value are absent
 * from the result. Equal values are ordered by id, so the order of the input never matters.
 */
export function competitionRanks<T>(rows: readonly T[], value: (row: T) => number | null, id: (row: T) => string, first: 'highest' | 'lowest'): Map<string, number> {
  const sign = first === 'highest' ? -1 : 1;
  const valued = rows.flatMap((row) => {
    const v = value(row);
    return v === null || !Number.isFinite(v) ? [] : [{ id: id(row), v }];
  });
  valued.sort((a, b) => sign * (a.v - b.v) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranks = new Map<string, number>();
  valued.forEach((r, i) => ranks.set(r.id, i > 0 && valued[i - 1].v === r.v ? ranks.get(valued[i - 1].id)! : i + 1));
  return ranks;
}

/**
 * Ranks of every municipality by its index, in the country and within its state; 1 = most
 * intense (`higherIsMore`: false for 2020's DP2 index, where a lower value is more intense).
 * Municipalities without an index (Nulo) get no rank.
 */
export function rankByIndex(rows: readonly Omit<Municipality, 'rank'>[], higherIsMore: boolean): Map<string, Municipality['rank']> {
  const first = higherIsMore ? 'highest' : 'lowest';
  const national = competitionRanks(rows, (m) => m.index, (m) => m.id, first);
  const inState = new Map<string, number>();
  const states = new Map<string, Omit<Municipality, 'rank'>[]>();
  for (const m of rows) {
    const members = states.get(m.state);
    if (members) members.push(m);
    else states.set(m.state, [m]);
  }
  for (const members of states.values()) for (const [id, r] of competitionRanks(members, (m) => m.index, (m) => m.id, first)) inState.set(id, r);
  return new Map(rows.map((m) => [m.id, { national: national.get(m.id) ?? null, inState: inState.get(m.id) ?? null }]));
}

/**
 * Order of the ranked list: by national rank, most intense first, ties by id; municipalities
 * without a rank (Nulo) come last, by name, since they have no place on the scale.
 */
export function compareByRank(a: Municipality, b: Municipality): number {
  const [ra, rb] = [a.rank.national, b.rank.national];
  if (ra === null || rb === null) {
    if (ra !== rb) return ra === null ? 1 : -1;
    return a.name.localeCompare(b.name, 'es') || a.id.localeCompare(b.id);
  }
  return ra - rb || a.id.localeCompare(b.id);
}
