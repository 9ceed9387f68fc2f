/**
 * Conapo's 2010 municipal index (`IIM2010_BASEMUN.csv`, Conapo's own file name): dwellings
 * (viviendas), the four components in % of dwellings, the index (higher = more intense), the
 * degree and the ranks Conapo publishes. The caller decodes the file from ISO-8859-1.
 */
import type { Degree } from '../geo/degrees';
import type { ConapoMunicipality } from './conapo';
import { commonFields, readConapoRecords, type Fields, type PublishedRanks } from './conapo-fields';

const COLUMNS = {
  state: 'ENT',
  municipality: 'MUN',
  name: 'NOM_MUN',
  homes: 'TOT_VIV',
  remittances: 'VIV_REM',
  emigrants: 'VIV_EMIG',
  circular: 'VIV_CIRC',
  returnMigrants: 'VIV_RET',
  index: 'IIM_2010',
  degree: 'GIM_2010',
  rankInState: 'LUG_EDO',
  rankNational: 'LUG_NAL',
} as const;

/** The columns of the ranks the file publishes, for messages. */
export const RANK_COLUMNS_2010 = { national: COLUMNS.rankNational, inState: COLUMNS.rankInState } as const;

/** Degrees as the file writes them: a numeric prefix and Conapo's capitalised names ("Muy Alto", not "Muy alto"). */
const DEGREE_LABELS: Record<string, Degree> = {
  '5 Muy Alto': 'muy-alto',
  '4 Alto': 'alto',
  '3 Medio': 'medio',
  '2 Bajo': 'bajo',
  '1 Muy Bajo': 'muy-bajo',
  '0 Nulo': 'nulo',
};

const FIX = 'use the unmodified Conapo 2010 file listed in data/SHA256SUMS (ISO-8859-1)';

/** A rank cell: blank (Conapo ranks no Nulo municipality) or a whole number from 1. */
function rank(f: Fields, column: string): number | null {
  if (f.raw(column) === '') return null;
  const r = f.int(column);
  return r >= 1 ? r : f.fail(`${column} is not a rank: ${r}`);
}

/**
 * Parses the 2010 municipal file (already decoded). Nulo rows keep the index Conapo publishes
 * for them (-1.1644, the bottom of the scale): unlike 2000 and 2020, 2010 does give them one.
 */
export function parseConapo2010(text: string, file: string): { rows: ConapoMunicipality[]; ranks: PublishedRanks } {
  const ranks: PublishedRanks = new Map();
  const rows = readConapoRecords(text, { file, columns: Object.values(COLUMNS), fix: FIX, what: 'municipality' }, (f) => {
    const key = f.cvegeo(f.int(COLUMNS.state), f.int(COLUMNS.municipality));
    const label = f.raw(COLUMNS.degree);
    const degree = Object.hasOwn(DEGREE_LABELS, label) ? DEGREE_LABELS[label] : f.fail(`unknown degree "${label}"`);
    ranks.set(key.id, { national: rank(f, COLUMNS.rankNational), inState: rank(f, COLUMNS.rankInState) });
    return {
      ...key,
      degree,
      index: f.num(COLUMNS.index),
      ...commonFields(f, COLUMNS),
    };
  });
  return { rows, ranks };
}
