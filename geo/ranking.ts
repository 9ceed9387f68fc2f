import type { Municipality } from './types';

export interface Ranks {
  /** 1 = highest index in the country; null for municipalities without an index (Nulo). */
  national: number | null;
  /** 1 = highest index in its state; null without an index. */
  inState: number | null;
  /** How many municipalities have a rank in the country / in the state. */
  nationalOf: number;
  inStateOf: number;
}

/** Highest index first; ties share a rank (competition ranking: 1, 2, 2, 4). */
function competitionRanks(rows: Municipality[]): Map<string, number> {
  const ranked = rows.filter((m) => m.index !== null).sort((a, b) => b.index! - a.index! || a.id.localeCompare(b.id));
  const ranks = new Map<string, number>();
  ranked.forEach((m, i) => {
    const previous = ranked[i - 1];
    ranks.set(m.id, previous && previous.index === m.index ? ranks.get(previous.id)! : i + 1);
  });
  return ranks;
}

/** Ranks of every municipality by Conapo's index, in the country and within its state. */
export function rankMunicipalities(rows: Municipality[]): Map<string, Ranks> {
  const national = competitionRanks(rows);
  const byState = new Map<string, Municipality[]>();
  for (const m of rows) {
    const members = byState.get(m.state);
    if (members) members.push(m);
    else byState.set(m.state, [m]);
  }
  const result = new Map<string, Ranks>();
  for (const members of byState.values()) {
    const inState = competitionRanks(members);
    const inStateOf = members.filter((m) => m.index !== null).length;
    for (const m of members) {
      result.set(m.id, { national: national.get(m.id) ?? null, inState: inState.get(m.id) ?? null, nationalOf: national.size, inStateOf });
    }
  }
  return result;
}

/**
 * Order of the ranked list: by index, highest first; municipalities without an index
 * (Nulo) come last, by name, since they have no place on the scale.
 */
export function compareByIndex(a: Municipality, b: Municipality): number {
  if (a.index === null || b.index === null) {
    if (a.index !== b.index) return a.index === null ? 1 : -1;
    return a.name.localeCompare(b.name, 'es') || a.id.localeCompare(b.id);
  }
  return b.index - a.index || a.id.localeCompare(b.id);
}
