/**
 * Ranks as Conapo publishes them (2010: national and in-state; 2020: national), checked
 * against the index before they replace the ranks computed from it. Conapo ranks on the
 * unrounded index, so municipalities that tie at the published precision get consecutive
 * ranks in an order the file cannot show: a published rank is consistent when it falls inside
 * the places its tie spans (1 to 3 places in Conapo's files).
 */
import { EDITION_INFO, type Edition } from '../geo/editions';
import { rankByIndex } from '../geo/ranking';
import type { Municipality } from '../geo/types';
import type { PublishedRanks } from './conapo-fields';
import { DataBuildError } from './errors';

type Scope = keyof Municipality['rank'];

/** The file and the column of each rank it publishes; a scope without a column keeps the computed rank. */
export interface RankSource {
  file: string;
  columns: Partial<Record<Scope, string>>;
}

/**
 * Checks the published ranks and returns the rows with them in place of the computed ones.
 * Stops the build when a Nulo municipality has a rank, another has none (so the ranked count
 * is the non-Nulo count), or a rank lies outside the places its index gives it in the
 * edition's direction (2010: descending IIM_2010; 2020: ascending iim_dp2).
 */
export function applyPublishedRanks(edition: Edition, rows: Municipality[], published: PublishedRanks, source: RankSource): Municipality[] {
  const { file, columns } = source;
  const scopes = (Object.keys(columns) as Scope[]).filter((s) => columns[s]);
  const fix = `use the unmodified Conapo ${edition} file listed in data/SHA256SUMS; if Conapo republished it, check its ranks against its index`;
  const fail = (id: string, problem: string): never => {
    throw new DataBuildError(file, problem, fix, `key ${id}`);
  };
  const rankOf = (id: string) => published.get(id) ?? fail(id, 'has no published rank entry');

  for (const m of rows) {
    for (const scope of scopes) {
      const r = rankOf(m.id)[scope];
      if (m.degree === 'nulo' && r !== null) fail(m.id, `${m.name} is Nulo but has ${columns[scope]} ${r}: Conapo ranks no Nulo municipality`);
      if (m.degree !== 'nulo' && r === null) fail(m.id, `${m.name} has no ${columns[scope]} although its degree is ${m.degree}`);
    }
  }

  // Nulo rows carry an index in 2010 (-1.1644) but no rank: the places are counted without them.
  const ranked = rows.filter((m) => m.degree !== 'nulo');
  const places = rankByIndex(ranked, EDITION_INFO[edition].higherIsMore);
  const tieSize = new Map<string, number>();
  const tieKey = (m: Municipality, scope: Scope) => `${scope === 'inState' ? m.state : ''}|${m.index}`;
  for (const m of ranked) for (const scope of scopes) tieSize.set(tieKey(m, scope), (tieSize.get(tieKey(m, scope)) ?? 0) + 1);
  for (const m of ranked) {
    for (const scope of scopes) {
      const r = rankOf(m.id)[scope]!;
      const first = places.get(m.id)![scope] ?? fail(m.id, `${m.name} has no index to check its ${columns[scope]} against`);
      const last = first + tieSize.get(tieKey(m, scope))! - 1;
      if (r < first || r > last) {
        const within = scope === 'inState' ? ` in state ${m.state}` : '';
        const expected = first === last ? `place ${first}` : `places ${first}–${last} (tied with ${last - first} other${last - first > 1 ? 's' : ''})`;
        fail(m.id, `${columns[scope]} ${r} of ${m.name} is out of the index's order: its index ${m.index} gives it ${expected}${within}`);
      }
    }
  }
  return rows.map((m) => {
    const r = rankOf(m.id);
    return { ...m, rank: { national: columns.national ? r.national : m.rank.national, inState: columns.inState ? r.inState : m.rank.inState } };
  });
}
