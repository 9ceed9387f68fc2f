/**
 * The diaspora asset: ACS Mexican-origin population by US state (2006–2018), Banxico
 * remittances by US state of origin and by Mexican state of destination, and the US state
 * outlines, in one object. Reads only through the verified reader it is given.
 */
import { CLASSED, DIASPORA_CLASSES, DIASPORA_FORMAT, fixedBreaks, measureValues, type DiasporaAsset, type StateDwellings } from '../geo/diaspora';
import { findAcsVariables, parseAcsData, type AcsStateRow } from './acs';
import { parseMxRemittances, parseUsRemittances } from './banxico';
import { US_STATES, usStatesTopology } from './us-states';

export const ACS_YEARS = Array.from({ length: 13 }, (_, i) => 2006 + i);

const acsFile = (year: number, kind: 'DATA' | 'LEGEND') => `sources/acs-dp05-state/acs-acs1-profile-${year}-GROUP_DP05_${kind}.csv`;

export const DIASPORA_SOURCES = {
  acs: ACS_YEARS.map((y) => ({ year: y, data: acsFile(y, 'DATA'), legend: acsFile(y, 'LEGEND') })),
  remittancesUs: 'sources/banxico-remittances/remesas_usa.csv',
  remittancesMx: 'sources/banxico-remittances/remesas_entidad.csv',
} as const;

/** Every source file the asset is built from, relative to the sources root (for the manifest). */
export const DIASPORA_SOURCE_FILES: string[] = [
  ...DIASPORA_SOURCES.acs.flatMap((a) => [a.legend, a.data]),
  DIASPORA_SOURCES.remittancesUs,
  DIASPORA_SOURCES.remittancesMx,
];

const toRecord = <V>(m: Map<number, V> | undefined): { [year: number]: V } => Object.fromEntries([...(m ?? new Map<number, V>())].sort(([a], [b]) => a - b));

/** `dwellings`: the 2010 and 2020 editions' dwellings by state, which remittances per dwelling divide by. */
export function buildDiaspora(read: (relative: string) => Buffer, dwellings: StateDwellings): DiasporaAsset {
  const population = new Map<number, Map<string, AcsStateRow>>();
  for (const { year, data, legend } of DIASPORA_SOURCES.acs) {
    const variables = findAcsVariables(read(legend).toString('utf8'), legend);
    const rows = parseAcsData(read(data).toString('utf8'), data, variables);
    population.set(year, new Map(rows.map((r) => [r.fips, r])));
  }
  const us = parseUsRemittances(read(DIASPORA_SOURCES.remittancesUs).toString('utf8'), DIASPORA_SOURCES.remittancesUs);
  const mx = parseMxRemittances(read(DIASPORA_SOURCES.remittancesMx).toString('utf8'), DIASPORA_SOURCES.remittancesMx);

  const usStates = US_STATES.map((s) => ({
    fips: s.fips,
    usps: s.usps,
    name: s.name,
    population: Object.fromEntries(ACS_YEARS.map((y) => {
      const row = population.get(y)!.get(s.fips)!; // parseAcsData guarantees all 52 rows
      return [y, { mexican: row.mexican, total: row.total }];
    })),
    remittances: toRecord(us.byId.get(s.fips)),
  })).sort((a, b) => a.fips.localeCompare(b.fips));
  const mxStates = [...mx.byId].map(([id, years]) => ({ id, remittances: toRecord(years) })).sort((a, b) => a.id.localeCompare(b.id));

  const unclassified: DiasporaAsset = {
    format: DIASPORA_FORMAT,
    years: { population: ACS_YEARS, remittances: us.years, remittancesMx: mx.years },
    partialYears: { remittances: us.partial, remittancesMx: mx.partial },
    usStates,
    mxStates,
    unidentifiedRemittances: toRecord(us.unidentified),
    breaks: { population: [], share: [], remittances: [], remittancesMx: [], remittancesPerDwelling: [] },
    topology: usStatesTopology(),
  };
  // One set of breaks per classed figure over every complete year, so a colour means the same amount in every year.
  const breaks = Object.fromEntries(CLASSED.map((m) => [m, fixedBreaks(measureValues(unclassified, m, dwellings), DIASPORA_CLASSES)]));
  return { ...unclassified, breaks: breaks as DiasporaAsset['breaks'] };
}
