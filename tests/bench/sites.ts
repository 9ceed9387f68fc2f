/**
 * The three sites the bench serves, each from its own temp folder with the e2e static
 * server: a snapshot of the build (so a concurrent rebuild cannot change files mid-run), the
 * same snapshot with a 10× synthetic atlas in its manifest, and the baseline page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AtlasAsset } from '../../geo/atlas';
import type { EditionAsset } from '../../geo/editions';
import { startServer } from '../../scripts/serve.mjs';
import { writeBaselinePage, type BaselineInfo } from './baseline-page';
import { scaleAtlas, type SyntheticInfo } from './synthetic-atlas';
import { overviewTopology } from '../../geo/lod';

export interface Site {
  url: string;
  dir: string;
  close: () => Promise<void>;
}

export interface Sites {
  ours: Site;
  ours10: Site | null;
  baseline: Site;
  atlasName: string;
  synthetic: (SyntheticInfo & { atlasBytes: number; atlasGzipBytes: number }) | null;
  baselineInfo: BaselineInfo;
  dispose: () => Promise<void>;
}

async function serve(dir: string): Promise<Site> {
  const s = await startServer({ dir, port: 0 });
  return { url: s.url, dir, close: s.close };
}

export async function prepareSites(outDir: string, sourcesRoot: string, scale: number | null): Promise<Sites> {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
  const snapshot = path.join(root, 'ours');
  cpSync(outDir, snapshot, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'data/manifest.json'), 'utf8'));
  const atlas = JSON.parse(readFileSync(path.join(snapshot, 'data', manifest.atlas), 'utf8')) as AtlasAsset;
  const edition = JSON.parse(readFileSync(path.join(snapshot, 'data', manifest.editions[2000]), 'utf8')) as EditionAsset;

  let synthetic: Sites['synthetic'] = null;
  let ours10Dir: string | null = null;
  if (scale) {
    ours10Dir = path.join(root, `ours${scale}x`);
    cpSync(snapshot, ours10Dir, { recursive: true });
    const scaled = scaleAtlas(atlas, edition, scale);
    const text = JSON.stringify(scaled.asset);
    const editionText = JSON.stringify(scaled.edition);
    const name = `atlas.synthetic${scale}x.json`;
    const editionName = `edition-2000.synthetic${scale}x.json`;
    // 2010 scaled the same way (same synthetic ids: the copies are made in the same order), for the edition switch.
    const edition2010 = JSON.parse(readFileSync(path.join(snapshot, 'data', manifest.editions[2010]), 'utf8')) as EditionAsset;
    const edition2010Name = `edition-2010.synthetic${scale}x.json`;
    writeFileSync(path.join(ours10Dir, 'data', name), text);
    // Its overview, made as the data build makes it: what the 10× first view draws.
    const overviewText = JSON.stringify({ format: scaled.asset.format, topology: overviewTopology(scaled.asset.topology) });
    const overviewName = `overview.synthetic${scale}x.json`;
    writeFileSync(path.join(ours10Dir, 'data', overviewName), overviewText);
    writeFileSync(path.join(ours10Dir, 'data', editionName), editionText);
    writeFileSync(path.join(ours10Dir, 'data', edition2010Name), JSON.stringify(scaleAtlas(atlas, edition2010, scale).edition));
    writeFileSync(path.join(ours10Dir, 'data/manifest.json'), JSON.stringify({ ...manifest, atlas: name, overview: overviewName, editions: { ...manifest.editions, 2000: editionName, 2010: edition2010Name } }, null, 2));
    // The first view's geometry (the overview) and edition: what the scale runs add to the first view.
    synthetic = { ...scaled.info, atlasBytes: Buffer.byteLength(overviewText) + Buffer.byteLength(editionText), atlasGzipBytes: gzipSync(overviewText).length + gzipSync(editionText).length };
  }
  const baselineInfo = writeBaselinePage(path.join(root, 'baseline'), edition, sourcesRoot);

  const ours = await serve(snapshot);
  const ours10 = ours10Dir ? await serve(ours10Dir) : null;
  const baseline = await serve(baselineInfo.dir);
  return {
    ours,
    ours10,
    baseline,
    atlasName: manifest.atlas,
    synthetic,
    baselineInfo,
    dispose: async () => {
      await Promise.all([ours.close(), ours10?.close(), baseline.close()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
