// Expected figures of the three editions straight from the raw files, independently of the
// build: only the generic CSV reader is shared; decoding, key padding and the degree labels
// are done here, written out again on purpose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../data/csv';
import { rawConapoRows, SOURCES_ROOT } from './raw-conapo';

export type RawEdition = 2000 | 2010 | 2020;

export interface RawMunicipality {
  id: string;
  state: string;
  /** Degree code in Conapo's order: 0 = Muy alto … 5 = Nulo. */
  degree: number;
  homes: number;
  index: number | null;
  components: [remittances: number, emigrants: number, circular: number, returnMigrants: number];
  rankNational: number | null;
  rankInState: number | null;
}

const LABELS: Record<RawEdition, string[]> = {
  2000: ['Very high', 'High', 'Medium', 'Low', 'Very low', 'Null'],
  2010: ['5 Muy Alto', '4 Alto', '3 Medio', '2 Bajo', '1 Muy Bajo', '0 Nulo'],
  2020: ['Muy alto', 'Alto', 'Medio', 'Bajo', 'Muy bajo', 'Nulo'],
};

const read = (relative: string, encoding: 'latin1' | 'utf8') => readFileSync(path.join(SOURCES_ROOT, relative)).toString(encoding);

/** Rows as objects by header name (these files have no quoted line breaks and no footer). */
function table(relative: string, encoding: 'latin1' | 'utf8') {
  const [header, ...rows] = parseCsv(read(relative, encoding));
  return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function degreeOf(edition: RawEdition, label: string) {
  const d = LABELS[edition].indexOf(label.trim());
  if (d < 0) throw new Error(`test support: unknown ${edition} degree "${label}"`);
  return d;
}

const orNull = (cell: string) => (cell.trim() === '' ? null : Number(cell));

export function rawEdition(edition: RawEdition): RawMunicipality[] {
  if (edition === 2000) {
    return rawConapoRows().map((r) => {
      const id = String(r.state).padStart(2, '0') + String(r.municipality).padStart(3, '0');
      const degree = degreeOf(2000, r.label);
      const [rem, emig, circ, ret] = r.cells.slice(4, 8).map(Number);
      return { id, state: id.slice(0, 2), degree, homes: r.households, index: degree === 5 ? null : Number(r.cells[8]), components: [rem, emig, circ, ret], rankNational: null, rankInState: null };
    });
  }
  if (edition === 2010) {
    return table('sources/conapo-iim-2010-municipal/IIM2010_BASEMUN.csv', 'latin1').map((r) => {
      const id = r.ENT.padStart(2, '0') + r.MUN.padStart(3, '0');
      const components: RawMunicipality['components'] = [Number(r.VIV_REM), Number(r.VIV_EMIG), Number(r.VIV_CIRC), Number(r.VIV_RET)];
      return { id, state: id.slice(0, 2), degree: degreeOf(2010, r.GIM_2010), homes: Number(r.TOT_VIV), index: Number(r.IIM_2010), components, rankNational: orNull(r.LUG_NAL), rankInState: orNull(r.LUG_EDO) };
    });
  }
  return table('sources/conapo-iim-2020-municipal/iim_mex_eeuu_2020_municipio.csv', 'utf8').map((r) => {
    const id = r.cve_mun.padStart(5, '0');
    const components: RawMunicipality['components'] = [Number(r.viv_rem), Number(r.viv_emig), Number(r.viv_circ), Number(r.viv_ret)];
    return { id, state: id.slice(0, 2), degree: degreeOf(2020, r.gim_dp2), homes: Number(r.viv_tot), index: orNull(r.iim_dp2), components, rankNational: orNull(r.pos_nal), rankInState: null };
  });
}

/** INEGI's census population by CVEGEO: Latin-1 rows keyed " 01 001 ", counts with thousands separators. */
export function rawPopulation(edition: RawEdition): Map<string, number> {
  const population = new Map<string, number>();
  for (const cells of parseCsv(read(`sources/inegi-census-municipal/${edition}.csv`, 'latin1'))) {
    const key = /^(\d\d) (\d\d\d)$/.exec((cells[0] ?? '').trim());
    if (key) population.set(key[1] + key[2], Number(cells[2].replace(/,/g, '')));
  }
  return population;
}

export interface RawState2010 {
  id: string;
  name: string;
  homes: number;
  components: RawMunicipality['components'];
}

/** Conapo's 2010 state table: Latin-1, CRLF. */
export function rawStates2010(): RawState2010[] {
  return table('sources/conapo-iim-2010-state/IIM_datos.csv', 'latin1').map((r) => ({
    id: r.cvegeo.padStart(2, '0'),
    name: r.entidad,
    homes: Number(r.vivienda),
    components: [Number(r.remesas), Number(r.emigrantes), Number(r.circulares), Number(r.retorno)],
  }));
}
