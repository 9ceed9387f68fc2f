/**
 * The place-name asset (geo/labels.ts): countries of the base map, the 32 states, the 2,469
 * municipalities and the 52 US areas, each with a label point inside the shape the map draws
 * and what ranks it against its neighbours when names collide.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { AtlasTopology } from '../geo/atlas';
import type { UsStatesTopology } from '../geo/diaspora';
import { LABELS_FORMAT, type LabelsAsset } from '../geo/labels';
import { uninvert } from '../geo/search';
import { US_STATES } from '../geo/us-states';
import { DataBuildError } from './errors';
import type { CensusPopulation } from './inegi';
import { COUNTRY_NAMES, STATE_LABEL_NAMES } from './label-names';
import { isInside, labelPoint, largestPolygon, polygonArea, polygonsOf, type LonLat } from './label-points';

const WORLD_ATLAS = 'world-atlas/countries-50m.json';
const US_ATLAS = 'us-atlas/states-10m.json';

export interface LabelInputs {
  /** The atlas topology exactly as the atlas asset stores it (simplified, quantized). */
  atlas: AtlasTopology;
  /** INEGI census 2020: population and names by CVEGEO. */
  census: CensusPopulation;
  /** The base map's countries (properties.iso = ISO numeric code) and the region it shows. */
  countries: Feature<Geometry, { iso: string }>[];
  region: [west: number, south: number, east: number, north: number];
  usStates: UsStatesTopology;
  /** Source names for error messages. */
  files: { census: string; boundaries: string };
}

interface Place {
  id: string;
  point: LonLat;
}

/**
 * The label point of the largest of `parts`, checked to lie inside `drawn` (the geometry as the
 * map draws it; by default the part itself).
 */
function place(id: string, parts: Position[][][], file: string, drawn?: Geometry): Place & { area: number } {
  const polygon = largestPolygon(parts);
  if (!polygon) throw new DataBuildError(file, `${id} has no polygon to label`, 'check the geometry type of this feature', `key ${id}`);
  const point = labelPoint(polygon);
  if (!isInside(point, (drawn ?? { type: 'Polygon', coordinates: polygon }) as Polygon | MultiPolygon)) {
    throw new DataBuildError(
      file,
      `the label point ${point.join(', ')} of ${id} falls outside its polygon`,
      'lower PRECISION in data/label-points.ts, or check that the polygon is not degenerate',
      `key ${id}`,
    );
  }
  return { id, point, area: polygonArea(polygon) };
}

/** A place drawn from a topology: labelled on its largest polygon, checked against the whole geometry. */
const placeDrawn = (id: string, geometry: Geometry, file: string) => place(id, polygonsOf(geometry), file, geometry);

/** The lon/lat geometry of one object of a topology; `idOf`, the id an object carries. */
const geometryOf = (topology: object, g: object) => (feature(topology as Topology, g as GeometryObject) as Feature).geometry;
const idOf = (g: object) => (g as { properties: { id: string } }).properties.id;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const columns = <T extends Place>(rows: T[]) => ({ id: rows.map((r) => r.id), lon: rows.map((r) => r.point[0]), lat: rows.map((r) => r.point[1]) });
/** Rank 1 = largest area; ties by id. */
const ranked = <T extends Place & { area: number }>(rows: T[]) => [...rows].sort((a, b) => b.area - a.area || byId(a, b));
/** Most populous first; ties by id. */
const byPopulation = <T extends Place & { population: number }>(rows: T[]) => [...rows].sort((a, b) => b.population - a.population || byId(a, b));

const shift = (p: Position[][], dx: number) => p.map((ring) => ring.map(([x, y]) => [x + dx, y]));
/**
 * world-atlas cuts Russia at the antimeridian with rings that jump from 180° to -180°; read
 * as flat lon/lat such a ring spans the whole map. Moved to 0…360° it is one shape again.
 */
function unwrap(p: Position[][]): Position[][] {
  const jumps = p.some((ring) => ring.some((pt, i) => i > 0 && Math.abs(pt[0] - ring[i - 1][0]) > 180));
  return jumps ? p.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])) : p;
}

