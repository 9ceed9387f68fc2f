// Shareable links, history and search in real headless Chromium: a view set by hand,
// copied, and opened in a fresh browser must look the same; Back steps back. Each test
// opens its own page in the state it needs.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { summaryRows, waitForIdle, waitForMap } from './atlas-page';
import { launchBrowser } from './browser';
import { openPage, useTestSite } from './site';

const site = useTestSite();

const camera = (p: Page) =>
  p.evaluate(() => {
    const map = window.__atlasMap!.map;
    return { lat: map.getCenter().lat, lon: map.getCenter().lng, zoom: map.getZoom() };
  });
const detailsText = (p: Page) => p.getByTestId('details').textContent();
const currentRow = (p: Page) => p.locator('.ranked-list [aria-current="true"] .name').textContent();

beforeAll(async () => {
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
});

describe('shareable links', () => {
  test('a copied link opens the same view in a fresh browser', async () => {
    const { page, errors, close } = await openPage(site, '?lang=en');
    await page.selectOption('#state-filter', '32');
    await waitForIdle(page);
    await page.locator('.ranked-list li[data-id="32026"] button').click();
    await page.locator('button[data-degree="muy-bajo"]').click();
    await waitForIdle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('c'), { timeout: 10_000 }).not.toBeNull();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect([...url.searchParams.keys()].sort()).toEqual(['c', 'e', 'g', 'lang', 'm']);
    expect(url.searchParams.get('m')).toBe('32026');

    const seen = { summary: await summaryRows(page), details: await detailsText(page), row: await currentRow(page), camera: await camera(page) };
    const fresh = await launchBrowser();
    try {
      const other = await fresh.context.newPage();
      await other.goto(link);
      await waitForMap(other);
      expect(await summaryRows(other)).toEqual(seen.summary);
      expect(await detailsText(other)).toBe(seen.details);
      expect(await currentRow(other)).toBe(seen.row);
      const cam = await camera(other);
      expect(Math.abs(cam.zoom - seen.camera.zoom)).toBeLessThan(0.01);
      expect(Math.abs(cam.lat - seen.camera.lat)).toBeLessThan(0.01);
      expect(Math.abs(cam.lon - seen.camera.lon)).toBeLessThan(0.01);
    } finally {
      await fresh.close();
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('Back returns to the previous selection; camera moves add no history', async () => {
    const { page, errors, close } = await openPage(site, '?lang=en&e=32&m=32026');
    await expect.poll(() => detailsText(page)).toContain('Mazapil');
    await page.locator('.ranked-list li[data-id="32056"] button').click();
    await expect.poll(() => detailsText(page)).toContain('Zacatecas (32056)');
    const length = await page.evaluate(() => history.length);
    // Braces: returning the Map would make Playwright serialize it (seconds).
    await page.evaluate(() => {
      window.__atlasMap!.map.panBy([120, 40], { duration: 0 });
    });
    await page.evaluate(() => {
      window.__atlasMap!.map.zoomTo(8, { duration: 0 });
    });
    // The camera reaches the link after its debounce (300 ms) once the move ends.
    await expect.poll(() => new URL(page.url()).searchParams.get('c'), { timeout: 10_000 }).toMatch(/,8$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    // Back also moves the map back (a software-WebGL redraw on this page's main thread): allow it time.
    await expect.poll(() => detailsText(page), { timeout: 10_000 }).toContain('Mazapil');
    expect(new URL(page.url()).searchParams.get('m')).toBe('32026');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search', () => {
  test('"michoacan" finds Michoacán; choosing it filters and flies there', async () => {
    const { page, close } = await openPage(site, '?lang=en');
    const box = page.getByRole('combobox', { name: 'Search for a place' });
    await box.fill('michoacan');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Michoacán de Ocampo');
    await box.press('Enter');
    await expect.poll(() => page.locator('#summary-title').textContent()).toContain('Michoacán de Ocampo');
    expect(new URL(page.url()).searchParams.get('e')).toBe('16');
    await waitForIdle(page);
    const cam = await camera(page);
    expect(cam.lon).toBeGreaterThan(-104);
    expect(cam.lon).toBeLessThan(-100);
    await close();
  });

  test('"El Llano" finds Conapo\'s "Llano, El" with its state, and selects it', async () => {
    const { page, close } = await openPage(site, '?lang=en');
    const box = page.getByRole('combobox', { name: 'Search for a place' });
    await box.fill('El Llano');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Llano, El');
    expect(await page.getByRole('option').first().textContent()).toContain('Aguascalientes');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect.poll(() => detailsText(page)).toContain('Llano, El (01010)');
    // It flew to the municipality itself, closer than its state's extent.
    await waitForIdle(page);
    const cam = await camera(page);
    expect(cam.zoom).toBeGreaterThan(8.5);
    expect(Math.abs(cam.lat - 21.9)).toBeLessThan(0.3);
    expect(Math.abs(cam.lon - -101.97)).toBeLessThan(0.3);
    await close();
  });
});

test('search finds a consulate ("los angeles") and opens its circuits', async () => {
  const { page, errors, external, close } = await openPage(site, '?lang=en');
  const box = page.getByRole('combobox', { name: 'Search for a place' });
  await box.focus(); // fetches the consulates' names
  await box.fill('los angeles');
  await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 30_000 }).toContain('Consulate, California');
  await box.press('Enter');
  await expect.poll(() => page.locator('.circuits-panel .list-title').textContent(), { timeout: 30_000 }).toContain('Top origins to Los Angeles');
  expect(new URL(page.url()).searchParams.get('d')).toBe('los_angeles');
  expect(new URL(page.url()).searchParams.get('k')).toBe('2011');
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await close();
});
