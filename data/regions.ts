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
  return states;
}
