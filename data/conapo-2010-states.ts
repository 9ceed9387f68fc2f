/**
 * Conapo's 2010 index components by state (`IIM_datos.csv`, ISO-8859-1, CRLF), and the
 * cross-check of the municipal file against it: the municipal dwellings of each state must add
 * up to the state's exactly, and their dwelling-weighted percentages must give the state's.
 */
import type { ConapoMunicipality } from './conapo';
import { commonFields, readConapoRecords } from './conapo-fields';
import { DataBuildError } from './errors';

const COLUMNS = {
  state: 'cvegeo',
  name: 'entidad',
  homes: 'vivienda',
  remittances: 'remesas',
  emigrants: 'emigrantes',
  circular: 'circulares',
  returnMigrants: 'retorno',
} as const;

const COMPONENTS = ['remittances', 'emigrants', 'circular', 'returnMigrants'] as const;
type Component = (typeof COMPONENTS)[number];

export type Conapo2010State = { id: string; name: string; homes: number } & Record<Component, number>;

/**
 * How far a weighted mean of the municipal percentages may be from the state's: the municipal
 * values are rounded to two decimals, so the means drift a little (0.0123 points at most in
 * Conapo's files, Tamaulipas' remittances); a tenth of a point would hide a wrong row.
 */
export const STATE_MEAN_TOLERANCE = 0.02;

/** Parses the state file (already decoded): one row per state, keyed by the 2-character code. */
export function parseConapo2010States(text: string, file: string): Conapo2010State[] {
  const fix = 'use the unmodified Conapo 2010 state file listed in data/SHA256SUMS (ISO-8859-1)';
  return readConapoRecords(text, { file, columns: Object.values(COLUMNS), fix, what: 'state' }, (f) => {
    const code = f.int(COLUMNS.state);
    if (code < 1 || code > 32) f.fail(`state code ${code} is not 1–32`);
    return {
      id: String(code).padStart(2, '0'),
      ...commonFields(f, COLUMNS),
    };
  });
}

/** Stops the build, naming the state, unless every state of the municipal file matches the state file. */
export function checkStates2010(municipalities: ConapoMunicipality[], states: Conapo2010State[], files: { conapo: string; state: string }) {
  const fix = `the municipal file (${files.conapo}) and the state file disagree: use the unmodified Conapo 2010 files listed in data/SHA256SUMS`;
  const byState = new Map<string, ConapoMunicipality[]>(states.map((s) => [s.id, []]));
  for (const m of municipalities) {
    const members = byState.get(m.state);
    if (!members) throw new DataBuildError(files.state, `has no row for state ${m.state}, where ${files.conapo} places ${m.id} (${m.name})`, fix, `state ${m.state}`);
    members.push(m);
  }
  for (const s of states) {
    const members = byState.get(s.id)!;
    const fail = (problem: string): never => {
      throw new DataBuildError(files.state, `state ${s.id} (${s.name}): ${problem}`, fix, `state ${s.id}`);
    };
    const homes = members.reduce((sum, m) => sum + m.homes, 0);
    if (homes !== s.homes) fail(`its municipalities' dwellings add up to ${homes.toLocaleString('en')}, the state file says ${s.homes.toLocaleString('en')} (off by ${(homes - s.homes).toLocaleString('en')})`);
    for (const c of COMPONENTS) {
      const mean = members.reduce((sum, m) => sum + m[c] * m.homes, 0) / homes;
      // Written so that NaN (a state without dwellings) fails too.
      if (!(Math.abs(mean - s[c]) <= STATE_MEAN_TOLERANCE)) {
        fail(`the dwelling-weighted mean of its municipalities' ${c} is ${mean.toFixed(4)} %, the state file's ${COLUMNS[c]} says ${s[c]} % (more than ${STATE_MEAN_TOLERANCE} points apart)`);
      }
    }
  }
}
