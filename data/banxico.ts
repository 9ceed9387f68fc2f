import type { PartialYear } from '../geo/diaspora';
import { STATE_IDS } from '../geo/types';
import { parseCsvRecords } from './csv';
import { DataBuildError } from './errors';
import { stateByUsps, US_STATES } from './us-states';

/** Quarterly values summed to calendar years, per area. */
export interface YearlySeries {
  /** Every year with at least one quarter, ascending. */
  years: number[];
  /** Years with fewer than 4 quarters, and which quarters they have. */
  partial: PartialYear[];
  /** Area id → year → sum of the year's quarters (USD). */
  byId: Map<string, Map<number, number>>;
}

export interface UsRemittances extends YearlySeries {
  /** "XX, No Identificado": remittances from the US with no identified state of origin, by year. */
  unidentified: Map<number, number>;
}

const FIX = 'use the unmodified Banxico file listed in data/SHA256SUMS';
/** Banxico's `PERIODO` is the first day of the quarter. */
const PERIOD = /^(\d{4})-(01|04|07|10)-01$/;
// Whole dollars in the current files; plain decimals would be kept as they are, never rounded.
const AMOUNT = /^\d+(\.\d+)?$/;

export interface QuarterRow {
  id: string;
  year: number;
  quarter: number;
  value: number;
}

/** Reads PERIODO, the key column, the name column and VALOR_USD, checking each. */
function readQuarterRows(text: string, file: string, keyColumn: string, nameColumn: string, toId: (key: string, name: string, fail: (p: string) => never) => string) {
  const records = parseCsvRecords(text);
  const header = Object.keys(records[0]?.values ?? {});
  const missing = ['PERIODO', keyColumn, nameColumn, 'VALOR_USD'].filter((c) => !header.includes(c));
  if (missing.length > 0) throw new DataBuildError(file, `missing column(s) ${missing.join(', ')}`, FIX, 'header');
  const names = new Map<string, string>();
  const seen = new Set<string>();
  return records.map(({ line, values }): QuarterRow => {
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, FIX, `line ${line}`);
    };
    const period = PERIOD.exec(values.PERIODO.trim()) ?? fail(`PERIODO "${values.PERIODO}" is not the first day of a quarter`);
    const [key, name, amount] = [values[keyColumn].trim(), values[nameColumn].trim(), values.VALOR_USD.trim()];
    const id = toId(key, name, fail);
    // One name per key: a key that changes name mid-file would mean the coding changed.
    if ((names.get(key) ?? name) !== name) fail(`${keyColumn} ${key} is "${name}" here and "${names.get(key)}" earlier`);
    names.set(key, name);
    if (!AMOUNT.test(amount)) fail(`VALOR_USD is not an amount: "${amount}"`);
    if (seen.has(`${values.PERIODO} ${key}`)) fail(`${keyColumn} ${key} appears twice in ${values.PERIODO}`);
    seen.add(`${values.PERIODO} ${key}`);
    return { id, year: Number(period[1]), quarter: (Number(period[2]) + 2) / 3, value: Number(amount) };
  });
}

/**
 * Sums quarters to calendar years. Every quarter present must cover every expected area (a
 * missing row would silently shrink a year); a year with fewer than 4 quarters is listed as
 * partial with the quarters it has.
 */
export function yearlySums(rows: QuarterRow[], expectedIds: string[], file: string): YearlySeries {
  const quarters = new Map<number, Set<number>>();
  const areasByQuarter = new Map<string, Set<string>>();
  const byId = new Map<string, Map<number, number>>(expectedIds.map((id) => [id, new Map()]));
  for (const r of rows) {
    const year = byId.get(r.id);
    if (!year) throw new DataBuildError(file, `unexpected area ${r.id}`, FIX, `${r.year} Q${r.quarter}`);
    year.set(r.year, (year.get(r.year) ?? 0) + r.value);
    quarters.set(r.year, (quarters.get(r.year) ?? new Set()).add(r.quarter));
    const key = `${r.year} Q${r.quarter}`;
    areasByQuarter.set(key, (areasByQuarter.get(key) ?? new Set()).add(r.id));
  }
  for (const [key, areas] of areasByQuarter) {
    const absent = expectedIds.filter((id) => !areas.has(id));
    if (absent.length > 0) throw new DataBuildError(file, `has no row for ${absent.join(', ')}`, FIX, key);
  }
  const years = [...quarters.keys()].sort((a, b) => a - b);
  const partial = years
    .filter((y) => quarters.get(y)!.size < 4)
    .map((year) => ({ year, quarters: [...quarters.get(year)!].sort((a, b) => a - b) }));
  return { years, partial, byId };
}

/**
 * `remesas_usa.csv`: remittances to Mexico by US state of origin. ID_ESTADO is a USPS code,
 * mapped to FIPS through the explicit table. The file also has a row "XX, No Identificado"
 * every quarter: money from the US whose state Banxico could not identify (large in 2013–14:
 * 9–18 % of the total). It is kept apart, so state + unidentified = the US total; any other
 * unknown code is an error.
 */
export function parseUsRemittances(text: string, file: string): UsRemittances {
  const rows = readQuarterRows(text, file, 'ID_ESTADO', 'ESTADO', (key, name, fail) => {
    if (key === 'XX' && name === 'No Identificado') return key;
    return stateByUsps(key)?.fips ?? fail(`ID_ESTADO "${key}" (${name}) is not a USPS code of a state, DC or Puerto Rico`);
  });
  const unidentified = new Map<number, number>();
  for (const r of rows.filter((r) => r.id === 'XX')) unidentified.set(r.year, (unidentified.get(r.year) ?? 0) + r.value);
  const states = yearlySums(rows.filter((r) => r.id !== 'XX'), US_STATES.map((s) => s.fips), file);
  return { ...states, unidentified };
}

/**
 * `remesas_entidad.csv`: remittances received by Mexican state, from every country (so each
 * quarter's total is a few % above the US-origin file's). CVE_ENT is an unpadded integer.
 */
export function parseMxRemittances(text: string, file: string): YearlySeries {
  const rows = readQuarterRows(text, file, 'CVE_ENT', 'ENTIDAD', (key, _name, fail) => {
    if (!/^\d{1,2}$/.test(key) || Number(key) < 1 || Number(key) > 32) fail(`CVE_ENT "${key}" is not a state code 1–32`);
    return key.padStart(2, '0');
  });
  return yearlySums(rows, [...STATE_IDS], file);
}
