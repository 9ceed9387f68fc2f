/**
 * The data build: raw sources (verified by checksum) → parse → validate → join →
 * simplify → compact assets in public/data, named by content hash, with a manifest.
 * Run with `npm run data`; it also runs before dev, build and test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ATLAS_FORMAT } from '../geo/atlas';
import { overviewTopology } from '../geo/lod';
import { dwellingsByState } from '../geo/diaspora';
import type { Edition } from '../geo/editions';
import type { Municipality } from '../geo/types';
import { MANIFEST_FORMAT } from '../geo/manifest';
import { basemapAsset, buildBasemap, REGION } from './basemap';
import { checkEditionJoins, checkPolygonsHaveArea, joinAtlas, parseMunicipalTopology } from './boundaries';
import { buildCircuits, circuitsSourceFiles } from './circuits';
import { buildDiaspora, DIASPORA_SOURCE_FILES } from './diaspora';
import { buildEdition2000, buildEdition2010, buildEdition2020, EDITION_SOURCES, editionAsset } from './editions';
import { decodeLatin1, parseInegiPopulation } from './inegi';
import { buildLabels } from './labels';
import { parseStateRegions } from './regions';
import { simplifyTopology } from './simplify';
import { readChecksums, readVerified, sourcesRoot } from './sources';
import { usStatesTopology } from './us-states';

const require = createRequire(import.meta.url);

export const SOURCES = {
  municipalities: 'sources/mxmaps-boundaries/mxmunicipio.topoJSON.json',
  regions: 'curated/mx_state_regions.csv',
} as const;

export interface BuildResult {
  outDir: string;
  files: Record<string, { name: string; bytes: number }>;
}

function hashed(prefix: string, content: string) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return { name: `${prefix}.${hash}.json`, content };
}

export function buildData(options: { root?: string; outDir?: string; checksumList?: string } = {}): BuildResult {
  const root = options.root ?? sourcesRoot();
  const outDir = path.resolve(options.outDir ?? 'public/data');
  const checksums = readChecksums(options.checksumList ?? path.resolve('data/SHA256SUMS'));
  const read = (relative: string) => readVerified(root, relative, checksums);

  const editions: Record<Edition, Municipality[]> = { 2000: buildEdition2000(read), 2010: buildEdition2010(read), 2020: buildEdition2020(read) };
  const regions = parseStateRegions(read(SOURCES.regions).toString('utf8'), SOURCES.regions);

  const topology = parseMunicipalTopology(read(SOURCES.municipalities).toString('utf8'), SOURCES.municipalities);
  for (const [edition, rows] of Object.entries(editions)) checkEditionJoins(topology, Number(edition), rows.map((m) => m.id), SOURCES.municipalities);
  const stateNames = new Map(regions.map((s) => [s.id, s.name]));
  const atlas = joinAtlas(simplifyTopology(topology), stateNames, SOURCES.municipalities);
  checkPolygonsHaveArea(atlas, SOURCES.municipalities);
  const basemap = buildBasemap();
  const labels = buildLabels({
    atlas,
    // Names and 2020 population of the 2,469 municipalities, for the map's place names.
    census: parseInegiPopulation(decodeLatin1(read(EDITION_SOURCES[2020].inegi)), EDITION_SOURCES[2020].inegi),
    countries: basemap.countries.features,
    region: REGION,
    usStates: usStatesTopology(),
    files: { census: EDITION_SOURCES[2020].inegi, boundaries: SOURCES.municipalities },
  });

  const assets = {
    atlas: hashed('atlas', JSON.stringify({ format: ATLAS_FORMAT, topology: atlas })),
    // The first view at the country's scale draws from the overview; the full geometry loads when a view needs it.
    overview: hashed('overview', JSON.stringify({ format: ATLAS_FORMAT, topology: overviewTopology(atlas) })),
    base: hashed('base', JSON.stringify(basemapAsset(basemap))),
    // US side: loaded only when a US or remittance layer is shown.
    diaspora: hashed('diaspora', JSON.stringify(buildDiaspora(read, { 2010: dwellingsByState(editions[2010]), 2020: dwellingsByState(editions[2020]) }))),
    // Migratory circuits (matrículas consulares), pre-aggregated: loaded with the circuits layer.
    circuits: hashed('circuits', JSON.stringify(buildCircuits(read, new Set(editions[2000].map((m) => m.id))))),
    // Place names: fetched after the first map render.
    labels: hashed('labels', JSON.stringify(labels)),
  };
  // Each edition's figures apart, fetched when that edition is first shown.
  const editionFiles = (Object.keys(editions).map(Number) as Edition[]).map((edition) => ({ edition, ...hashed(`edition-${edition}`, JSON.stringify(editionAsset(edition, editions[edition]))) }));
  const manifest = {
    format: MANIFEST_FORMAT,
    atlas: assets.atlas.name,
    overview: assets.overview.name,
    base: assets.base.name,
    editions: Object.fromEntries(editionFiles.map((f) => [f.edition, f.name])),
    diaspora: assets.diaspora.name,
    circuits: assets.circuits.name,
    labels: assets.labels.name,
  };
  // What the assets were built from: for readers and hosts, not fetched by the page (the
  // manifest, fetched first on every load, stays small).
  const provenance = {
    sources: Object.fromEntries(
      [...new Set([...Object.values(SOURCES), ...Object.values(EDITION_SOURCES).flatMap((f) => Object.values(f)), ...DIASPORA_SOURCE_FILES, ...circuitsSourceFiles(read)])].sort().map((s) => [s, checksums.get(s)]),
    ),
    packages: Object.fromEntries(['us-atlas', 'world-atlas'].map((p) => [p, require(`${p}/package.json`).version])),
    assets: manifest,
  };

  // Write into a fresh folder and swap it in, so a failed build never leaves half an output.
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const written = { ...assets, ...Object.fromEntries(editionFiles.map((f) => [`edition${f.edition}`, f])) };
  for (const a of Object.values(written)) writeFileSync(path.join(staging, a.name), a.content);
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest) + '\n');
  writeFileSync(path.join(staging, 'provenance.json'), JSON.stringify(provenance, null, 2) + '\n');
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(outDir, previous);
  } catch {
    /* first build: nothing to move away */
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });

  return {
    outDir,
    files: Object.fromEntries(
      Object.entries(written).map(([k, a]) => [k, { name: a.name, bytes: Buffer.byteLength(a.content) }]),
    ),
  };
}
