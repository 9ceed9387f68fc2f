/**
 * One measured run of one page, in a fresh browser profile (cold cache): first view
 * (bytes, first render, interactive, heap), pan/zoom frame rate, then a degree toggle and
 * a state filter measured from the input to the frame that shows it.
 * Order: load → settle → pan/zoom (camera restored) → degree "muy-alto" off (national view,
 * pixel inside Mezquital, a large Muy alto municipality) → restore → state 32 (pixel at Ensenada).
 */
import type { Page } from 'playwright-core';
import { DEGREES } from '../../geo/degrees';
import { collectPageErrors, launchBrowser } from '../e2e/browser';
import { PLACES } from '../e2e/atlas-page';
import { BASELINE_LAYER } from './baseline-page';
import { openHeapProbe } from './heap';
import { armChange, installLoadProbe, mapInfo, panZoom, setBaselineFilter, settle, waitChange, type ChangeResult, type FpsResult, type LoadResult, type PageKind } from './probes';
import { recordTransfer, type FileBytes } from './transfer';

/** Inside Mezquital (10014, Durango, Muy alto), ≥ 30 km from its border. */
export const MUY_ALTO_PLACE: [number, number] = [-104.544, 22.915];
export const FPS_MS = 3_000;
const LOAD_TIMEOUT = 240_000;
const CHANGE_TIMEOUT = 20_000;

/** tsx (esbuild keepNames) wraps functions in `__name(...)`; give serialized page code a no-op one. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export interface Target {
  id: 'ours' | 'ours10' | 'baseline';
  kind: PageKind;
  url: string;
}

export interface RunResult {
  load: LoadResult;
  transfer: FileBytes[];
  heapAfterLoad: number;
  map: { width: number; height: number; center: [number, number]; zoom: number };
  fps: FpsResult;
  degree: ChangeResult;
  state: ChangeResult;
  errors: string[];
}

export async function openPage(target: Target, extraScripts: (page: Page) => Promise<void> = async () => {}) {
  const browser = await launchBrowser();
  const { context } = browser;
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installLoadProbe, {
    kind: target.kind,
    place: PLACES.ensenada.lngLat,
    layerId: target.kind === 'ours' ? 'municipios-degree' : BASELINE_LAYER,
    sourceId: 'municipios',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await extraScripts(page);
  const recorder = recordTransfer(context);
  await page.goto(target.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const l = (window as unknown as { __bench?: { load: LoadResult } }).__bench?.load;
    return l && l.firstRender !== null && l.interactive !== null;
  }, null, { timeout: LOAD_TIMEOUT, polling: 100 });
  const transfer = await recorder.stop();
  const load = await page.evaluate(() => (window as unknown as { __bench: { load: LoadResult } }).__bench.load);
  return { browser, context, page, errors, transfer, load };
}

async function measureChange(page: Page, kind: PageKind, what: 'degree' | 'state'): Promise<ChangeResult> {
  const place = what === 'degree' ? MUY_ALTO_PLACE : PLACES.ensenada.lngLat;
  if (kind === 'ours') {
    await page.evaluate(armChange, { place, startOn: what === 'degree' ? 'click' : 'change' });
    if (what === 'degree') await page.click('button[data-degree="muy-alto"]');
    else await page.selectOption('select#state-filter', '32');
  } else {
    await page.evaluate(armChange, { place, startOn: null });
    const filter = what === 'degree' ? ['in', ['get', 'degree'], ['literal', DEGREES.filter((d) => d !== 'muy-alto')]] : ['==', ['get', 'state'], '32'];
    await page.evaluate(setBaselineFilter, { layerId: BASELINE_LAYER, filter });
  }
  return page.evaluate(waitChange, CHANGE_TIMEOUT);
}

export async function measureRun(target: Target): Promise<RunResult> {
  const { browser, context, page, errors, transfer, load } = await openPage(target);
  try {
    const heap = await openHeapProbe(context, page);
    await page.evaluate(settle, 30_000);
    const heapAfterLoad = await heap.used();
    await heap.detach();
    const map = await page.evaluate(mapInfo);
    const fps = await page.evaluate(panZoom, { durationMs: FPS_MS });
    await page.evaluate(settle, 30_000);
    const degree = await measureChange(page, target.kind, 'degree');
    await page.evaluate(settle, 30_000);
    // Restore all degrees before the state filter.
    if (target.kind === 'ours') await page.click('button[data-degree="muy-alto"]');
    else await page.evaluate(({ layerId }) => (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap.setFilter(layerId, null), { layerId: BASELINE_LAYER });
    await page.evaluate(settle, 30_000);
    const state = await measureChange(page, target.kind, 'state');
    await page.evaluate(settle, 30_000);
    return { load, transfer, heapAfterLoad, map, fps, degree, state, errors: [...errors] };
  } finally {
    await browser.close();
  }
}
