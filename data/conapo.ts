import { degreeFromSourceLabel } from '../geo/degrees';
import type { Municipality } from '../geo/types';
import { commonFields, readConapoRecords } from './conapo-fields';

/** A row of a Conapo edition before the census population and the ranks are joined. */
export type ConapoMunicipality = Omit<Municipality, 'population' | 'rank'>;

/**
 * Column names of the `Migration.csv` copy of Conapo's `iim_base2000m.csv`. Its
 * `HOU_REM_LAST_5_YEARS` is mislabelled: it holds % households with emigrants to the
 * US 1995–2000 (Conapo's own file repeats the header `HOG_REM` there).
 */
const COLUMNS = {
  state: 'FE_ID',
  municipality: 'MUN_ID',
  name: 'MUN_NAME',
  homes: 'TOT_HUO',
  remittances: 'HOU_REM',
  emigrants: 'HOU_REM_LAST_5_YEARS',
  circular: 'HOU_CIR',
  returnMigrants: 'HOU_RET',
  index: 'IIM_2000',
  degree: 'GIM_2000',
} as const;

const FIX = 'use the unmodified Conapo 2000 file listed in data/SHA256SUMS';

/** Parses Conapo's 2000 municipal index; `file` names the source in error messages. */
export function parseConapo2000(text: string, file: string): ConapoMunicipality[] {
  return readConapoRecords(text, { file, columns: Object.values(COLUMNS), fix: FIX, what: 'municipality' }, (f) => {
    const key = f.cvegeo(f.int(COLUMNS.state), f.int(COLUMNS.municipality));
    const degree = degreeFromSourceLabel(f.raw(COLUMNS.degree)) ?? f.fail(`unknown degree "${f.raw(COLUMNS.degree)}"`);
    return {
      ...key,
      degree,
      // Conapo gives Nulo municipalities no index; the copy writes 0.0 there.
      index: degree === 'nulo' ? null : f.num(COLUMNS.index),
      ...commonFields(f, COLUMNS),
    };
  });
}
