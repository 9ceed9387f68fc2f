import { area as turfArea, bbox as turfBbox } from '@turf/turf';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { AtlasTopology } from '../geo/atlas';
import type { MexicanState } from '../geo/types';
import { DataBuildError } from './errors';

const FIX = 'use the unmodified mxmaps municipal topology listed in data/SHA256SUMS';

/** The CVEGEO a geometry carries (topojson-specification types leave `properties` loose). */
const idOf = (g: object) => (g as { properties?: { id?: unknown } }).properties?.id as string;

type MunicipalTopology = Topology<{ municipios: GeometryCollection<{ id: string }> }>;

/** Parses the municipal topology and checks its shape: object `municipios`, 5-character ids. */
export function parseMunicipalTopology(text: string, file: string): MunicipalTopology {
  let topology: MunicipalTopology;
  try {
    topology = JSON.parse(text);
  } catch (e) {
    throw new DataBuildError(file, `not valid JSON (${(e as Error).message})`, FIX);
  }
  const collection = topology?.objects?.municipios;
  if (topology?.type !== 'Topology' || collection?.type !== 'GeometryCollection') {
    throw new DataBuildError(file, 'no TopoJSON object "municipios"', FIX);
  }
  const seen = new Set<string>();
  for (const g of collection.geometries) {
    const id = idOf(g);
    if (typeof id !== 'string' || !/^\d{5}$/.test(id)) {
      throw new DataBuildError(file, `geometry with id ${JSON.stringify(id)} is not a 5-character CVEGEO`, FIX);
    }
    if (seen.has(id)) throw new DataBuildError(file, `polygon ${id} appears twice`, FIX, `key ${id}`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new DataBuildError(file, `polygon ${id} has geometry type ${g.type}`, FIX, `key ${id}`);
    }
    seen.add(id);
  }
  return topology;
}

/**
 * Every municipality of an edition must find its polygon (polygons created after the
 * edition's year are kept on the map, without its figures).
 */
export function checkEditionJoins(topology: MunicipalTopology, edition: number, ids: string[], file: string) {
  const polygonIds = new Set(topology.objects.municipios.geometries.map((g) => idOf(g)));
  const unjoined = ids.filter((id) => !polygonIds.has(id));
  if (unjoined.length > 0) {
    throw new DataBuildError(
      file,
      `${unjoined.length} municipalities of Conapo ${edition} have no polygon: ${unjoined.slice(0, 10).join(', ')}`,
      'check that the boundaries and the Conapo file are the versions listed in data/SHA256SUMS',
      `key ${unjoined[0]}`,
    );
  }
}

/**
 * Orders polygons by CVEGEO and adds state outlines merged from their municipalities, so
 * that shared borders stay identical.
 */
export function joinAtlas(topology: MunicipalTopology, stateNames: Map<string, string>, file: string): AtlasTopology {
  const geometries = [...topology.objects.municipios.geometries]
    .sort((a, b) => idOf(a).localeCompare(idOf(b)))
    .map((g) => ({ ...g, properties: { id: idOf(g) } }));

  const atlas = { ...topology, objects: { municipios: { type: 'GeometryCollection', geometries } } } as AtlasTopology;
  const stateOf = (g: { properties?: { id: string } }) => idOf(g).slice(0, 2);
  const stateIds = [...new Set(geometries.map(stateOf))].sort();
  atlas.objects.estados = {
    type: 'GeometryCollection',
    geometries: stateIds.map((id) => {
      const name = stateNames.get(id);
      if (!name) throw new DataBuildError(file, `state ${id} has no name in the regions table`, FIX, `key ${id}`);
      const members = geometries.filter((g) => stateOf(g) === id) as (Polygon | MultiPolygon)[];
      const merged = mergeArcs(atlas as unknown as Topology, members);
      const outline = feature(atlas as unknown as Topology, merged as GeometryObject);
      const bbox = turfBbox(outline).map((v) => Math.round(v * 1e4) / 1e4) as MexicanState['bbox'];
      return { ...merged, properties: { id, name, bbox } } as GeometryObject<MexicanState>;
    }),
  };
  return atlas;
}

/** After simplification every municipality must still cover some ground. */
export function checkPolygonsHaveArea(atlas: AtlasTopology, file: string) {
  for (const g of atlas.objects.municipios.geometries) {
    const area = turfArea(feature(atlas as unknown as Topology, g));
    if (!(area > 0)) {
      throw new DataBuildError(file, `polygon ${idOf(g)} collapsed to zero area when simplified`, 'lower KEEP_QUANTILE in data/simplify.ts', `key ${idOf(g)}`);
    }
  }
}
