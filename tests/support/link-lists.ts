// What a link may name, read here from the raw sources rather than from the app's constants,
// so the link tests can tell a valid view from an invalid one on their own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../data/csv';
import { SOURCES_ROOT } from './raw-conapo';

const source = (relative: string) => readFileSync(path.join(SOURCES_ROOT, relative), 'utf8');

const [regionHeader, ...regionRows] = parseCsv(source('curated/mx_state_regions.csv')).filter((r) => r.length > 1);
const column = (name: string) => regionRows.map((r) => r[regionHeader.indexOf(name)]);
const [acsHeader, ...acsRows] = parseCsv(source('sources/acs-dp05-state/acs-acs1-profile-2018-GROUP_DP05_DATA.csv')).filter((r) => r.length > 1);

export const LISTS = {
  /** INEGI state codes, from the curated table of the 32 states. */
  states: column('cve_ent'),
  /** Both regionalizations' region names, from the same table. */
  regions: [...new Set([...column('region_conapo'), ...column('region_durand_massey')])],
  /** Every municipality with a polygon (CVEGEO), from the raw mxmaps topology. */
  municipalities: (JSON.parse(source('sources/mxmaps-boundaries/mxmunicipio.topoJSON.json')) as { objects: { municipios: { geometries: { properties: { id: string } }[] } } }).objects.municipios.geometries.map((g) => g.properties.id),
  /** SRE's consulate keys. */
  consulates: (JSON.parse(source('sources/sre-matriculas/consulados.json')) as { key: string }[]).map((c) => c.key),
  /** The years SRE published a consulate list for. */
  circuitYears: readdirSync(path.join(SOURCES_ROOT, 'sources/sre-matriculas/jsons')).flatMap((f) => /^consulados(\d{4})\.json$/.exec(f)?.slice(1).map(Number) ?? []),
  /** US areas the ACS covers (50 states, DC, Puerto Rico): FIPS from GEO_ID. */
  usFips: acsRows.map((r) => r[acsHeader.indexOf('GEO_ID')].slice(-2)),
  editions: [2000, 2010, 2020],
  /** Conapo's six degrees in their order, as the link writes them. */
  degrees: ['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo', 'nulo'],
  usMeasures: ['pop', 'share', 'rem'],
  mxMeasures: ['rem', 'remhh', 'regc', 'regdm'],
  changeMeasures: ['rem', 'emig', 'circ', 'ret'],
  languages: ['es', 'en'],
  /** The years a link may ask of the US and remittance layers. */
  years: { min: 2000, max: 2030 },
  camera: { lat: 85, lon: 180, zoom: 16 },
} as const;
