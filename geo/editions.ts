/**
 * Conapo's three editions of the index of migration intensity to the US (2000, 2010, 2020),
 * as the data build writes them and the browser reads them: one small asset per edition,
 * the municipal table stored once, column by column, in CVEGEO order. Geometry is shared
 * (the atlas asset); an edition is fetched when it is first shown.
 *
 * Each edition ranks places within its own year, and 2020 uses another method (DP2, where a
 * lower value means more intensity): across editions compare degrees, ranks and the four
 * percentages, never index values.
 */
import { DEGREES, type Degree } from './degrees';
import { rankByIndex } from './ranking';
import type { Municipality } from './types';

export const EDITIONS = [2000, 2010, 2020] as const;
export type Edition = (typeof EDITIONS)[number];
/** A link without an edition means 2000: the source paper's table, and what every older link showed. */
export const DEFAULT_EDITION: Edition = 2000;
export const isEdition = (value: unknown): value is Edition => (EDITIONS as readonly unknown[]).includes(value);

export interface EditionInfo {
  /** What the edition counts: households (2000) or dwellings, viviendas (2010, 2020). */
  unit: 'households' | 'dwellings';
  /** Whether a higher index value means more intensity; false for 2020's DP2 index. */
  higherIsMore: boolean;
  /** The five years of the emigrants component. */
  emigrantsPeriod: string;
}

export const EDITION_INFO: Record<Edition, EditionInfo> = {
  2000: { unit: 'households', higherIsMore: true, emigrantsPeriod: '1995–2000' },
  2010: { unit: 'dwellings', higherIsMore: true, emigrantsPeriod: '2005–2010' },
  2020: { unit: 'dwellings', higherIsMore: false, emigrantsPeriod: '2015–2020' },
};

export interface PublishedTable {
  municipalities: number;
  degrees: Record<Degree, number>;
  /** Households (2000) or dwellings (2010, 2020). */
  homes: number;
  /** INEGI's national census total of the same year. */
  population: number;
}

/**
 * Conapo's national tables and INEGI's census totals, as published (2000: the source paper's
 * Table 1; 2010 and 2020: Conapo's municipal files, see ../shared/data/README.md). The data
 * build stops if the sources do not reproduce them to the unit.
 */
export const PUBLISHED: Record<Edition, PublishedTable> = {
  2000: {
    municipalities: 2443,
    degrees: { 'muy-alto': 162, alto: 330, medio: 392, bajo: 593, 'muy-bajo': 873, nulo: 93 },
    homes: 22_639_808,
    population: 97_483_412,
  },
  2010: {
    municipalities: 2456,
    degrees: { 'muy-alto': 178, alto: 431, medio: 514, bajo: 719, 'muy-bajo': 603, nulo: 11 },
    homes: 28_696_180,
    population: 112_336_538,
  },
  2020: {
    municipalities: 2469,
    degrees: { 'muy-alto': 137, alto: 341, medio: 432, bajo: 686, 'muy-bajo': 861, nulo: 12 },
    homes: 34_987_915,
    population: 126_014_024,
  },
};

export const EDITION_FORMAT = 1;

/**
 * Columns of an edition's municipal table; `degree` holds the index into DEGREES. The rank
 * columns are there only where Conapo's file publishes ranks (2010: both; 2020: national):
 * the others are computed from the index when the edition loads, with the same function
 * the build uses to check the published ones.
 */
export interface EditionColumns {
  id: string[];
  name: string[];
  degree: number[];
  index: (number | null)[];
  rankNational?: (number | null)[];
  rankInState?: (number | null)[];
  remittances: number[];
  emigrants: number[];
  circular: number[];
  returnMigrants: number[];
  homes: number[];
  population: number[];
}

export interface EditionAsset {
  format: typeof EDITION_FORMAT;
  edition: Edition;
  municipalities: EditionColumns;
}

const NUMERIC = ['remittances', 'emigrants', 'circular', 'returnMigrants', 'homes', 'population'] as const;

