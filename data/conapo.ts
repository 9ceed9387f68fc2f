import { degreeFromSourceLabel } from '../geo/degrees';
import type { Municipality } from '../geo/types';
import { parseCsvRecords } from './csv';
import { DataBuildError } from './errors';

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
  const records = parseCsvRecords(text);
  const header = Object.keys(records[0]?.values ?? {});
  const missing = Object.values(COLUMNS).filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataBuildError(file, `missing column(s) ${missing.join(', ')}`, FIX, 'header');
  }
  const seen = new Set<string>();
  return records.map(({ line, values }) => {
    const where = `line ${line}`;
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, FIX, where);
    };
    const int = (column: string) => {
      const raw = values[column].trim();
      if (!/^\d+$/.test(raw)) fail(`${column} is not a whole number: "${raw}"`);
      return Number(raw);
    };
    const num = (column: string) => {
      const raw = values[column].trim();
      // Plain decimals only: Number() alone would also take "0x10" or "Infinity".
      if (!/^-?\d+(\.\d+)?$/.test(raw)) fail(`${column} is not a number: "${raw}"`);
      return Number(raw);
    };
    const percent = (column: string) => {
      const n = num(column);
      if (n < 0 || n > 100) fail(`${column} is not a percentage: ${n}`);
      return n;
    };
    const stateCode = int(COLUMNS.state);
    const munCode = int(COLUMNS.municipality);
    if (stateCode < 1 || stateCode > 32) fail(`state code ${stateCode} is not 1–32`);
    if (munCode < 1 || munCode > 999) fail(`municipality code ${munCode} is not 1–999`);
    const state = String(stateCode).padStart(2, '0');
    const id = state + String(munCode).padStart(3, '0');
    if (seen.has(id)) fail(`municipality ${id} appears twice`);
    seen.add(id);
    const degree = degreeFromSourceLabel(values[COLUMNS.degree]);
    if (!degree) fail(`unknown degree "${values[COLUMNS.degree]}"`);
    const name = values[COLUMNS.name].trim();
    if (!name) fail('empty municipality name');
    // Conapo gives Nulo municipalities no index; the copy writes 0.0 there.
    const index = degree === 'nulo' ? null : num(COLUMNS.index);
    return {
      id,
      name,
      state,
      degree: degree!,
      index,
      remittances: percent(COLUMNS.remittances),
      emigrants: percent(COLUMNS.emigrants),
      circular: percent(COLUMNS.circular),
      returnMigrants: percent(COLUMNS.returnMigrants),
      homes: int(COLUMNS.homes),
    };
  });
}
