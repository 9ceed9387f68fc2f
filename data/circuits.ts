/**
 * The migratory-circuits asset: SRE's matrícula rows of 2006 and 2011 pre-aggregated at every
 * level the map shows (municipality → consulate, state → consulate, state → US state, region →
 * US state for both regionalizations), so the browser never sums ~90,000 raw rows.
 * Reads only through the verified reader it is given.
 */
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { CIRCUIT_YEARS, CIRCUITS_FORMAT, SCHEMES, type CircuitsAsset, type Consulate, type Flows, type Scheme, type YearCircuits } from '../geo/circuits';
import type { UsStatesTopology } from '../geo/diaspora';
import { DataBuildError } from './errors';
import { FIRST_OF_STATE_DEFECT_YEARS, identicalConsulates, MATRICULA_FILES, parseConsulates, PUBLISHED_CARDS, readMatriculaYear, yearFiles, type ConsulateEntry, type MatriculaYear } from './matriculas';
import { parseStateRegions } from './regions';
import { usStatesTopology } from './us-states';

const REGIONS_FILE = 'curated/mx_state_regions.csv';
const SCHEME_COLUMNS: Record<Scheme, 'regionConapo' | 'regionDurandMassey'> = { conapo: 'regionConapo', durandMassey: 'regionDurandMassey' };

/** Beyond this a point on no state polygon is not "on the coast" but misplaced (e.g. lat/long swapped). */
export const MAX_NEAREST_KM = 25;

/** Every source file the asset is built from (for the manifest): the lists, then each year's row files. */
export function circuitsSourceFiles(read: (relative: string) => Buffer): string[] {
  const consulates = parseConsulates(read(MATRICULA_FILES.consulates).toString('utf8'), MATRICULA_FILES.consulates);
  return [REGIONS_FILE, MATRICULA_FILES.consulates, ...CIRCUIT_YEARS.flatMap((y) => yearFiles(y, consulates))];
}

/**
 * The US state of each consulate: the state polygon that contains it (first by FIPS if it lies
 * on a shared border), else — a point on a coast, outside the simplified shoreline — the
 * nearest state polygon, up to MAX_NEAREST_KM. With us-atlas 3.0.1 all 50 consulates fall
 * inside a state; the fallback is there for coordinates that move.
 */
export function placeConsulates(consulates: ConsulateEntry[], topology: UsStatesTopology, file = MATRICULA_FILES.consulates): Map<string, Pick<Consulate, 'usState' | 'placedBy'>> {
  const states = (feature(topology, topology.objects.states) as FeatureCollection<Polygon | MultiPolygon>).features
    .filter((f): f is Feature<Polygon | MultiPolygon> & { id: string } => typeof f.id === 'string')
    .sort((a, b) => a.id.localeCompare(b.id));
  const placed = new Map<string, Pick<Consulate, 'usState' | 'placedBy'>>();
  for (const c of consulates) {
    const p = point([c.lon, c.lat]);
    const inside = states.find((s) => booleanPointInPolygon(p, s));
    if (inside) {
      placed.set(c.key, { usState: inside.id, placedBy: 'inside' });
      continue;
    }
    const [nearest] = states.map((s) => ({ id: s.id, km: pointToPolygonDistance(p, s, { units: 'kilometers' }) })).sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
    if (!nearest || nearest.km > MAX_NEAREST_KM) {
      throw new DataBuildError(file, `consulate "${c.key}" at ${c.lat}, ${c.lon} is in no US state${nearest ? ` (nearest: ${nearest.id}, ${nearest.km.toFixed(1)} km)` : ''}`, 'check its coordinates', c.key);
    }
    placed.set(c.key, { usState: nearest.id, placedBy: 'nearest' });
  }
  return placed;
}

/** Counts keyed by origin × destination index, as sorted parallel arrays. */
class FlowSum {
  private readonly sums = new Map<number, number>();
  constructor(private readonly destinations: number) {}
  add(origin: number, destination: number, count: number) {
    const k = origin * this.destinations + destination;
    this.sums.set(k, (this.sums.get(k) ?? 0) + count);
  }
  flows(): Flows {
    const keys = [...this.sums.keys()].filter((k) => this.sums.get(k)! > 0).sort((a, b) => a - b);
    return { origin: keys.map((k) => Math.floor(k / this.destinations)), destination: keys.map((k) => k % this.destinations), count: keys.map((k) => this.sums.get(k)!) };
  }
}

interface Lookups {
  municipality: Map<string, number>;
  state: Map<string, number>;
  consulate: Map<string, number>;
  usStateOfConsulate: number[];
  stateRegion: Record<Scheme, number[]>;
  usStates: number;
  firstOfState: Set<string>;
}

