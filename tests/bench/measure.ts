/**
 * One measured run of one page, in a fresh browser profile (cold cache): first view
 * (bytes, first render, interactive, heap), pan/zoom frame rate, then a degree toggle and
 * a state filter measured from the input to the frame that shows it.
 * Order: load → settle → pan/zoom (camera restored; ours: as the page chose from its measured
 * redraw times, then again with deck.gl forced to redraw in every frame, then back to measuring)
 * → degree "muy-alto" off (national view, pixel inside Mezquital, a large Muy alto
 * municipality) → restore → ours: edition 2000 → 2010 (Mezquital goes from Muy alto to Bajo;
 * the first switch fetches the 2010 asset) → back to 2000 → state 32 (pixel at Ensenada).
 */
import type { Page } from 'playwright-core';
import { DEGREES, DEGREE_COLORS } from '../../geo/degrees';
import { collectPageErrors, launchBrowser } from '../e2e/browser';
import { PLACES } from '../e2e/atlas-page';
import { FULL_LEVEL } from '../../geo/lod';
import { BASELINE_LAYER } from './baseline-page';
import { openHeapProbe } from './heap';
import { forceRedrawMs, mapInfo, panZoom, redrawMode, settle } from './camera-probe';
import { armChange, setBaselineFilter, waitChange } from './change-probe';
import { layerDrawCosts, pickAt } from './deck-probe';
import { installLoadProbe } from './load-probe';
import type { ChangeResult, FpsResult, LoadResult, PageKind } from './page-types';
import { recordTransfer, type FileBytes } from './transfer';

/** Inside Mezquital (10014, Durango, Muy alto), ≥ 30 km from its border. */
export const MUY_ALTO_PLACE: [number, number] = [-104.544, 22.915];
export const FPS_MS = 3_000;
// Generous: with software WebGL one deck.gl frame of the 10× data takes ~25 s.
const LOAD_TIMEOUT = 600_000;
const CHANGE_TIMEOUT = 300_000;
const SETTLE = 180_000;
const INPUT = { timeout: 300_000 };

/** tsx (esbuild keepNames) wraps functions in `__name(...)`; give serialized page code a no-op one. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export interface Target {
  id: 'ours' | 'ours10' | 'baseline';
  kind: PageKind;
  url: string;
}

export interface RunResult {
  load: LoadResult;
  /** Ours: deck.gl's pick at Ensenada after load (expected "02001"); confirms the measurement point. */
  pickedAtEnsenada: string | null;
  /** Ours, first 1× run only: GPU time per deck.gl layer in one redraw, at the national view and zoomed to a state. */
  layerCosts: { national: LayerCost[]; state: LayerCost[] } | null;
  transfer: FileBytes[];
  heapAfterLoad: number;
  map: { width: number; height: number; center: [number, number]; zoom: number };
  /** Pan/zoom as the page chose to follow the camera (ours: adaptive; the baseline redraws every frame). */
  fps: FpsResult;
  /** Ours: the same pans and zooms with deck.gl forced to redraw in every frame (a hardware-like redraw time). */
  fpsRedrawEveryFrame: FpsResult | null;
  /** Ours: the redraw mode the page chose after load, and its median measured redraw time. */
  redraw: { mode: string; measuredMs: number | null } | null;
  degree: ChangeResult;
  /** Ours: choosing the 2010 edition, from the click to the frame that shows it. */
  edition: ChangeResult | null;
  state: ChangeResult;
  errors: string[];
}

export type LayerCost = { layer: string; instances: number; ms: number };

/** Jalisco at zoom 7: most of its municipalities named, what a reader sees zoomed to a state. */
const STATE_VIEW = { center: [-103.6, 20.6] as [number, number], zoom: 7 };

/** Ours: per-layer GPU time at the national view, then zoomed to a state (names placed again), camera restored. */
async function layerCostsAtTwoZooms(page: Page): Promise<{ national: LayerCost[]; state: LayerCost[] }> {
  const national = await page.evaluate(layerDrawCosts);
  const before = await page.evaluate(mapInfo);
  const jump = (view: { center: [number, number]; zoom: number }) =>
    page.evaluate((v) => {
      (window as unknown as { __atlasMap: { map: import('maplibre-gl').Map } }).__atlasMap.map.jumpTo(v);
    }, view);
  await jump(STATE_VIEW);
  await page.evaluate(settle, SETTLE);
  // Right after load the full geometry may still be on its way (the first view draws from the
  // overview): measure the level a reader sees at this zoom once it has arrived.
  await page.waitForFunction(
    (id) => (window as unknown as { __atlasMap: { overlay: { _deck: { layerManager: { getLayers: () => { id: string; props: { visible: boolean } }[] } } } } }).__atlasMap.overlay._deck.layerManager.getLayers().some((l) => l.id === id && l.props.visible),
    `municipios-l${FULL_LEVEL}`,
    { timeout: SETTLE, polling: 100 },
  );
  await page.evaluate(settle, SETTLE);
  const state = await page.evaluate(layerDrawCosts);
  await jump({ center: before.center, zoom: before.zoom });
  await page.evaluate(settle, SETTLE);
  return { national, state };
}

