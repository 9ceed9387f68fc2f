/**
 * Strict reading of Conapo's CSV files, shared by the parsers of each edition: every column
 * must be there, every number must be written as a plain number, every key appears once, and
 * any failure is a DataBuildError naming the file, the line and the fix.
 */
import type { Municipality } from '../geo/types';
import { parseCsvRecords } from './csv';
import { DataBuildError } from './errors';

/** Ranks as Conapo's file publishes them, by CVEGEO (null where it publishes none). */
export type PublishedRanks = Map<string, Municipality['rank']>;

/** One record of a Conapo file, with readers that fail naming the file and line. */
export interface Fields {
  fail(problem: string): never;
  /** The trimmed cell. */
  raw(column: string): string;
  /** A non-empty text. */
  text(column: string): string;
  /** Digits only. */
  int(column: string): number;
  /** A plain decimal: Number() alone would also take "0x10", "1e3" or "Infinity". */
  num(column: string): number;
  /** A plain decimal from 0 to 100. */
  percent(column: string): number;
  /** CVEGEO from a state code (1–32) and a municipality code (1–999): "01" + "001". */
  cvegeo(stateCode: number, munCode: number): { id: string; state: string };
}

/** The columns every edition has, under each file's own names. */
export interface CommonColumns {
  name: string;
  homes: string;
  remittances: string;
  emigrants: string;
  circular: string;
  returnMigrants: string;
}

/** What every edition has: the name, the four components in % and the households or dwellings. */
export function commonFields(f: Fields, columns: CommonColumns) {
  return {
    name: f.text(columns.name),
    remittances: f.percent(columns.remittances),
    emigrants: f.percent(columns.emigrants),
    circular: f.percent(columns.circular),
    returnMigrants: f.percent(columns.returnMigrants),
    homes: f.int(columns.homes),
  };
}

/**
 * Reads every record of `text` through `row`. `what` names the keyed thing in messages
 * ("municipality", "state"); a key seen twice stops the build.
 */
export function readConapoRecords<T extends { id: string }>(
  text: string,
  source: { file: string; columns: readonly string[]; fix: string; what: string },
  row: (f: Fields) => T,
): T[] {
  const { file, columns, fix, what } = source;
  const records = parseCsvRecords(text);
  const header = Object.keys(records[0]?.values ?? {});
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new DataBuildError(file, `missing column(s) ${missing.join(', ')}`, fix, 'header');
  const seen = new Set<string>();
  return records.map(({ line, values }) => {
    const fail = (problem: string): never => {
      throw new DataBuildError(file, problem, fix, `line ${line}`);
    };
    const raw = (column: string) => values[column].trim();
    const num = (column: string) => {
      if (!/^-?\d+(\.\d+)?$/.test(raw(column))) fail(`${column} is not a number: "${raw(column)}"`);
      return Number(raw(column));
    };
    const f: Fields = {
      fail,
      raw,
      text: (column) => raw(column) || fail(`${column} is empty`),
      int: (column) => (/^\d+$/.test(raw(column)) ? Number(raw(column)) : fail(`${column} is not a whole number: "${raw(column)}"`)),
      num,
      percent: (column) => {
        const n = num(column);
        return n >= 0 && n <= 100 ? n : fail(`${column} is not a percentage: ${n}`);
      },
      cvegeo: (stateCode, munCode) => {
        if (stateCode < 1 || stateCode > 32) fail(`state code ${stateCode} is not 1–32`);
        if (munCode < 1 || munCode > 999) fail(`municipality code ${munCode} is not 1–999`);
        const state = String(stateCode).padStart(2, '0');
        return { id: state + String(munCode).padStart(3, '0'), state };
      },
    };
    const parsed = row(f);
    if (seen.has(parsed.id)) fail(`${what} ${parsed.id} appears twice`);
    seen.add(parsed.id);
    return parsed;
  });
}
