import { parseCsv } from './csv';
import { DataBuildError } from './errors';

const FIX = 'use the unmodified INEGI census file listed in data/SHA256SUMS (ISO-8859-1, INEGI export layout)';

/** The file is ISO-8859-1 (Latin-1), not UTF-8: decode it byte for byte. */
export function decodeLatin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

export interface CensusPopulation {
  /** Total population by CVEGEO. */
  byMunicipality: Map<string, number>;
  /** The national total row INEGI prints, to cross-check the sum. */
  nationalTotal: number;
  /** Municipality name as INEGI writes it (trimmed; empty if the row has none), by CVEGEO. */
  names: Map<string, string>;
}

/** "643,419" → 643419; anything but digits and thousands separators is an error. */
function parseCount(raw: string): number | undefined {
  const s = raw.trim();
  return /^\d{1,3}(,\d{3})*$|^\d+$/.test(s) ? Number(s.replace(/,/g, '')) : undefined;
}

/**
 * Parses INEGI's municipal census export: a few title lines, a national total row
 * (`" ","Total",…`), state subtotal rows (`"=CONCATENAR(0,01) "`), municipal rows keyed
 * `" 01 001 "`, and a source footer. Only municipal rows (population and name) and the
 * national total are kept.
 */
export function parseInegiPopulation(text: string, file: string): CensusPopulation {
  const byMunicipality = new Map<string, number>();
  const names = new Map<string, string>();
  let nationalTotal: number | undefined;
  parseCsv(text).forEach((cells, i) => {
    const where = `line ${i + 1}`;
    const key = (cells[0] ?? '').trim();
    const municipal = /^(\d{2}) (\d{3})$/.exec(key);
    if (municipal) {
      const population = parseCount(cells[2] ?? '');
      if (population === undefined) {
        throw new DataBuildError(file, `population "${cells[2]}" of ${key} is not a count`, FIX, where);
      }
      const id = municipal[1] + municipal[2];
      if (byMunicipality.has(id)) throw new DataBuildError(file, `municipality ${id} appears twice`, FIX, where);
      byMunicipality.set(id, population);
      names.set(id, (cells[1] ?? '').trim());
    } else if (key === '' && cells[1]?.trim() === 'Total') {
      nationalTotal = parseCount(cells[2] ?? '');
      if (nationalTotal === undefined) throw new DataBuildError(file, `national total "${cells[2]}" is not a count`, FIX, where);
    }
  });
  if (byMunicipality.size === 0) throw new DataBuildError(file, 'no municipal rows found', FIX);
  if (nationalTotal === undefined) throw new DataBuildError(file, 'no national "Total" row found', FIX);
  return { byMunicipality, nationalTotal, names };
}
