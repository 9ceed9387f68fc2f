// Expected figures computed straight from the raw Conapo file, independently of the
// app's parser (only the generic CSV reader is shared), for data and browser tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../data/csv';

export const SOURCES_ROOT = path.resolve(process.env.DATA_SOURCES ?? '../shared/data');

export interface RawRow {
  state: number;
  municipality: number;
  name: string;
  households: number;
  label: string;
  cells: string[];
}

export function rawConapoRows(): RawRow[] {
  const [, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, 'sources/conapo-iim-2000/Migration.csv'), 'utf8'));
  return rows
    .filter((r) => r.length === 10)
    .map((r) => ({ state: Number(r[0]), municipality: Number(r[1]), name: r[2].trim(), households: Number(r[3]), label: r[9], cells: r }));
}

/** Count and households per English degree label for one state (or all). */
export function rawTable(state?: number) {
  const table = new Map<string, { municipalities: number; households: number }>();
  for (const r of rawConapoRows()) {
    if (state !== undefined && r.state !== state) continue;
    const t = table.get(r.label) ?? { municipalities: 0, households: 0 };
    t.municipalities++;
    t.households += r.households;
    table.set(r.label, t);
  }
  return table;
}
