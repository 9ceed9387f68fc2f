/**
 * The data build: raw sources (verified by checksum) → parse → validate → join →
 * simplify → compact assets in public/data, named by content hash, with a manifest.
 * Run with `npm run data`; it also runs before dev, build and test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ATLAS_FORMAT, toColumns } from '../geo/atlas';
import { buildBasemap, REGION } from './basemap';
import { checkPolygonsHaveArea, joinAtlas, parseMunicipalTopology } from './boundaries';
import { buildCircuits, circuitsSourceFiles } from './circuits';
import { buildDiaspora, DIASPORA_SOURCE_FILES } from './diaspora';
import { parseConapo2000 } from './conapo';
import { DataBuildError } from './errors';
import { decodeLatin1, parseInegiPopulation } from './inegi';
import { joinPopulation } from './join';
import { buildLabels } from './labels';
import { parseStateRegions } from './regions';
import { simplifyTopology } from './simplify';
import { readChecksums, readVerified, sourcesRoot } from './sources';
import { usStatesTopology } from './us-states';
import { validatePublishedTotals } from './validate';

const require = createRequire(import.meta.url);

export const SOURCES = {
  conapo: 'sources/conapo-iim-2000/Migration.csv',
  inegi: 'sources/inegi-census-municipal/2000.csv',
  /** Names and 2020 population of the 2,469 municipalities, for the map's place names. */
  census2020: 'sources/inegi-census-municipal/2020.csv',
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

  const files = { conapo: SOURCES.conapo, inegi: SOURCES.inegi };
  const conapo = parseConapo2000(read(SOURCES.conapo).toString('utf8'), SOURCES.conapo);
  const census = parseInegiPopulation(decodeLatin1(read(SOURCES.inegi)), SOURCES.inegi);
  const regions = parseStateRegions(read(SOURCES.regions).toString('utf8'), SOURCES.regions);
  const municipalities = joinPopulation(conapo, census.byMunicipality, files);
  validatePublishedTotals(municipalities, files);
  const sum = municipalities.reduce((s, m) => s + m.population, 0);
  if (sum !== census.nationalTotal) {
    throw new DataBuildError(SOURCES.inegi, `municipal rows add up to ${sum}, the file's national total row says ${census.nationalTotal}`, 'restore the original file');
  }

  const topology = parseMunicipalTopology(read(SOURCES.municipalities).toString('utf8'), SOURCES.municipalities);
  const stateNames = new Map(regions.map((s) => [s.id, s.name]));
  const atlas = joinAtlas(simplifyTopology(topology), municipalities, stateNames, SOURCES.municipalities);
  checkPolygonsHaveArea(atlas, SOURCES.municipalities);
  const basemap = buildBasemap();
  const labels = buildLabels({
    atlas,
    census: parseInegiPopulation(decodeLatin1(read(SOURCES.census2020)), SOURCES.census2020),
    countries: basemap.countries.features,
    region: REGION,
    usStates: usStatesTopology(),
    files: { census: SOURCES.census2020, boundaries: SOURCES.municipalities },
  });

  const assets = {
    atlas: hashed('atlas', JSON.stringify({ format: ATLAS_FORMAT, municipalities: toColumns(municipalities), topology: atlas })),
    base: hashed('base', JSON.stringify(basemap)),
    // US side: loaded only when a US or remittance layer is shown.
    diaspora: hashed('diaspora', JSON.stringify(buildDiaspora(read))),
    // Migratory circuits (matrículas consulares), pre-aggregated: loaded with the circuits layer.
    circuits: hashed('circuits', JSON.stringify(buildCircuits(read, new Set(conapo.map((m) => m.id))))),
    // Place names: fetched after the first map render.
    labels: hashed('labels', JSON.stringify(labels)),
  };
  const manifest = {
    format: ATLAS_FORMAT,
    atlas: assets.atlas.name,
    base: assets.base.name,
    diaspora: assets.diaspora.name,
    circuits: assets.circuits.name,
    labels: assets.labels.name,
    sources: Object.fromEntries(
      [...new Set([...Object.values(SOURCES), ...DIASPORA_SOURCE_FILES, ...circuitsSourceFiles(read)])].sort().map((s) => [s, checksums.get(s)]),
    ),
    packages: Object.fromEntries(['us-atlas', 'world-atlas'].map((p) => [p, require(`${p}/package.json`).version])),
  };

  // Write into a fresh folder and swap it in, so a failed build never leaves half an output.
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const a of Object.values(assets)) writeFileSync(path.join(staging, a.name), a.content);
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
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
      Object.entries(assets).map(([k, a]) => [k, { name: a.name, bytes: Buffer.byteLength(a.content) }]),
    ),
  };
}
