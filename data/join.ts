import type { Municipality } from '../geo/types';
import type { ConapoMunicipality } from './conapo';
import { DataBuildError } from './errors';

/** Joins the census population onto a Conapo edition's rows by CVEGEO; both must cover the same keys. */
export function joinPopulation(
  conapo: ConapoMunicipality[],
  population: Map<string, number>,
  files: { conapo: string; inegi: string },
): Omit<Municipality, 'rank'>[] {
  const joined = conapo.map((m) => {
    const p = population.get(m.id);
    if (p === undefined) {
      throw new DataBuildError(files.inegi, `no population for municipality ${m.id} (${m.name}) of ${files.conapo}`, 'use the census file listed in data/SHA256SUMS for that edition', `key ${m.id}`);
    }
    return { ...m, population: p };
  });
  const conapoKeys = new Set(conapo.map((m) => m.id));
  const extra = [...population.keys()].filter((id) => !conapoKeys.has(id));
  if (extra.length > 0) {
    throw new DataBuildError(files.inegi, `${extra.length} municipalities are not in ${files.conapo}: ${extra.slice(0, 10).join(', ')}`, 'use the census file listed in data/SHA256SUMS for that edition', `key ${extra[0]}`);
  }
  return joined;
}
