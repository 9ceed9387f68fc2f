/**
 * Conapo's 2020 municipal index (`iim_mex_eeuu_2020_municipio.csv`, UTF-8): dwellings, the
 * four components in % of dwellings (unrounded), the DP2 index — where a LOWER value means
 * MORE intensity —, the degree and the national rank Conapo publishes.
 */
import type { Degree } from '../geo/degrees';
import type { ConapoMunicipality } from './conapo';
import { commonFields, readConapoRecords, type PublishedRanks } from './conapo-fields';
import { DataBuildError } from './errors';

const COLUMNS = {
  state: 'cve_ent',
  municipality: 'cve_mun',
  name: 'nom_mun',
  homes: 'viv_tot',
  remittances: 'viv_rem',
  emigrants: 'viv_emig',
  circular: 'viv_circ',
  returnMigrants: 'viv_ret',
  index: 'iim_dp2',
  degree: 'gim_dp2',
  rankNational: 'pos_nal',
} as const;

export const RANK_COLUMNS_2020 = { national: COLUMNS.rankNational } as const;

const DEGREE_LABELS: Record<string, Degree> = {
  'Muy alto': 'muy-alto',
  Alto: 'alto',
  Medio: 'medio',
  Bajo: 'bajo',
  'Muy bajo': 'muy-bajo',
  Nulo: 'nulo',
};

const FIX = 'use the unmodified Conapo 2020 file listed in data/SHA256SUMS (UTF-8)';

/** The copy this file came from calls it Latin-1; it is UTF-8, and a byte that is not must stop the build. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataBuildError(file, 'is not valid UTF-8', FIX);
  }
}

/**
 * Parses the 2020 municipal file. `cve_mun` carries the state code (1001 = "01001") and must
 * agree with `cve_ent`; `pos_nal` is a whole number written as a float ("1020.0"). Nulo rows
 * have no index (a blank cell), and only they may; whether the blank ranks are exactly the
 * Nulo rows is checked with the ranks' order (published-ranks.ts).
 */
export function parseConapo2020(text: string, file: string): { rows: ConapoMunicipality[]; ranks: PublishedRanks } {
  const ranks: PublishedRanks = new Map();
  const rows = readConapoRecords(text, { file, columns: Object.values(COLUMNS), fix: FIX, what: 'municipality' }, (f) => {
    const stateCode = f.int(COLUMNS.state);
    const code = f.int(COLUMNS.municipality);
    if (Math.floor(code / 1000) !== stateCode) f.fail(`${COLUMNS.municipality} ${code} does not start with the state code ${stateCode}`);
    const key = f.cvegeo(stateCode, code % 1000);
    const label = f.raw(COLUMNS.degree);
    const degree = Object.hasOwn(DEGREE_LABELS, label) ? DEGREE_LABELS[label] : f.fail(`unknown degree "${label}"`);
    const nulo = degree === 'nulo';
    if ((f.raw(COLUMNS.index) === '') !== nulo) f.fail(nulo ? `a Nulo municipality has an index: "${f.raw(COLUMNS.index)}"` : `${COLUMNS.index} is blank although the degree is ${label}`);
    const rawRank = f.raw(COLUMNS.rankNational);
    if (rawRank !== '' && !/^[1-9]\d*(\.0+)?$/.test(rawRank)) f.fail(`${COLUMNS.rankNational} is not a rank: "${rawRank}"`);
    ranks.set(key.id, { national: rawRank === '' ? null : Number(rawRank), inState: null });
    return {
      ...key,
      degree,
      index: nulo ? null : f.num(COLUMNS.index),
      ...commonFields(f, COLUMNS),
    };
  });
  return { rows, ranks };
}
