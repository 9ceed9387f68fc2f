// Place names on the map, in real headless Chromium: drawn inside their places, never
// overlapping, more of them closer in, in the page's language, off on request; and a phone
// that opens with the whole of Mexico in view and a two-line header.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEGREE_COLORS, NO_DATA_COLOR } from '../../geo/degrees';
import { namesDrawn, pixelsIn, placedLabels, screenPoint, waitForIdle, type Placed } from './atlas-page';
import type { launchBrowser } from './browser';
import { openPage, useTestSite } from './site';

const site = useTestSite();

/** Pixels of a label's box (screen), counted as text: dark and neutral, unlike every fill colour and border of the map. */
async function textPixels(page: Page, box: Placed['box']) {
  const origin = await page.locator('.map').boundingBox();
  const clip = { x: Math.round(origin!.x + box[0]), y: Math.round(origin!.y + box[1]), width: Math.round(box[2] - box[0]), height: Math.round(box[3] - box[1]) };
  const px = await pixelsIn(page, clip);
  return px.filter(([r, g, b]) => Math.max(r, g, b) < 60 && Math.max(r, g, b) - Math.min(r, g, b) < 12).length;
}

const open = (query: string, options?: Parameters<typeof launchBrowser>[0]) => openPage(site, query, options);

describe('place names', () => {
  test('at the national view "Zacatecas" is drawn inside Zacatecas, and is gone when names are turned off', async () => {
    const { page, errors, close } = await open('?lang=en');
    await namesDrawn(page);
    const zacatecas = (await placedLabels(page)).find((l) => l.id === 'state:32')!;
    expect(zacatecas.text).toBe('Zacatecas');
    // The label's centre lies within the state's extent (-104.4…-100.7 W, 21.0…25.1 N).
    const west = await screenPoint(page, [-104.4, 21.0]);
    const east = await screenPoint(page, [-100.7, 25.1]);
    const cx = (zacatecas.box[0] + zacatecas.box[2]) / 2;
    const cy = (zacatecas.box[1] + zacatecas.box[3]) / 2;
    expect(cx).toBeGreaterThan(west.localX);
    expect(cx).toBeLessThan(east.localX);
    expect(cy).toBeLessThan(west.localY);
    expect(cy).toBeGreaterThan(east.localY);
    const on = await textPixels(page, zacatecas.box);
    expect(on).toBeGreaterThan(25);
    await page.getByTestId('names-toggle').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lb')).toBe('0');
    await expect.poll(async () => (await placedLabels(page)).length).toBe(0);
    await waitForIdle(page);
    expect(await textPixels(page, zacatecas.box)).toBeLessThan(on / 5);
    expect(errors).toEqual([]);
    await close();
  });

  test('no two drawn names overlap, at the national view and at a state', async () => {
    const { page, close } = await open('?lang=en&c=20.7,-103.4,7');
    for (const view of ['state', 'national']) {
      if (view === 'national') {
        await page.getByRole('button', { name: 'Mexico', exact: true }).click();
        await waitForIdle(page);
      }
      await namesDrawn(page);
      const boxes = (await placedLabels(page)).map((l) => l.box);
      expect(boxes.length, view).toBeGreaterThan(view === 'state' ? 30 : 10);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
          expect(overlap, `${view}: ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
        }
      }
    }
    await close();
  });

  test('zooming to a state names municipalities that were hidden nationally', async () => {
    const { page, close } = await open('?lang=en');
    await namesDrawn(page);
    const national = (await placedLabels(page)).filter((l) => l.kind === 'municipality').map((l) => l.text);
    expect(national.length).toBeLessThan(10);
    await page.selectOption('#state-filter', '14');
    await waitForIdle(page);
    await expect.poll(async () => (await placedLabels(page)).filter((l) => l.kind === 'municipality').length, { timeout: 20_000 }).toBeGreaterThan(20);
    const jalisco = (await placedLabels(page)).filter((l) => l.kind === 'municipality').map((l) => l.text);
    // Zapopan (1.48 million in 2020) is named at state level, not nationally.
    expect(jalisco).toContain('Zapopan');
    expect(national).not.toContain('Zapopan');
    await close();
  });

  test('names follow the language switch', async () => {
    const { page, close } = await open('?lang=es&u=pop');
    await namesDrawn(page);
    const texts = async () => (await placedLabels(page)).map((l) => l.text);
    // Both countries in view with the US layer on: the US, its states and Mexico's, in Spanish…
    expect(await texts()).toEqual(expect.arrayContaining(['ESTADOS UNIDOS', 'Nuevo México', 'Carolina del Norte', 'Estado de México']));
    await page.getByRole('button', { name: 'English' }).click();
    // …then in English.
    await expect.poll(texts, { timeout: 20_000 }).toEqual(expect.arrayContaining(['UNITED STATES', 'New Mexico', 'North Carolina', 'State of Mexico']));
    expect(await texts()).not.toContain('Nuevo México');
    await close();
  });
});

test('with the circuits on, consulates are named beside their symbols', async () => {
  const { page, errors, close } = await open('?lang=es&k=2011');
  await namesDrawn(page);
  const consulates = (await placedLabels(page)).filter((l) => l.kind === 'consulate');
  expect(consulates.length).toBeGreaterThan(3);
  // Los Ángeles (SRE's key los_angeles), the consulate with the most cards in 2011, is named in Spanish.
  const la = consulates.find((l) => l.id === 'consulate:los_angeles')!;
  expect(la.text).toBe('Los Ángeles');
  // Beside its symbol, not on it: the name's box starts to the right of the consulate's point.
  const point = await screenPoint(page, await page.evaluate(() => {
    const c = (window.__atlasMap!.overlay as unknown as { _deck: { layerManager: { getLayers: () => { id: string; props: { data: { key: string; lon: number; lat: number }[] } }[] } } })._deck.layerManager
      .getLayers().find((l) => l.id === 'consulates')!.props.data.find((x) => x.key === 'los_angeles')!;
    return [c.lon, c.lat] as [number, number];
  }));
  expect(la.box[0]).toBeGreaterThan(point.localX + 3);
  expect(Math.abs((la.box[1] + la.box[3]) / 2 - point.localY)).toBeLessThan(2);
  expect(errors).toEqual([]);
  await close();
});

describe('phone', () => {
  test('at 390 × 844 the header takes two lines at most and the whole of Mexico is on the map', async () => {
    // Names off: a name drawn at a place's centre would cover the colour sampled there.
    const { page, errors, close } = await open('?lang=en&lb=0', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const header = (await page.locator('.app-header').boundingBox())!;
    const line = await page.locator('.app-header h1').evaluate((h) => parseFloat(getComputedStyle(h).lineHeight) || 20);
    // Two lines of controls (44 px targets) and padding: well under three.
    expect(header.height).toBeLessThanOrEqual(2 * 44 + 2 * line);
    expect(await page.locator('.search input').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Search for a place' }).tap();
    await expect.poll(() => page.locator('.search input').isVisible()).toBe(true);
    // Mexico's four extremes — Tijuana, Matamoros, Cancún (Benito Juárez), Tapachula — drawn in municipal colours.
    const municipal = [...Object.values(DEGREE_COLORS), NO_DATA_COLOR].map((c) => c.join());
    await page.getByRole('button', { name: 'Close search' }).tap();
    await waitForIdle(page);
    const map = (await page.locator('.map').boundingBox())!;
    const sheet = (await page.locator('.side').boundingBox())!;
    for (const [name, lngLat] of [['Tijuana', [-116.8487, 32.4427]], ['Matamoros', [-97.4882, 25.6229]], ['Cancún', [-86.9391, 21.079]], ['Tapachula', [-92.3448, 14.7443]]] as [string, [number, number]][]) {
      const p = await screenPoint(page, lngLat);
      expect(p.x, name).toBeGreaterThan(map.x + 8);
      expect(p.x, name).toBeLessThan(map.x + map.width - 8);
      expect(p.y, name).toBeGreaterThan(map.y + 8);
      expect(p.y, name).toBeLessThan(sheet.y - 8); // not under the panels' sheet
      // Some pixel of a 3 × 3 patch around the place: a small municipality's centre may sit beside a drawn coastline.
      const patch = await pixelsIn(page, { x: Math.round(p.x) - 1, y: Math.round(p.y) - 1, width: 3, height: 3 });
      expect(patch.some((c) => municipal.includes(c.join())), `${name}: ${JSON.stringify(patch)}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
