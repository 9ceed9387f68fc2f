/**
 * The circuits layer's fluidity (issue: flows must not stall panning; a filter change
 * within a frame or two): frames per second while panning and zooming with the arcs on,
 * and the time from choosing an origin to the frame that shows it. Our page only; the
 * baseline has no circuits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AtlasAsset } from '../../geo/atlas';
import { mapInfo, panZoom, settle } from './camera-probe';
import { basemapDrawCost, layerDrawCosts } from './deck-probe';
import { armChange, waitChange } from './change-probe';
import { FPS_MS, openPage, panZoomRedrawingEveryFrame, type Target } from './measure';
import type { ChangeResult, FpsResult } from './page-types';

const SETTLE = 180_000;

export interface CircuitsResult {
  /** The panel's line: flows shown and hidden. */
  flows: string | null;
  /** GPU time of each deck.gl layer in one redraw at the national view with the arcs on. */
  layerCosts: { layer: string; instances: number; ms: number }[];
  /** One MapLibre base-map redraw, ms: the rest of each frame. */
  basemapMs: number;
  /** Pan/zoom as the page chose (adaptive), and with deck.gl forced to redraw in every frame. */
  fps: FpsResult;
  fpsRedrawEveryFrame: FpsResult;
  /** The same pans and zooms with deck.gl drawing nothing: what MapLibre's base map alone allows on this machine. */
  baseOnly: FpsResult;
  origin: ChangeResult;
}

/** Centre of Jalisco's extent: where its arcs start in the state-level view; they vanish when Zacatecas is the origin. */
export function jaliscoArcStart(outDir: string): [number, number] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'data/manifest.json'), 'utf8'));
  const atlas = JSON.parse(readFileSync(path.join(outDir, 'data', manifest.atlas), 'utf8')) as AtlasAsset;
  const jalisco = atlas.topology.objects.estados.geometries.find((g) => (g.properties as { id: string }).id === '14')!;
  const [w, s, e, n] = (jalisco.properties as { bbox: number[] }).bbox;
  return [(w + e) / 2, (s + n) / 2];
}

export async function measureCircuits(target: Target, watch: [number, number]): Promise<CircuitsResult> {
  const { browser, page } = await openPage(target);
  try {
    await page.evaluate(settle, SETTLE);
    await page.selectOption('#circuits-layer', '2011');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 300_000 });
    await page.evaluate(settle, SETTLE);
    const flows = await page.getByTestId('flows-hidden').textContent();
    await page.evaluate(layerDrawCosts); // the first redraw also compiles shaders
    const layerCosts = await page.evaluate(layerDrawCosts);
    const basemapMs = await page.evaluate(basemapDrawCost);
    const camera = await page.evaluate(mapInfo);
    const fps = await page.evaluate(panZoom, { durationMs: FPS_MS });
    await page.evaluate(settle, SETTLE);
    const fpsRedrawEveryFrame = await panZoomRedrawingEveryFrame(page);
    await page.evaluate(armChange, { place: watch, startOn: 'change' as const });
    await page.selectOption('#circuits-origin', '32');
    const origin = await page.evaluate(waitChange, 120_000);
    await page.evaluate(({ center, zoom }) => {
      const { map, overlay } = window.__atlasMap!;
      map.jumpTo({ center, zoom });
      overlay.setProps({ layers: [] });
    }, camera);
    await page.evaluate(settle, SETTLE);
    const baseOnly = await page.evaluate(panZoom, { durationMs: FPS_MS });
    return { flows, layerCosts, basemapMs, fps, fpsRedrawEveryFrame, baseOnly, origin };
  } finally {
    await browser.close();
  }
}

export function circuitsMarkdown(r: CircuitsResult | null): string {
  if (!r) return '\n## Circuits layer\n\nNot measured (the run failed; see the log).\n';
  const ms = (v: number | null) => (v === null ? 'timed out' : `${Math.round(v)} ms`);
  return [
    '',
    '## Circuits layer (ours, 1×, one run)',
    '',
    `${r.flows ?? ''}`,
    '',
    '| metric | value |',
    '|---|---|',
    `| pan/zoom with arcs, rAF frames/s (adaptive) | ${r.fps.fps.toFixed(2)} |`,
    `| pan/zoom with arcs, longest frame (adaptive) | ${Math.round(r.fps.maxFrameGapMs)} ms |`,
    `| pan/zoom with arcs, longest frame while moving (adaptive) | ${Math.round(r.fps.maxMovingGapMs)} ms |`,
    `| pan/zoom with arcs, rAF frames/s (redraw every frame) | ${r.fpsRedrawEveryFrame.fps.toFixed(2)} |`,
    `| pan/zoom with arcs, longest frame while moving (redraw every frame) | ${Math.round(r.fpsRedrawEveryFrame.maxMovingGapMs)} ms |`,
    `| same moves, base map alone (deck.gl empty), rAF frames/s | ${r.baseOnly.fps.toFixed(2)} |`,
    `| same moves, base map alone, longest frame | ${Math.round(r.baseOnly.maxFrameGapMs)} ms |`,
    `| same moves, base map alone, longest frame while moving | ${Math.round(r.baseOnly.maxMovingGapMs)} ms |`,
    `| origin → screen (Zacatecas chosen), ms | ${ms(r.origin.ms)} |`,
    `| origin → screen, frames | ${r.origin.frames ?? '—'} |`,
    '',
    'deck.gl layers in one redraw (national view, arcs on):',
    '',
    '| layer | vertices or instances | ms |',
    '|---|---|---|',
    ...r.layerCosts.map((c) => `| ${c.layer} | ${c.instances} | ${c.ms.toFixed(1)} |`),
    `| (MapLibre base map, whole redraw) | | ${r.basemapMs.toFixed(1)} |`,
    '',
  ].join('\n');
}
