import { STATE_IDS } from '../geo/types';
import { parseCsvRecords } from './csv';
import { DataBuildError } from './errors';

export interface StateRegion {
  id: string;
  name: string;
  iso: string;
  regionConapo: string;
  regionDurandMassey: string;
}

/** The curated table of the 32 states and their two regionalizations of emigration. */
export function parseStateRegions(text: string, file: string): StateRegion[] {
  const states = parseCsvRecords(text).map(({ line, values }) => {
    const id = values.cve_ent?.trim();
    if (!/^\d{2}$/.test(id ?? '')) throw new DataBuildError(file, `cve_ent "${id}" is not 2 digits`, 'fix the curated table', `line ${line}`);
    return {
      id,
      name: values.nom_ent.trim(),
      iso: values.iso_3166_2.trim(),
      regionConapo: values.region_conapo.trim(),
      regionDurandMassey: values.region_durand_massey.trim(),
    };
  });
  if (states.length !== 32) throw new DataBuildError(file, `has ${states.length} states, expected 32`, 'restore the curated table');
  // Every lookup by state (regions of the circuits, names) relies on each of the 32 being here once.
  const ids = states.map((s) => s.id);
  const fail = (problem: string, key: string): never => {
    throw new DataBuildError(file, problem, 'fix the curated table: one row per INEGI state, 01 to 32', `key ${key}`);
  };
  for (const id of ids) if (!STATE_IDS.includes(id)) fail(`cve_ent "${id}" is not a state (01–32)`, id);
  for (const [i, id] of ids.entries()) if (ids.indexOf(id) !== i) fail(`state ${id} appears twice`, id);
  return states;
}