/** `published`: which ranks the source publishes (they are stored; the others are computed on load). */
export function toEditionColumns(rows: Municipality[], published: { national: boolean; inState: boolean } = { national: false, inState: false }): EditionColumns {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const column = <K extends keyof Municipality>(key: K) => sorted.map((m) => m[key]);
  return {
    id: column('id'),
    name: column('name'),
    degree: sorted.map((m) => DEGREES.indexOf(m.degree)),
    index: column('index'),
    ...(published.national ? { rankNational: sorted.map((m) => m.rank.national) } : {}),
    ...(published.inState ? { rankInState: sorted.map((m) => m.rank.inState) } : {}),
    remittances: column('remittances'),
    emigrants: column('emigrants'),
    circular: column('circular'),
    returnMigrants: column('returnMigrants'),
    homes: column('homes'),
    population: column('population'),
  };
}

const isRank = (r: unknown) => r === null || (Number.isInteger(r) && (r as number) >= 1);

/** Decodes and checks an edition asset; throws a readable error on anything malformed. */
export function fromEditionAsset(asset: EditionAsset, expected?: Edition): Municipality[] {
  if (asset?.format !== EDITION_FORMAT || !isEdition(asset.edition)) throw new Error('edition: unexpected format; rebuild the data (npm run data)');
  if (expected !== undefined && asset.edition !== expected) throw new Error(`edition: expected ${expected}, the file holds ${asset.edition}`);
  const columns = asset.municipalities;
  const n = columns?.id?.length;
  const where = `edition ${asset.edition}`;
  if (!Number.isInteger(n) || n === 0) throw new Error(`${where}: the municipal table is empty`);
  const required = Object.keys(toEditionColumns([])) as (keyof EditionColumns)[];
  const optional = ['rankNational', 'rankInState'] as const;
  for (const key of [...required, ...optional.filter((k) => columns[k] !== undefined)]) {
    if (!Array.isArray(columns[key]) || columns[key]!.length !== n) throw new Error(`${where}: column "${key}" does not have ${n} values`);
  }
  const rows = columns.id.map((id, i) => {
    if (typeof id !== 'string' || !/^\d{5}$/.test(id)) throw new Error(`${where}: row ${i} has key ${JSON.stringify(id)}`);
    const code = columns.degree[i];
    // An own index only: DEGREES["length"] must not pass as a degree.
    const degree: Degree | undefined = Number.isInteger(code) ? DEGREES[code] : undefined;
    if (!degree) throw new Error(`${where}: ${id} has an unknown degree code ${JSON.stringify(code)}`);
    const index = columns.index[i];
    if (index !== null && !Number.isFinite(index)) throw new Error(`${where}: ${id} has a non-numeric index`);
    const rank = { national: columns.rankNational?.[i] ?? null, inState: columns.rankInState?.[i] ?? null };
    if (!isRank(rank.national) || !isRank(rank.inState)) throw new Error(`${where}: ${id} has an invalid rank`);
    const m: Municipality = { id, name: String(columns.name[i]), state: id.slice(0, 2), degree, index, rank } as Municipality;
    for (const key of NUMERIC) {
      const v = columns[key][i];
      if (!Number.isFinite(v)) throw new Error(`${where}: ${id} has a non-numeric ${key}`);
      m[key] = v;
    }
    return m;
  });
  if (columns.rankNational && columns.rankInState) return rows;
  const computed = rankByIndex(rows, EDITION_INFO[asset.edition].higherIsMore);
  return rows.map((m) => ({
    ...m,
    rank: { national: columns.rankNational ? m.rank.national : computed.get(m.id)!.national, inState: columns.rankInState ? m.rank.inState : computed.get(m.id)!.inState },
  }));
}

/** One edition's table with its lookups, computed once when it loads. */
export interface EditionData {
  edition: Edition;
  municipalities: Municipality[];
  byId: Map<string, Municipality>;
  /** How many municipalities have a national rank, and a rank in each state ("12 of 2,350"). */
  rankedNational: number;
  rankedInState: Map<string, number>;
}

export function prepareEdition(edition: Edition, municipalities: Municipality[]): EditionData {
  const rankedInState = new Map<string, number>();
  for (const m of municipalities) if (m.rank.inState !== null) rankedInState.set(m.state, (rankedInState.get(m.state) ?? 0) + 1);
  return {
    edition,
    municipalities,
    byId: new Map(municipalities.map((m) => [m.id, m])),
    rankedNational: municipalities.filter((m) => m.rank.national !== null).length,
    rankedInState,
  };
}
