/**
 * SRE's consular ID cards (matrículas consulares) issued in 2006 and 2011, by municipality of
 * origin and consulate: the consulate lists and the per-consulate row files, parsed and checked.
 */
import { STATE_IDS } from '../geo/types';
import { DataBuildError } from './errors';

/** Cards in all rows of a year, as the shared data README states them: the build must reproduce them. */
export const PUBLISHED_CARDS: Record<number, number> = { 2006: 943_194, 2011: 848_016 };

/**
 * Years in which the source lumps cards on the first municipality of each state (README:
 * Abejones 20001 has 17,345 cards in 2006 vs 77 in 2011; Kansas City's and Eagle Pass's 2006
 * files hold almost nothing else). Not detectable from one year alone, so stated here.
 */
export const FIRST_OF_STATE_DEFECT_YEARS: readonly number[] = [2006];

export const MATRICULA_FILES = {
  /** Every consulate with its location (the same content as the 2011 list). */
  consulates: 'sources/sre-matriculas/consulados.json',
  /** The consulates that report in a year: their row files hold the year's cards. */
  list: (year: number) => `sources/sre-matriculas/jsons/consulados${year}.json`,
  rows: (year: number, key: string) => `sources/sre-matriculas/jsons/${year}${key}`,
};

export interface ConsulateEntry {
  key: string;
  nameEs: string;
  nameEn: string;
  lat: number;
  lon: number;
}

export interface MatriculaRow {
  /** CVEGEO, padded to 5 ("01001"). */
  id: string;
  /** Municipality name as the source writes it (unaccented). */
  name: string;
  cards: number;
}

const FIX = 'restore the original file listed in data/SHA256SUMS';

function parseJsonArray(text: string, file: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataBuildError(file, `is not valid JSON (${(e as Error).message})`, FIX);
  }
  if (!Array.isArray(value)) throw new DataBuildError(file, 'is not a JSON array', FIX);
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A consulate list: key, names and location of each entry. Its `id` is a list position and its
 * `total` is unreliable (README): both are ignored, totals come from the rows.
 */
export function parseConsulates(text: string, file: string): ConsulateEntry[] {
  const seen = new Set<string>();
  return parseJsonArray(text, file).map((entry, i) => {
    const key = isRecord(entry) && typeof entry.key === 'string' ? entry.key : undefined;
    const where = `entry ${i + 1}${key ? ` (${key})` : ''}`;
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, FIX, where);
    };
    if (!isRecord(entry) || key === undefined) return fail('has no string "key"');
    if (!/^[a-z]+(_[a-z]+)*$/.test(key)) fail(`key "${key}" is not lower-case words joined by "_"`);
    if (seen.has(key)) fail(`key "${key}" appears twice`);
    seen.add(key);
    const name = (field: string) => (typeof entry[field] === 'string' && (entry[field] as string).trim() !== '' ? (entry[field] as string).trim() : fail(`"${field}" is not a non-empty string`));
    // Coordinates are published as strings; the consulates are all in the US (incl. Alaska).
    const degrees = (field: string, min: number, max: number) => {
      const raw = entry[field];
      const v = typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      return v >= min && v <= max ? v : fail(`"${field}" is ${JSON.stringify(raw)}, expected a number of degrees in ${min}…${max}`);
    };
    return { key, nameEs: name('name_es'), nameEn: name('name_en'), lat: degrees('lat', 15, 72), lon: degrees('long', -180, -60) };
  });
}

/**
 * One consulate's rows: `{"id":"1001","edo":..,"mun":..,"value":"408"}`. The id is CVEGEO
 * without its leading zero (padded back to 5) and must name a state 01–32 and a municipality
 * ≥ 001; `value` is a count written as a string of digits. Anything else, or an id twice in
 * the file, is rejected naming the row.
 */
