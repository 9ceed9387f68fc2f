// Bilingual, accessible and resilient, in real headless Chromium: language switch and
// number formats, keyboard-only use, axe-core, a failed data request with retry, a lost
// WebGL context restored without a reload, and the phone layout with touch.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEGREE_COLORS } from '../../geo/degrees';
import { colourAt, openAtlas, PLACES, pickedAt, screenPoint, summaryRows, waitForIdle } from './atlas-page';
import { launchBrowser, watchPage } from './browser';
import { startTestSite } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Awaited<ReturnType<typeof startTestSite>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startTestSite();
  browser = await launchBrowser({ locale: 'es-MX' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Serious and critical axe-core violations on the page as it is now (WCAG 2 A and AA rules). */
async function axeViolations(page: Page) {
  // Evaluated through the devtools protocol: the page's own policy (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${(n as { failureSummary?: string }).failureSummary ?? ''}`).join(', ')}`);
  });
}

describe('bilingual', () => {
  test('opens in the browser\'s language, switches in one click, and keeps it in the link', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    await openAtlas(page, server.url); // browser locale es-MX, no lang in the link
    expect(await page.locator('h1').textContent()).toBe('Atlas de la migración México–Estados Unidos');
    expect((await summaryRows(page)).total[2]).toBe('97.483.412');
    expect(await page.locator('#summary-title').textContent()).toContain('Resumen');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Atlas of Mexico–United States migration');
    expect((await summaryRows(page)).total[2]).toBe('97,483,412');
    expect((await summaryRows(page))['muy-alto'][1]).toBe('6.63');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(async () => (await summaryRows(page))['muy-alto'][1]).toBe('6,63');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});

describe('accessible', () => {
  test('keyboard only: tab to the state filter, choose a state, the summary follows; the map zooms by keyboard', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    await openAtlas(page, server.url, '?lang=en');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'state-filter'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('state-filter');
    // A visible focus ring on the focused control.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('z'); // the only state starting with Z: Zacatecas
    await expect.poll(() => page.locator('#summary-title').textContent()).toContain('Zacatecas');
    expect((await summaryRows(page)).total[0]).toBe('57');

    await waitForIdle(page);
    const zoom = () => page.evaluate(() => window.__atlasMap!.map.getZoom());
    const before = await zoom();
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  test('the map has a name and a live text description of what it shows', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    await openAtlas(page, server.url, '?lang=en&e=32&m=32026');
    expect(await page.getByRole('region', { name: /Map of Mexican municipalities/ }).count()).toBe(1);
    const description = page.getByTestId('map-description');
    expect(await description.getAttribute('aria-live')).toBe('polite');
    const text = await description.textContent();
    expect(text).toContain('Zacatecas');
    expect(text).toContain('57 municipalities in the filter');
    expect(text).toContain('Selected: Mazapil, degree Low');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  test('axe-core finds no serious or critical violation on the main views', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    for (const query of ['?lang=es', '?lang=en&e=32&m=32026&g=alto,medio', '?lang=en&u=pop&s=48&x=remhh', '?lang=es&k=2011&o=32&x=regc', '?lang=en&i=2020&b=2000&m=24010&t=alto.muy-alto']) {
      await openAtlas(page, server.url, query);
      expect(await axeViolations(page), query).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});

describe('resilient', () => {
  test('a failed data request shows an error with retry, and recovers', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    await page.route('**/data/manifest.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(`${server.url}/?lang=en`);
    const alert = page.locator('.panel.error[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('could not be loaded');
    expect(await alert.textContent()).toContain('503');
    expect(await page.locator('h1').textContent()).toContain('Atlas'); // the page is still there
    await page.unroute('**/data/manifest.json');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,443');
    expect(await alert.count()).toBe(0);
    // The one error logged is the refused manifest itself.
    expect(errors).toEqual([expect.stringMatching(/503.*manifest\.json/)]);
    expect(external).toEqual([]);
    await page.close();
  });

  test('a lost WebGL context is restored without a reload', async () => {
    const page = await browser.context.newPage();
    const { errors, external } = watchPage(page, server.url);
    await openAtlas(page, server.url, '?lang=en');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.evaluate(() => {
      const gl = window.__atlasMap!.overlay.getCanvas()!.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { loseExt: WEBGL_lose_context }).loseExt = ext;
      ext.loseContext();
    });
    await expect.poll(() => page.locator('.map-status').textContent(), { timeout: 10_000 }).toContain('restoring');
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
    await expect.poll(() => page.locator('.map-status').count(), { timeout: 20_000 }).toBe(0);
    await page.waitForFunction(() => window.__atlasMap?.map.loaded(), null, { timeout: 60_000 });
    await waitForIdle(page);
    await expect.poll(() => pickedAt(page, PLACES.ensenada.lngLat), { timeout: 20_000 }).toBe(PLACES.ensenada.id);
    // Seen, not only picked: the rebuilt map paints Ensenada (Bajo in 2000) in its degree colour again.
    await expect.poll(() => colourAt(page, PLACES.ensenada.lngLat), { timeout: 20_000 }).toEqual([...DEGREE_COLORS.bajo]);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42); // no reload
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});

describe('phone and touch', () => {
  test('at 375 px the map fills the screen; tapping a municipality raises the details sheet', async () => {
    const phone = await launchBrowser({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await phone.context.newPage();
      const { errors, external } = watchPage(page, server.url);
      await openAtlas(page, server.url, '?lang=en');
      const map = (await page.locator('.map').boundingBox())!;
      expect(map.width).toBeGreaterThanOrEqual(370);
      expect(await page.locator('.side').getAttribute('class')).not.toContain('open');
      const handle = (await page.locator('.sheet-handle').boundingBox())!;
      expect(handle.height).toBeGreaterThanOrEqual(44);
      const p = await screenPoint(page, PLACES.mazapil.lngLat);
      await page.touchscreen.tap(p.x, p.y);
      await expect.poll(() => page.locator('.side').getAttribute('class'), { timeout: 10_000 }).toContain('open');
      await expect.poll(() => page.getByTestId('details').textContent()).toContain('Mazapil');
      await page.locator('.sheet-handle').tap();
      await expect.poll(() => page.locator('.side').getAttribute('class')).not.toContain('open');
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
