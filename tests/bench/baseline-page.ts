/**
 * The baseline: the plain page a developer would write first. The pinned MapLibre (copied
 * from node_modules, no CDN), one raw GeoJSON file converted from the source TopoJSON
 * with topojson-client `feature` (full source resolution, default JSON.stringify), each
 * feature carrying its Conapo degree (from our built atlas columns) and state code, and one
 * `fill` layer coloured by a `match` expression on the degree, in our palette.
 * No base map, no panels. The map container gets the same size as our map pane.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { EditionAsset } from '../../geo/editions';
import { DEGREES, DEGREE_COLORS, NO_DATA_COLOR, rgbToHex } from '../../geo/degrees';

export const BASELINE_SOURCE = 'sources/mxmaps-boundaries/mxmunicipio.topoJSON.json';
export const BASELINE_LAYER = 'municipios-fill';
const MEXICO_BOUNDS = [[-118.5, 14.2], [-86.5, 33.2]];

export interface BaselineInfo {
  dir: string;
  features: number;
  geojsonBytes: number;
  source: string;
}

/** Writes index.html, municipios.geojson and MapLibre's files into `dir`. */
export function writeBaselinePage(dir: string, edition: EditionAsset, sourcesRoot: string): BaselineInfo {
  mkdirSync(dir, { recursive: true });
  const source = path.join(sourcesRoot, BASELINE_SOURCE);
  const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology;
  const degreeOf = new Map(edition.municipalities.id.map((id, i) => [id, DEGREES[edition.municipalities.degree[i]]]));
  const fc = feature(topology, topology.objects.municipios) as FeatureCollection<Geometry, { id: string }>;
  for (const f of fc.features) {
    const id = f.properties.id;
    f.properties = { id, state: id.slice(0, 2), degree: degreeOf.get(id) ?? 'sin-datos' } as never;
  }
  const geojson = JSON.stringify(fc);
  writeFileSync(path.join(dir, 'municipios.geojson'), geojson);

  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')), 'dist');
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(path.join(dist, f), path.join(dir, f));

  const match = ['match', ['get', 'degree'], ...DEGREES.flatMap((d) => [d, rgbToHex(DEGREE_COLORS[d])]), rgbToHex(NO_DATA_COLOR)];
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Municipios — baseline</title>
<link rel="stylesheet" href="maplibre-gl.css">
<style>html, body { margin: 0; } #map { width: 100vw; height: 100vh; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
// Same pane size as the app's map, when the bench passes it (?w=…&h=…).
const q = new URLSearchParams(location.search);
if (q.get('w')) Object.assign(document.getElementById('map').style, { width: q.get('w') + 'px', height: q.get('h') + 'px' });
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { municipios: { type: 'geojson', data: new URL('./municipios.geojson', location.href).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#d4e4ee' } },
      { id: '${BASELINE_LAYER}', type: 'fill', source: 'municipios', paint: { 'fill-color': ${JSON.stringify(match)} } },
    ],
  },
  bounds: ${JSON.stringify(MEXICO_BOUNDS)},
  fitBoundsOptions: { padding: 20 },
});
window.__baselineMap = map;
</script>
</body>
</html>
`,
  );
  return { dir, features: fc.features.length, geojsonBytes: Buffer.byteLength(geojson), source };
}
