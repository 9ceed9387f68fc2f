/**
 * The atlas asset as the data build writes it and the browser reads it: municipal and
 * state geometry in one TopoJSON (shared borders stored once), and the municipal
 * attributes stored once, column by column, in CVEGEO order.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEGREES, type Degree } from './degrees';
import type { MexicanState, Municipality } from './types';

export const ATLAS_FORMAT = 1;

/** Columns of the municipal table; `degree` holds the index into DEGREES. */
export interface MunicipalColumns {
  id: string[];
  name: string[];
  degree: number[];
  index: (number | null)[];
  remittances: number[];
  emigrants: number[];
  circular: number[];
  returnMigrants: number[];
  households: number[];
  population: number[];
}

export type AtlasTopology = Topology<{
  municipios: GeometryCollection<{ id: string }>;
  estados: GeometryCollection<MexicanState>;
}>;

export interface AtlasAsset {
  format: typeof ATLAS_FORMAT;
  municipalities: MunicipalColumns;
  topology: AtlasTopology;
}

const NUMERIC: (keyof MunicipalColumns)[] = ['remittances', 'emigrants', 'circular', 'returnMigrants', 'households', 'population'];

export function toColumns(rows: Municipality[]): MunicipalColumns {
  const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    id: sorted.map((m) => m.id),
    name: sorted.map((m) => m.name),
    degree: sorted.map((m) => DEGREES.indexOf(m.degree)),
    index: sorted.map((m) => m.index),
    remittances: sorted.map((m) => m.remittances),
    emigrants: sorted.map((m) => m.emigrants),
    circular: sorted.map((m) => m.circular),
    returnMigrants: sorted.map((m) => m.returnMigrants),
    households: sorted.map((m) => m.households),
    population: sorted.map((m) => m.population),
  };
}

/** Decodes and checks the columns; throws a readable error on anything malformed. */
export function fromColumns(columns: MunicipalColumns): Municipality[] {
  const n = columns?.id?.length;
  if (!Number.isInteger(n) || n === 0) throw new Error('atlas: the municipal table is empty');
  for (const key of ['name', 'degree', 'index', ...NUMERIC] as const) {
    if (!Array.isArray(columns[key]) || columns[key].length !== n) throw new Error(`atlas: column "${key}" does not have ${n} values`);
  }
  return columns.id.map((id, i) => {
    const code = columns.degree[i];
    const degree: Degree | undefined = Number.isInteger(code) ? DEGREES[code] : undefined;
    if (typeof id !== 'string' || !/^\d{5}$/.test(id)) throw new Error(`atlas: row ${i} has key ${JSON.stringify(id)}`);
    if (!degree) throw new Error(`atlas: ${id} has an unknown degree code ${JSON.stringify(code)}`);
    const index = columns.index[i];
    if (index !== null && !Number.isFinite(index)) throw new Error(`atlas: ${id} has a non-numeric index`);
    const m: Municipality = {
      id,
      name: String(columns.name[i]),
      state: id.slice(0, 2),
      degree,
      index,
      remittances: columns.remittances[i],
      emigrants: columns.emigrants[i],
      circular: columns.circular[i],
      returnMigrants: columns.returnMigrants[i],
      households: columns.households[i],
      population: columns.population[i],
    };
    for (const key of NUMERIC) {
      if (!Number.isFinite(m[key as keyof Municipality])) throw new Error(`atlas: ${id} has a non-numeric ${key}`);
    }
    return m;
  });
}