export function parseMatriculaRows(text: string, file: string): MatriculaRow[] {
  const seen = new Set<string>();
  return parseJsonArray(text, file).map((row, i) => {
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, FIX, `row ${i + 1}${isRecord(row) && row.id !== undefined ? ` (id ${JSON.stringify(row.id)})` : ''}`);
    };
    if (!isRecord(row)) return fail('is not an object');
    const { id: rawId, value, mun } = row;
    if (typeof rawId !== 'string' || !/^\d{4,5}$/.test(rawId) || rawId.startsWith('0')) return fail(`id ${JSON.stringify(rawId)} is not a CVEGEO without its leading zero ("1001"…"32058")`);
    const id = rawId.padStart(5, '0');
    if (!STATE_IDS.includes(id.slice(0, 2)) || id.endsWith('000')) fail(`id "${rawId}" names no municipality (state ${id.slice(0, 2)}, municipality ${id.slice(2)})`);
    if (typeof value !== 'string' || !/^(0|[1-9]\d*)$/.test(value) || !Number.isSafeInteger(Number(value))) fail(`value ${JSON.stringify(value)} is not a count written as a string of digits`);
    if (typeof mun !== 'string') fail(`mun ${JSON.stringify(mun)} is not a string`);
    if (seen.has(id)) fail(`id "${rawId}" appears twice`);
    seen.add(id);
    return { id, name: (mun as string).trim(), cards: Number(value) };
  });
}

export interface MatriculaYear {
  year: number;
  /** Keys of the consulates in the year's list, in its order. */
  listed: string[];
  /** Rows of each listed consulate. */
  rows: Map<string, MatriculaRow[]>;
  /** Cards in all rows, checked against PUBLISHED_CARDS. */
  total: number;
}

/** Every file a year is built from, enumerated from the lists (never from a directory listing). */
export const yearFiles = (year: number, consulates: ConsulateEntry[]) => [MATRICULA_FILES.list(year), ...consulates.map((c) => MATRICULA_FILES.rows(year, c.key))];

/**
 * One year: the consulates of the year's list must be in the full list at the same place;
 * every consulate of the full list must have a row file for the year (a listed one with its
 * cards, an unlisted one empty — 2006's Anchorage, Boise, Little Rock, New Orleans), so no
 * card is dropped because a list omits its consulate. The total must be the published one.
 */
export function readMatriculaYear(read: (relative: string) => Buffer, year: number, consulates: ConsulateEntry[], expected = PUBLISHED_CARDS[year]): MatriculaYear {
  const listFile = MATRICULA_FILES.list(year);
  const all = new Map(consulates.map((c) => [c.key, c]));
  const listed = parseConsulates(read(listFile).toString('utf8'), listFile);
  for (const c of listed) {
    const known = all.get(c.key);
    if (!known) throw new DataBuildError(listFile, `consulate "${c.key}" is not in ${MATRICULA_FILES.consulates}`, FIX, c.key);
    if (known.lat !== c.lat || known.lon !== c.lon) {
      throw new DataBuildError(listFile, `consulate "${c.key}" is at ${c.lat}, ${c.lon} here but at ${known.lat}, ${known.lon} in ${MATRICULA_FILES.consulates}`, FIX, c.key);
    }
  }
  const isListed = new Set(listed.map((c) => c.key));
  const rows = new Map<string, MatriculaRow[]>();
  for (const { key } of consulates) {
    const file = MATRICULA_FILES.rows(year, key);
    let bytes: Buffer;
    try {
      bytes = read(file);
    } catch (e) {
      if (!(e instanceof DataBuildError)) throw e;
      const role = isListed.has(key) ? `listed in ${listFile}` : `in ${MATRICULA_FILES.consulates} (expected as an empty file for ${year})`;
      throw new DataBuildError(e.file, `${e.problem}; it is the ${year} file of consulate "${key}", ${role}`, e.fix, e.where);
    }
    const parsed = parseMatriculaRows(bytes.toString('utf8'), file);
    if (isListed.has(key)) rows.set(key, parsed);
    else if (parsed.length > 0) {
      throw new DataBuildError(file, `has ${parsed.length} rows but consulate "${key}" is not in ${listFile}`, 'check the source: its cards would otherwise be left out', key);
    }
  }
  const total = [...rows.values()].flat().reduce((s, r) => s + r.cards, 0);
  if (total !== expected) {
    throw new DataBuildError(listFile, `the rows of its consulates add up to ${total} cards, the published total is ${expected ?? 'unknown'}`, FIX, String(year));
  }
  return { year, listed: listed.map((c) => c.key), rows, total };
}

/** Groups (≥ 2) of consulates whose rows are identical: a file copied over another in the source. */
export function identicalConsulates(rows: Map<string, MatriculaRow[]>): string[][] {
  const byContent = new Map<string, string[]>();
  for (const [key, r] of rows) {
    if (r.length === 0) continue;
    const content = JSON.stringify([...r].sort((a, b) => a.id.localeCompare(b.id)));
    byContent.set(content, [...(byContent.get(content) ?? []), key]);
  }
  return [...byContent.values()].filter((g) => g.length > 1).map((g) => g.sort());
}