/** One year's rows at every level; each level's sum is checked against the year's total. */
function aggregateYear(m: MatriculaYear, look: Lookups): YearCircuits {
  const sums = {
    municipalityToConsulate: new FlowSum(look.consulate.size),
    stateToConsulate: new FlowSum(look.consulate.size),
    stateToUsState: new FlowSum(look.usStates),
    conapo: new FlowSum(look.usStates),
    durandMassey: new FlowSum(look.usStates),
  };
  let firstOfStateCards = 0;
  for (const [key, rows] of m.rows) {
    const c = look.consulate.get(key)!;
    const us = look.usStateOfConsulate[c];
    for (const r of rows) {
      const s = look.state.get(r.id.slice(0, 2));
      if (s === undefined) throw new DataBuildError(MATRICULA_FILES.rows(m.year, key), `state ${r.id.slice(0, 2)} of id ${r.id} is not in ${REGIONS_FILE}`, 'fix the curated table', r.id);
      sums.municipalityToConsulate.add(look.municipality.get(r.id)!, c, r.cards);
      sums.stateToConsulate.add(s, c, r.cards);
      sums.stateToUsState.add(s, us, r.cards);
      sums.conapo.add(look.stateRegion.conapo[s], us, r.cards);
      sums.durandMassey.add(look.stateRegion.durandMassey[s], us, r.cards);
      if (look.firstOfState.has(r.id)) firstOfStateCards += r.cards;
    }
  }
  const year: YearCircuits = {
    total: m.total,
    consulates: m.listed.map((k) => look.consulate.get(k)!),
    municipalityToConsulate: sums.municipalityToConsulate.flows(),
    stateToConsulate: sums.stateToConsulate.flows(),
    stateToUsState: sums.stateToUsState.flows(),
    regionToUsState: { conapo: sums.conapo.flows(), durandMassey: sums.durandMassey.flows() },
    firstOfStateCards,
    firstOfStateInflated: FIRST_OF_STATE_DEFECT_YEARS.includes(m.year),
    identicalConsulates: identicalConsulates(m.rows),
  };
  const levels: [string, Flows][] = [
    ['municipality → consulate', year.municipalityToConsulate],
    ['state → consulate', year.stateToConsulate],
    ['state → US state', year.stateToUsState],
    ...(Object.keys(SCHEMES) as Scheme[]).map((s): [string, Flows] => [`${s} region → US state`, year.regionToUsState[s]]),
  ];
  for (const [name, f] of levels) {
    const sum = f.count.reduce((a, b) => a + b, 0);
    if (sum !== m.total) throw new DataBuildError(MATRICULA_FILES.list(m.year), `the ${name} flows add up to ${sum}, the rows to ${m.total}`, 'fix the aggregation in data/circuits.ts', String(m.year));
  }
  return year;
}

/**
 * The asset. `municipalityIds` are Conapo's 2,443 ids of 2000: ids outside them (created later)
 * are kept with their cards and listed in `notIn2000`. `options` replace the us-atlas states
 * and the published totals (for tests on hand-made data).
 */
export function buildCircuits(
  read: (relative: string) => Buffer,
  municipalityIds: Set<string>,
  options: { topology?: UsStatesTopology; totals?: Record<number, number> } = {},
): CircuitsAsset {
  const consulateList = parseConsulates(read(MATRICULA_FILES.consulates).toString('utf8'), MATRICULA_FILES.consulates);
  const regions = parseStateRegions(read(REGIONS_FILE).toString('utf8'), REGIONS_FILE).sort((a, b) => a.id.localeCompare(b.id));
  const schemes = Object.keys(SCHEMES) as Scheme[];
  const stateRegion = Object.fromEntries(schemes.map((scheme) => [scheme, regions.map((r) => {
    const i = (SCHEMES[scheme] as readonly string[]).indexOf(r[SCHEME_COLUMNS[scheme]]);
    if (i < 0) throw new DataBuildError(REGIONS_FILE, `region "${r[SCHEME_COLUMNS[scheme]]}" of state ${r.id} is not one of ${SCHEMES[scheme].join(', ')}`, 'fix the curated table', r.id);
    return i;
  })])) as Record<Scheme, number[]>;

  const years = CIRCUIT_YEARS.map((y) => readMatriculaYear(read, y, consulateList, (options.totals ?? PUBLISHED_CARDS)[y]));
  const placed = placeConsulates(consulateList, options.topology ?? usStatesTopology());
  const consulates: Consulate[] = consulateList.map((c) => ({ key: c.key, nameEs: c.nameEs, nameEn: c.nameEn, lon: c.lon, lat: c.lat, ...placed.get(c.key)! }));
  const usStates = [...new Set(consulates.map((c) => c.usState))].sort();

  const names = new Map<string, string>();
  for (const y of years) for (const rows of y.rows.values()) for (const r of rows) names.set(r.id, r.name);
  const municipalities = [...names.keys()].sort();
  // Ids in descending order: the last one a state keeps in the Map is its lowest.
  const firstOfState = [...new Map([...municipalityIds].sort().reverse().map((id) => [id.slice(0, 2), id])).values()].sort();

  const look: Lookups = {
    municipality: new Map(municipalities.map((id, i) => [id, i])),
    state: new Map(regions.map((r, i) => [r.id, i])),
    consulate: new Map(consulates.map((c, i) => [c.key, i])),
    usStateOfConsulate: consulates.map((c) => usStates.indexOf(c.usState)),
    stateRegion,
    usStates: usStates.length,
    firstOfState: new Set(firstOfState),
  };
  return {
    format: CIRCUITS_FORMAT,
    years: [...CIRCUIT_YEARS],
    municipalities,
    notIn2000: municipalities.filter((id) => !municipalityIds.has(id)).map((id) => ({ id, name: names.get(id)! })),
    firstOfState,
    states: regions.map((r) => r.id),
    regions: Object.fromEntries(schemes.map((s) => [s, [...SCHEMES[s]]])) as Record<Scheme, string[]>,
    stateRegion,
    consulates,
    usStates,
    byYear: Object.fromEntries(years.map((y) => [y.year, aggregateYear(y, look)])),
  };
}
