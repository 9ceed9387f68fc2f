import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv';
import { DEGREES } from '../../geo/degrees';
import { rankingCsv, summaryCsv, toCsv } from '../../geo/export-csv';
import { summarize } from '../../geo/summary';
import { SAMPLE } from './fixtures';

const labels = { headers: ['a', 'b'], total: 'Total', credit: 'Fuente: Conapo; INEGI', degreeName: (d: string) => d.toUpperCase() };

describe('CSV export', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes what needs quoting', () => {
    const csv = toCsv([['Llano, El', 'say "hi"', ' x', null, 1.5]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF"Llano, El","say ""hi"""," x",,1.5\r\n');
  });

  it('writes the summary with unrounded shares and totals equal to the table', () => {
    const summary = summarize(SAMPLE, DEGREES);
    const rows = parseCsv(summaryCsv(summary, 'Todo México', labels).slice(1));
    expect(rows[0]).toEqual(['a', 'b']);
    const total = rows.find((r) => r[0] === 'Total')!;
    expect(total.slice(1, 7).map(Number)).toEqual([summary.total.municipalities, 100, summary.total.population, 100, summary.total.homes, 100]);
    const medio = rows.find((r) => r[0] === 'MEDIO')!;
    const row = summary.rows.find((r) => r.degree === 'medio')!;
    expect(Number(medio[2])).toBe(row.share.municipalities); // not rounded
    expect(rows.at(-1)![0]).toContain('Fuente: Conapo; INEGI');
    expect(rows.at(-1)![0]).toContain('Todo México');
  });

  it('writes the ranked list in order with every attribute', () => {
    const list = [...SAMPLE].sort((a, b) => (b.index ?? -99) - (a.index ?? -99));
    const names = new Map([['01', 'Aguascalientes'], ['02', 'Baja California']]);
    const rows = parseCsv(rankingCsv(list, names, false, labels).slice(1));
    const body = rows.slice(1, 1 + list.length);
    expect(body.map((r) => r[1])).toEqual(list.map((m) => m.id));
    expect(body[0][3]).toBe(names.get(list[0].state));
    expect(Number(body[0][10])).toBe(list[0].homes);
    // The first column is the national rank: 01001 is 1st, the Nulo rows have none.
    expect(body.map((r) => r[0])).toEqual(['1', '2', '2', '4', '', '']);
    expect(body.find((r) => r[5] === '')).toBeDefined(); // no index → empty cell, not 0
  });
});
