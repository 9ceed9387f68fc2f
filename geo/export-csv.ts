/**
 * CSV exports of what the panels show, from the same selector output: a header row,
 * values not rounded, a source credit, UTF-8 with a byte-order mark so spreadsheet
 * programs read the accents, CRLF line ends (RFC 4180).
 */
import type { Degree } from './degrees';
import type { Summary } from './summary';
import type { Municipality } from './types';

type Cell = string | number | null;

const BOM = '\uFEFF';

function cell(value: Cell): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Cell[][]): string {
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvLabels {
  headers: string[];
  total: string;
  credit: string;
  degreeName: (d: Degree) => string;
}

/** The summary table: degree, municipalities, %, population, %, households or dwellings, %; then the total and the credit. */
export function summaryCsv(summary: Summary, scope: string, labels: CsvLabels): string {
  return toCsv([
    labels.headers,
    ...summary.rows.map((r) => [
      labels.degreeName(r.degree),
      r.municipalities,
      r.share.municipalities,
      r.population,
      r.share.population,
      r.homes,
      r.share.homes,
    ]),
    [labels.total, summary.total.municipalities, summary.total.municipalities ? 100 : null, summary.total.population, summary.total.population ? 100 : null, summary.total.homes, summary.total.homes ? 100 : null],
    [],
    [`${scope}. ${labels.credit}`],
  ]);
}

/** The ranked list with every attribute, in the list's order. */
export function rankingCsv(list: Municipality[], stateNames: Map<string, string>, byState: boolean, labels: CsvLabels): string {
  return toCsv([
    labels.headers,
    ...list.map((m) => {
      return [
        byState ? m.rank.inState : m.rank.national,
        m.id,
        m.name,
        stateNames.get(m.state) ?? m.state,
        labels.degreeName(m.degree),
        m.index,
        m.remittances,
        m.emigrants,
        m.circular,
        m.returnMigrants,
        m.homes,
        m.population,
      ];
    }),
    [],
    [labels.credit],
  ]);
}

/** Any panel list: a header row, the rows as they are (unrounded), a blank line and the credit. */
export function listCsv(headers: string[], rows: Cell[][], credit: string): string {
  return toCsv([headers, ...rows, [], [credit]]);
}