function countryLabels(countries: LabelInputs['countries'], region: LabelInputs['region']): LabelsAsset['countries'] {
  // Only what lies inside the region the atlas shows can carry the label: France's goes on
  // French Guiana, not Europe, and Russia's on Chukotka, not Siberia.
  const clip = (p: Position[][]) =>
    polygonsOf(bboxClip({ type: 'Polygon', coordinates: p }, region).geometry)
      .map((q) => q.filter((ring) => ring.length >= 4))
      .filter((q) => q.length > 0);
  const insideRegion = (g: Geometry) => polygonsOf(g).map(unwrap).flatMap((p) => [...clip(p), ...clip(shift(p, -360))]);
  const rows = ranked(
    countries.map((f) => {
      const iso = f.properties.iso;
      const names = COUNTRY_NAMES[iso];
      if (!names) throw new DataBuildError(WORLD_ATLAS, `country ${iso} ("${(f.properties as { name?: string }).name}") is in the base map but has no label name`, 'add its Spanish and English names to COUNTRY_NAMES in data/label-names.ts', `id ${iso}`);
      return { ...place(iso, insideRegion(f.geometry), WORLD_ATLAS), names };
    }),
  );
  return { ...columns(rows), nameEs: rows.map((r) => r.names.es), nameEn: rows.map((r) => r.names.en), rank: rows.map((_, i) => i + 1) };
}

function municipalityLabels(atlas: AtlasTopology, census: CensusPopulation, files: LabelInputs['files']) {
  const ids = new Set(atlas.objects.municipios.geometries.map(idOf));
  const missing = [...census.byMunicipality.keys()].filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new DataBuildError(files.census, `${missing.length} municipalities have no polygon: ${missing.slice(0, 10).join(', ')}`, 'use the census and boundary files listed in data/SHA256SUMS (both are the 2020 list)', `key ${missing[0]}`);
  }
  return atlas.objects.municipios.geometries.map((g) => {
    const id = idOf(g);
    const population = census.byMunicipality.get(id);
    const name = uninvert(census.names.get(id) ?? '');
    if (population === undefined || name === '') {
      throw new DataBuildError(files.census, `municipality ${id} of the boundaries has no ${population === undefined ? 'row' : 'name'} in the 2020 census`, 'use the census and boundary files listed in data/SHA256SUMS (both are the 2020 list)', `key ${id}`);
    }
    return { ...placeDrawn(id, geometryOf(atlas, g), files.boundaries), name, population };
  });
}

function stateLabels(atlas: AtlasTopology, municipalities: { id: string; population: number }[], file: string): LabelsAsset['states'] {
  const rows = byPopulation(
    atlas.objects.estados.geometries.map((g) => {
      const id = idOf(g);
      const names = STATE_LABEL_NAMES[id];
      if (!names) throw new DataBuildError(file, `state ${id} has no short label name`, 'add it to STATE_LABEL_NAMES in data/label-names.ts', `key ${id}`);
      const population = municipalities.filter((m) => m.id.startsWith(id)).reduce((s, m) => s + m.population, 0);
      return { ...placeDrawn(id, geometryOf(atlas, g), file), names, population };
    }),
  );
  return { ...columns(rows), nameEs: rows.map((r) => r.names.es), nameEn: rows.map((r) => r.names.en), population: rows.map((r) => r.population) };
}

function usStateLabels(topology: UsStatesTopology): LabelsAsset['usStates'] {
  const features = (feature(topology, topology.objects.states) as FeatureCollection<Geometry>).features;
  const rows = ranked(
    US_STATES.map((s) => {
      const f = features.find((x) => String(x.id) === s.fips);
      if (!f) throw new DataBuildError(US_ATLAS, `state ${s.fips} (${s.name}) has no outline`, 'reinstall the pinned us-atlas 3.0.1', `id ${s.fips}`);
      return { ...placeDrawn(s.fips, f.geometry, US_ATLAS), state: s };
    }),
  );
  return { ...columns(rows), nameEs: rows.map((r) => r.state.nameEs), nameEn: rows.map((r) => r.state.name), rank: rows.map((_, i) => i + 1) };
}

export function buildLabels({ atlas, census, countries, region, usStates, files }: LabelInputs): LabelsAsset {
  const sum = [...census.byMunicipality.values()].reduce((s, p) => s + p, 0);
  if (sum !== census.nationalTotal) {
    throw new DataBuildError(files.census, `municipal rows add up to ${sum}, the file's national total row says ${census.nationalTotal}`, 'restore the original file');
  }
  const municipalities = byPopulation(municipalityLabels(atlas, census, files));
  return {
    format: LABELS_FORMAT,
    countries: countryLabels(countries, region),
    states: stateLabels(atlas, municipalities, files.boundaries),
    municipalities: { ...columns(municipalities), name: municipalities.map((m) => m.name), population: municipalities.map((m) => m.population) },
    usStates: usStateLabels(usStates),
  };
}
