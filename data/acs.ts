import { MOE_NOTES, type AcsEstimate, type MoeNote } from '../geo/diaspora';
import { parseCsv, parseCsvRecords } from './csv';
import { DataBuildError } from './errors';
import { US_STATES } from './us-states';

/** The DP05 columns one year is read from. */
export interface AcsVariables {
  /** Mexican-origin estimate and its margin, e.g. DP05_0067E / DP05_0067M (the code changes between years). */
  mexican: { estimate: string; moe: string };
  total: { estimate: string; moe: string };
}

export interface AcsStateRow {
  fips: string;
  mexican: AcsEstimate;
  total: AcsEstimate;
}

const FIX = 'use the unmodified ACS DP05 files listed in data/SHA256SUMS';
const TOTAL = { estimate: 'DP05_0001E', moe: 'DP05_0001M' };
// Strictly "DP05_dddd" + E: the percent row (…PE, "Percent Estimate!!…!!Mexican" in 2018) also ends in E.
const ESTIMATE = /^DP05_\d{4}E$/;

/**
 * Reads one year's LEGEND and finds the Mexican-origin variable: the estimate row whose label
 * is in the HISPANIC OR LATINO AND RACE section and ends with `!!Mexican`. Its code changed
 * (DP05_0067E up to 2016, DP05_0072E from 2017), so it is never hard-coded.
 */
export function findAcsVariables(legend: string, file: string): AcsVariables {
  const records = parseCsvRecords(legend);
  const header = Object.keys(records[0]?.values ?? {});
  if (!header.includes('VARIABLE') || !header.includes('LABEL')) {
    throw new DataBuildError(file, 'has no VARIABLE and LABEL columns', FIX, 'header');
  }
  const labels = new Map(records.map((r) => [r.values.VARIABLE.trim(), r.values.LABEL.trim()]));
  const matches = [...labels].filter(([code, label]) => ESTIMATE.test(code) && label.includes('HISPANIC OR LATINO AND RACE') && label.endsWith('!!Mexican'));
  if (matches.length !== 1) {
    const found = matches.length === 0 ? 'no Mexican-origin estimate variable' : `${matches.length} Mexican-origin estimate variables (${matches.map(([c]) => c).join(', ')})`;
    throw new DataBuildError(file, `has ${found} under HISPANIC OR LATINO AND RACE`, 'check the legend: exactly one …E row must end with "!!Mexican"', 'LABEL');
  }
  const estimate = matches[0][0];
  const mexican = { estimate, moe: estimate.replace(/E$/, 'M') };
  for (const code of [mexican.moe, TOTAL.estimate, TOTAL.moe]) {
    if (!labels.has(code)) throw new DataBuildError(file, `does not list ${code}`, FIX, 'VARIABLE');
  }
  if (!labels.get(TOTAL.estimate)!.endsWith('Total population')) {
    throw new DataBuildError(file, `${TOTAL.estimate} is "${labels.get(TOTAL.estimate)}", not total population`, FIX, TOTAL.estimate);
  }
  return { mexican, total: TOTAL };
}

const NOTE_BY_CODE = new Map(Object.entries(MOE_NOTES).map(([note, { code }]) => [String(code), note as MoeNote]));

/**
 * Parses one year's DATA file into the 52 rows (50 states, DC, Puerto Rico), by FIPS.
 * Columns are found by name, because their order differs from year to year. The state comes
 * from GEO_ID (`0400000US06`) and/or the `state` column: the 2016 file has no GEO_ID (and no
 * NAME) and repeats every margin column twice; repeats must agree. Negative margins are
 * Census annotation codes, stored as `moe: null` with the code's meaning.
 */
export function parseAcsData(text: string, file: string, variables: AcsVariables): AcsStateRow[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) throw new DataBuildError(file, 'is empty', FIX);
  const columns = (name: string) => header.flatMap((h, i) => (h.trim() === name ? [i] : []));
  const needed = [variables.mexican.estimate, variables.mexican.moe, variables.total.estimate, variables.total.moe];
  const missing = needed.filter((c) => columns(c).length === 0);
  if (missing.length > 0) throw new DataBuildError(file, `missing column(s) ${missing.join(', ')}`, FIX, 'header');
  const [geoId, stateCol, nameCol] = [columns('GEO_ID')[0], columns('state')[0], columns('NAME')[0]];
  if (geoId === undefined && stateCol === undefined) throw new DataBuildError(file, 'has neither a GEO_ID nor a state column', FIX, 'header');

  const expected = new Map(US_STATES.map((s) => [s.fips, s]));
  const seen = new Set<string>();
  const parsed = rows.map((cells, r) => {
    const where = `line ${r + 2}`;
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, FIX, where);
    };
    if (cells.length !== header.length) fail(`has ${cells.length} cells, the header ${header.length}`);
    const cell = (name: string) => {
      const values = [...new Set(columns(name).map((i) => cells[i].trim()))];
      if (values.length > 1) fail(`the repeated ${name} columns disagree: ${values.join(' / ')}`);
      return values[0];
    };
    const fromGeoId = geoId === undefined ? undefined : (/^0400000US(\d{2})$/.exec(cells[geoId].trim()) ?? fail(`GEO_ID "${cells[geoId]}" is not a state`))[1];
    const fromState = stateCol === undefined ? undefined : cells[stateCol].trim();
    if (fromGeoId && fromState !== undefined && fromGeoId !== fromState) fail(`GEO_ID says ${fromGeoId}, state says ${fromState}`);
    const fips = (fromGeoId ?? fromState)!;
    const state = expected.get(fips) ?? fail(`"${fips}" is not one of the 50 states, DC or Puerto Rico`);
    if (nameCol !== undefined && cells[nameCol].trim() !== state.name) fail(`NAME "${cells[nameCol]}" does not match ${fips} (${state.name})`);
    if (seen.has(fips)) fail(`state ${fips} appears twice`);
    seen.add(fips);

    const estimate = (code: string, moeCode: string): AcsEstimate => {
      const raw = cell(code);
      if (!/^\d+$/.test(raw)) fail(`${code} is not a whole number of persons: "${raw}"`);
      const rawMoe = cell(moeCode);
      if (/^\d+$/.test(rawMoe)) return { value: Number(raw), moe: Number(rawMoe) };
      const note = NOTE_BY_CODE.get(rawMoe) ?? fail(`${moeCode} is "${rawMoe}": neither a margin nor a known Census annotation code`);
      return { value: Number(raw), moe: null, moeNote: note };
    };
    return { fips, mexican: estimate(variables.mexican.estimate, variables.mexican.moe), total: estimate(variables.total.estimate, variables.total.moe) };
  });

  const absent = [...expected.keys()].filter((f) => !seen.has(f));
  if (absent.length > 0) throw new DataBuildError(file, `has no row for state(s) ${absent.join(', ')}`, FIX, `${parsed.length} rows`);
  // The files list states in varying orders (2012 and 2018 are shuffled): sort by FIPS.
  return parsed.sort((a, b) => a.fips.localeCompare(b.fips));
}
