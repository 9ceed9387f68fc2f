/**
 * Scripted interaction for the heap measurement: a fixed cycle of filter toggles, state
 * changes, selections (ranked list and map click), pans and zooms, edition switches and a
 * comparison, the US layer and the circuits switched on and off, and a language switch, repeated until the time is up, then a
 * reset to the first view, so the heap before and after describes the same view. `warmUp`
 * runs the cycle once first: what the page caches on first use (the diaspora and circuits
 * data, the other language's texts, every level of detail) is then in the heap the session
 * starts from, and growth over the session means a leak.
 * Ours is driven with real input (Playwright clicks and selects); the baseline, which has no
 * UI, with the same kinds of changes through its MapLibre API.
 */
import type { Page } from 'playwright-core';
import { PLACES } from '../e2e/atlas-page';
import { settle } from './camera-probe';

export interface InteractionLog {
  actions: number;
  failures: string[];
}

type Action = (page: Page, i: number) => Promise<unknown>;

const quiet = (page: Page) => page.evaluate(settle, 5_000);
const T = { timeout: 10_000 };

const OURS: Action[] = [
  async (page) => {
    await page.click('button[data-degree="alto"]', T);
    await quiet(page);
    await page.click('button[data-degree="alto"]', T);
  },
  async (page, i) => {
    const values = await page.$$eval('select#state-filter option', (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    await page.selectOption('select#state-filter', values[(i * 7) % values.length], T);
  },
  async (page, i) => page.locator('[data-testid="ranked-list"] li button').nth(i % 7).click(T),
  async (page) => page.evaluate(() => window.__atlasMap!.map.panBy([120, 60], { duration: 400 })),
  async (page) => {
    const p = await page.evaluate((ll) => {
      const map = window.__atlasMap!.map;
      map.jumpTo({ center: [-102, 23.5], zoom: 4.5 });
      const q = map.project(ll);
      const b = map.getContainer().getBoundingClientRect();
      return { x: b.left + q.x, y: b.top + q.y };
    }, PLACES.mazapil.lngLat);
    await quiet(page);
    await page.mouse.click(p.x, p.y);
    await page.mouse.move(1, 1);
  },
  async (page) => page.selectOption('select#state-filter', '', T),
  async (page) => {
    await page.evaluate(() => window.__atlasMap!.map.easeTo({ zoom: window.__atlasMap!.map.getZoom() + 1, duration: 400 }));
    await quiet(page);
    await page.evaluate(() => window.__atlasMap!.map.easeTo({ zoom: window.__atlasMap!.map.getZoom() - 1, duration: 400 }));
  },
  // Both later editions every cycle, so the warm-up cycle has loaded each of them once.
  async (page) => {
    await page.click('input[name="edition"][value="2010"]', T);
    await quiet(page);
    await page.click('input[name="edition"][value="2020"]', T);
    await quiet(page);
    await page.selectOption('select#compare', '2000-2020', T);
    await quiet(page);
    await page.selectOption('select#compare', '', T);
    await page.click('input[name="edition"][value="2000"]', T);
  },
  async (page) => {
    await page.selectOption('select#us-layer', 'pop', T);
    await quiet(page);
    await page.selectOption('select#us-layer', '', T);
  },
  async (page) => {
    await page.selectOption('select#circuits-layer', '2011', T);
    await page.getByTestId('flow-list').locator('li').first().waitFor(T);
    await quiet(page);
    await page.selectOption('select#circuits-layer', '', T);
  },
  async (page) => {
    await page.click('button.lang-switch', T);
    await quiet(page);
    await page.click('button.lang-switch', T);
  },
];

/** Back to the first view: all states, all degrees, nothing selected, initial camera. */
async function resetOurs(page: Page, camera: { center: [number, number]; zoom: number }) {
  await page.selectOption('select#state-filter', '', T);
  for (const b of await page.locator('button[data-degree][aria-pressed="false"]').all()) await b.click(T);
  const details = page.locator('[data-testid="details"] button');
  if ((await details.count()) > 1) await details.last().click(T); // the details panel's "clear" button
  await quiet(page);
  await page.evaluate((c) => window.__atlasMap!.map.jumpTo(c), camera);
}

const BASELINE_FILTERS: (unknown[] | null)[] = [
  ['in', ['get', 'degree'], ['literal', ['muy-alto', 'medio', 'bajo', 'muy-bajo', 'nulo']]],
  null,
  ['==', ['get', 'state'], '14'],
  ['==', ['get', 'id'], '14039'],
  null,
];

const BASELINE: Action[] = [
  ...BASELINE_FILTERS.map(
    (filter): Action =>
      (page) => page.evaluate((f) => (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap.setFilter('municipios-fill', f as never), filter),
  ),
  async (page) => page.evaluate(() => (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap.panBy([120, 60], { duration: 400 })),
  async (page) => page.evaluate(() => (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap.easeTo({ zoom: 6, center: [-101.9, 24.4], duration: 600 })),
];

async function step(page: Page, actions: Action[], i: number, log: InteractionLog) {
  try {
    await actions[i % actions.length](page, Math.floor(i / actions.length));
    await quiet(page);
  } catch (e) {
    log.failures.push(`action ${i % actions.length}: ${(e as Error).message.split('\n')[0]}`);
  }
  log.actions++;
}

async function reset(page: Page, kind: 'ours' | 'baseline', camera: { center: [number, number]; zoom: number }) {
  if (kind === 'ours') await resetOurs(page, camera);
  else
    await page.evaluate((c) => {
      const map = (window as unknown as { __baselineMap: import('maplibre-gl').Map }).__baselineMap;
      map.setFilter('municipios-fill', null);
      map.jumpTo(c);
    }, camera);
  await quiet(page);
}

/** Every action of the cycle once, then back to the first view. */
export async function warmUp(page: Page, kind: 'ours' | 'baseline', camera: { center: [number, number]; zoom: number }): Promise<InteractionLog> {
  const actions = kind === 'ours' ? OURS : BASELINE;
  const log: InteractionLog = { actions: 0, failures: [] };
  for (let i = 0; i < actions.length; i++) await step(page, actions, i, log);
  await reset(page, kind, camera);
  return log;
}

export async function interact(
  page: Page,
  kind: 'ours' | 'baseline',
  durationMs: number,
  camera: { center: [number, number]; zoom: number },
  onTick: (elapsedMs: number) => Promise<void>,
): Promise<InteractionLog> {
  const actions = kind === 'ours' ? OURS : BASELINE;
  const log: InteractionLog = { actions: 0, failures: [] };
  const started = Date.now();
  for (let i = 0; Date.now() - started < durationMs; i++) {
    await step(page, actions, i, log);
    await onTick(Date.now() - started);
  }
  await reset(page, kind, camera);
  return log;
}
