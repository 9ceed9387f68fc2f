/**
 * Fetches the place-name asset (after the first map render: names are not needed to see the
 * map) and checks it column by column, so a damaged file becomes a readable error instead
 * of names drawn at NaN.
 */
import { fetchAsset } from './manifest';
import { LABELS_FORMAT, labelCharacters, labelsOf, type LabelsAsset, type MapLabel } from './labels';

export interface LoadedLabels {
  /** Every place, the most important first within each kind. */
  labels: MapLabel[];
  /** Every character a label may draw (both languages, capitals too), for the font atlas. */
  characterSet: string[];
}

const REBUILD = 'rebuild the data (npm run data)';

type Check = (v: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string' && v !== '';
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isLon: Check = (v) => typeof v === 'number' && v >= -180 && v <= 180;
const isLat: Check = (v) => typeof v === 'number' && v >= -90 && v <= 90;

/** The columns of each table and what each value must be. */
const TABLES: Record<Exclude<keyof LabelsAsset, 'format'>, Record<string, Check>> = {
  countries: { id: isText, lon: isLon, lat: isLat, nameEs: isText, nameEn: isText, rank: isCount },
  states: { id: isText, lon: isLon, lat: isLat, nameEs: isText, nameEn: isText, population: isCount },
  municipalities: { id: isText, lon: isLon, lat: isLat, name: isText, population: isCount },
  usStates: { id: isText, lon: isLon, lat: isLat, nameEs: isText, nameEn: isText, rank: isCount },
};

/** Checks the asset's format and every column; throws an error naming the table, column and row. */
export function checkLabelsAsset(value: unknown): LabelsAsset {
  const asset = value as Record<string, Record<string, unknown[]>> & { format?: unknown };
  if (asset?.format !== LABELS_FORMAT) throw new Error(`labels: expected format ${LABELS_FORMAT}, found ${JSON.stringify(asset?.format)}; ${REBUILD}`);
  for (const [table, columns] of Object.entries(TABLES)) {
    const n = asset[table]?.id?.length;
    if (!Number.isInteger(n) || n === 0) throw new Error(`labels: table "${table}" is missing or empty; ${REBUILD}`);
    for (const [column, valid] of Object.entries(columns)) {
      const values = asset[table][column];
      if (!Array.isArray(values) || values.length !== n) throw new Error(`labels: ${table}.${column} does not have ${n} values; ${REBUILD}`);
      const bad = values.findIndex((v) => !valid(v));
      if (bad >= 0) throw new Error(`labels: ${table}.${column}[${bad}] is ${JSON.stringify(values[bad])}; ${REBUILD}`);
    }
  }
  return value as LabelsAsset;
}

export function decodeLabels(value: unknown): LoadedLabels {
  const labels = labelsOf(checkLabelsAsset(value));
  return { labels, characterSet: labelCharacters(labels) };
}

export async function loadLabels(baseUrl = '', fetcher: typeof fetch = fetch): Promise<LoadedLabels> {
  return decodeLabels(await fetchAsset('labels', (m) => m.labels, baseUrl, fetcher));
}