export async function openPage(target: Target, extraScripts: (page: Page) => Promise<void> = async () => {}) {
  const browser = await launchBrowser();
  const { context } = browser;
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installLoadProbe, {
    kind: target.kind,
    place: PLACES.ensenada.lngLat,
    layerId: target.kind === 'ours' ? 'municipios' : BASELINE_LAYER,
    sourceId: 'municipios',
    colors: Object.values(DEGREE_COLORS).map((c) => [...c]),
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
  const transfer = await recorder.stop(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
  const load = await page.evaluate(() => (window as unknown as { __bench: { load: LoadResult } }).__bench.load);
  return { browser, context, page, errors, transfer, load };
}

/** Ours: pans and zooms with deck.gl forced to redraw in every frame (what a GPU gets), then back to measuring. */
export async function panZoomRedrawingEveryFrame(page: Page): Promise<FpsResult> {
  await page.evaluate(forceRedrawMs, 1);
  try {
    await page.evaluate(settle, SETTLE);
    return await page.evaluate(panZoom, { durationMs: FPS_MS });
  } finally {
    await page.evaluate(forceRedrawMs, null);
    await page.evaluate(settle, SETTLE);
  }
}

async function measureChange(page: Page, kind: PageKind, what: 'degree' | 'state'): Promise<ChangeResult> {
  const place = what === 'degree' ? MUY_ALTO_PLACE : PLACES.ensenada.lngLat;
  if (kind === 'ours') {
    await page.evaluate(armChange, { place, startOn: what === 'degree' ? ('click' as const) : ('change' as const) });
    if (what === 'degree') await page.click('button[data-degree="muy-alto"]', INPUT);
    else await page.selectOption('select#state-filter', '32', INPUT);
  } else {
    await page.evaluate(armChange, { place, startOn: null });
    const filter = what === 'degree' ? ['in', ['get', 'degree'], ['literal', DEGREES.filter((d) => d !== 'muy-alto')]] : ['==', ['get', 'state'], '32'];
    await page.evaluate(setBaselineFilter, { layerId: BASELINE_LAYER, filter });
  }
  return page.evaluate(waitChange, CHANGE_TIMEOUT);
}

export async function measureRun(target: Target, options: { layerCosts?: boolean } = {}): Promise<RunResult> {
  const { browser, context, page, errors, transfer, load } = await openPage(target);
  try {
    await page.evaluate(settle, SETTLE);
    const ours = target.kind === 'ours';
    const pickedAtEnsenada = ours ? await page.evaluate(pickAt, { place: PLACES.ensenada.lngLat, layerId: 'municipios' }) : null;
    const layerCosts = ours && options.layerCosts ? await layerCostsAtTwoZooms(page) : null;
    await page.evaluate(settle, SETTLE);
    const heap = await openHeapProbe(context, page);
    const heapAfterLoad = await heap.used();
    await heap.detach();
    const map = await page.evaluate(mapInfo);
    const redraw = ours ? await page.evaluate(redrawMode) : null;
    const fps = await page.evaluate(panZoom, { durationMs: FPS_MS });
    await page.evaluate(settle, SETTLE);
    const fpsRedrawEveryFrame = ours ? await panZoomRedrawingEveryFrame(page) : null;
    const degree = await measureChange(page, target.kind, 'degree');
    await page.evaluate(settle, SETTLE);
    // Restore all degrees before the state filter.
    if (ours) await page.click('button[data-degree="muy-alto"]', INPUT);
    else await page.evaluate(({ layerId }) => (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap.setFilter(layerId, null), { layerId: BASELINE_LAYER });
    await page.evaluate(settle, SETTLE);
    let edition: ChangeResult | null = null;
    if (ours) {
      await page.evaluate(armChange, { place: MUY_ALTO_PLACE, startOn: 'click' as const });
      await page.click('input[name="edition"][value="2010"]', INPUT);
      edition = await page.evaluate(waitChange, CHANGE_TIMEOUT);
      await page.evaluate(settle, SETTLE);
      await page.click('input[name="edition"][value="2000"]', INPUT);
      await page.evaluate(settle, SETTLE);
    }
    const state = await measureChange(page, target.kind, 'state');
    return { load, pickedAtEnsenada, layerCosts, transfer, heapAfterLoad, map, fps, fpsRedrawEveryFrame, redraw, degree, edition, state, errors: [...errors] };
  } finally {
    await browser.close();
  }
}
