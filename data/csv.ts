/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF and LF both end a record. Enough for every CSV source of this project,
 * and no dependency to audit.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quoted field at end of file');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row; the 1-based line number rides along for messages. */
export function parseCsvRecords(text: string): { line: number; values: Record<string, string> }[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  return rows
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === ''))
    .map(({ line, cells }) => ({
      line,
      values: Object.fromEntries(header.map((name, c) => [name, cells[c] ?? ''])),
    }));
}
