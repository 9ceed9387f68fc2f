/**
 * Performance bench (`npm run bench`): builds the site, serves it, and measures our page
 * against a plain MapLibre baseline and against 10× synthetic data in headless Chromium.
 * Prints the tables and budgets; writes tests/.results/bench/{report.json,summary.md}.
 * Not part of `npm test`: nothing there depends on timings.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { sourcesRoot } from '../../data/sources';
import { parseArgs } from './args';
import { checkBudgets } from './budgets';
import { buildEnv, nextBuild, timeDataBuild, type StepTiming } from './build';
import { heapSession, type HeapSession } from './heap-session';
import { circuitsMarkdown, jaliscoArcStart, measureCircuits, type CircuitsResult } from './circuits';
import { measureRun, type RunResult, type Target } from './measure';
import { renderMarkdown, renderText, type BenchResults } from './output';
import { writeResults } from './report';
import { prepareSites } from './sites';
import { summarize } from './summarize';

const started = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const options = parseArgs(process.argv.slice(2));
const heapMs = options.quick ? 20_000 : 60_000;
const SCALE = 10;
/**
 * The bench measures a production build with the test hooks on (the probes reach the map
 * through window.__atlasMap, which the production export leaves out), in its own folder so
 * it never overwrites out/ or the test builds. The hooks add a few hundred bytes of script.
 */
const OUT = 'out-bench';

const build: { data: StepTiming | null; next: StepTiming | null } = { data: null, next: null };
if (!options.noBuild) {
  log('npm run data (timed)…');
  build.data = await timeDataBuild(buildEnv());
  process.stdout.write(build.data.output.split('\n').filter((l) => l.startsWith('data:')).map((l) => `    ${l}\n`).join(''));
  log(`data build: ${build.data.wallS.toFixed(2)} s wall, peak RSS ${build.data.maxRssMB?.toFixed(0) ?? '?'} MB (${build.data.rssSource})`);
  log('npx next build…');
  build.next = await nextBuild({ ...buildEnv(), ATLAS_OUT_DIR: OUT, NEXT_PUBLIC_ATLAS_TEST_HOOKS: '1' });
  execFileSync('node', ['scripts/csp.mjs', OUT], { stdio: 'inherit' });
  log(`next build: ${build.next.wallS.toFixed(1)} s wall`);
}
if (!existsSync(`${OUT}/index.html`) || !existsSync(`${OUT}/data/manifest.json`)) throw new Error(`bench: no built site in ${OUT}/ — run without --no-build`);

const sites = await prepareSites(OUT, sourcesRoot(), options.noScale ? null : SCALE);
log(`serving a snapshot of ${OUT}/ at ${sites.ours.url}, baseline at ${sites.baseline.url}${sites.ours10 ? `, ${SCALE}× at ${sites.ours10.url}` : ''}`);
const runs: Record<Target['id'], RunResult[]> = { ours: [], baseline: [], ours10: [] };
const failures: string[] = [];
const heap: { ours: HeapSession | null; baseline: HeapSession | null } = { ours: null, baseline: null };
let mapSize = { width: 0, height: 0 };
let circuits: CircuitsResult | null = null;

async function attempt<T>(label: string, fn: () => Promise<T>): Promise<T | null> {
  const t = performance.now();
  try {
    const r = await fn();
    log(`${label} done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    return r;
  } catch (e) {
    failures.push(`${label}: ${(e as Error).message.split('\n')[0]}`);
    log(`${label} FAILED: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

try {
  const ours: Target = { id: 'ours', kind: 'ours', url: `${sites.ours.url}/` };
  const baselineUrl = () => `${sites.baseline.url}/${mapSize.width ? `?w=${mapSize.width}&h=${mapSize.height}` : ''}`;
  for (let i = 0; i < options.runs; i++) {
    const r = await attempt(`run ${i + 1}/${options.runs} ours 1×`, () => measureRun(ours, { layerCosts: i === 0 }));
    if (r) {
      runs.ours.push(r);
      mapSize = { width: r.map.width, height: r.map.height };
    }
    const b = await attempt(`run ${i + 1}/${options.runs} baseline`, () => measureRun({ id: 'baseline', kind: 'baseline', url: baselineUrl() }));
    if (b) runs.baseline.push(b);
  }
  if (sites.ours10) {
    for (let i = 0; i < options.scaleRuns; i++) {
      const r = await attempt(`run ${i + 1}/${options.scaleRuns} ours ${SCALE}×`, () => measureRun({ id: 'ours10', kind: 'ours', url: `${sites.ours10!.url}/` }));
      if (r) runs.ours10.push(r);
    }
  }
  heap.ours = await attempt(`heap session ours (${heapMs / 1000} s interaction)`, () => heapSession(ours, heapMs));
  circuits = await attempt('circuits layer ours 1×', () => measureCircuits(ours, jaliscoArcStart(OUT)));
  heap.baseline = await attempt(`heap session baseline (${heapMs / 1000} s interaction)`, () => heapSession({ id: 'baseline', kind: 'baseline', url: baselineUrl() }, heapMs));
} finally {
  await sites.dispose();
}

if (runs.ours.length === 0 || runs.baseline.length === 0) {
  console.error(`bench: no complete run of ${runs.ours.length ? 'the baseline' : 'our page'}:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
const summary = { ours: summarize(runs.ours), baseline: summarize(runs.baseline), ours10: runs.ours10.length ? summarize(runs.ours10) : null };
const budgets = checkBudgets(summary.ours, summary.baseline, summary.ours10, heap.ours);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: (git('status', '--porcelain') ?? '') !== '',
    environment: 'headless Chromium, software WebGL (ANGLE + SwiftShader), 1400×900 viewport, DPR 1, fresh profile per run (cold cache), localhost, no compression (gzip computed per response)',
    totalRuntimeS: (performance.now() - started) / 1000,
  },
  scale: SCALE,
  mapSize,
  build,
  summary,
  heap,
  synthetic: sites.synthetic,
  budgets,
  layerCosts: runs.ours[0]?.layerCosts ?? null,
  failures,
};
console.log(renderText(results));
console.log(circuitsMarkdown(circuits));
const strip = (t: StepTiming | null) => t && { ...t, output: undefined };
const report = {
  ...results,
  meta: { ...results.meta, node: process.version, cpus: os.cpus().length, options, heapInteractionMs: heapMs },
  build: { data: strip(build.data), next: strip(build.next) },
  baseline: { ...sites.baselineInfo, dir: undefined },
  runs,
  circuits,
};
const files = writeResults(path.join(root, 'tests/.results/bench'), report, renderMarkdown(results) + circuitsMarkdown(circuits));
console.log(`\nwrote ${path.relative(root, files.json)}, ${path.relative(root, files.md)}, ${path.relative(root, files.history)}`);
