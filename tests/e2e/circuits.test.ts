// The migratory circuits in real headless Chromium: arcs drawn and pickable, Zacatecas's
// top destinations equal to sums over the raw SRE rows, and a destination highlighting its
// municipalities of origin on the intensity map.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { colourAt, openAtlas, PLACES, pickedAt, waitForIdle } from './atlas-page';
import { launchBrowser } from './browser';
import { startTestSite } from './site';

const SRE = path.join(SOURCES_ROOT, 'sources/sre-matriculas');
type RawConsulate = { key: string; name_en: string };
const consulates: RawConsulate[] = JSON.parse(readFileSync(path.join(SRE, 'consulados.json'), 'utf8'));
/** Every 2011 state → consulate flow with cards, summed from the raw rows here. */
function rawStateFlows2011(): number[] {
  const sums = new Map<string, number>();
  for (const c of consulates) {
    const rows: { id: string; value: string }[] = JSON.parse(readFileSync(path.join(SRE, `jsons/2011${c.key}`), 'utf8'));
    for (const r of rows) sums.set(`${r.id.padStart(5, '0').slice(0, 2)}>${c.key}`, (sums.get(`${r.id.padStart(5, '0').slice(0, 2)}>${c.key}`) ?? 0) + Number(r.value));
  }
  return [...sums.values()].filter((n) => n > 0).sort((a, b) => b - a);
}

/** Cards of 2011 from one state, by consulate, summed from the raw rows here. */
function rawByConsulate(statePrefix: string) {
  return consulates
    .map((c) => {
      const rows: { id: string; value: string }[] = JSON.parse(readFileSync(path.join(SRE, `jsons/2011${c.key}`), 'utf8'));
      return { ...c, count: rows.filter((r) => r.id.padStart(5, '0').startsWith(statePrefix)).reduce((s, r) => s + Number(r.value), 0) };
    })
    .sort((a, b) => b.count - a.count);
}

let server: Awaited<ReturnType<typeof startTestSite>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await startTestSite();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openAtlas(page, server.url, '?lang=en&k=2011');
  await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
  await waitForIdle(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('migratory circuits', () => {
  test('the circuits layer draws arcs, and says how many flows are hidden', async () => {
    const box = (await page.locator('.map').boundingBox())!;
    const picked = await page.evaluate(({ width, height }) => {
      const infos = window.__atlasMap!.overlay.pickObjects({ x: 0, y: 0, width, height, layerIds: ['circuit-arcs'], maxObjects: 500 });
      return infos.map((i) => i.object as { origin: string; destination: string; count: number });
    }, { width: Math.floor(box.width), height: Math.floor(box.height) });
    expect(picked.length).toBeGreaterThan(10);
    expect(picked.every((a) => /^\d{2}$/.test(a.origin) && a.count > 0)).toBe(true);
    // Shown + hidden (+ any not drawn) is every state → consulate flow of the raw rows, in number and in cards.
    const flows = rawStateFlows2011();
    const text = (await page.getByTestId('flows-hidden').textContent())!;
    const [, shown, hidden, hiddenCards, , unplaced, unplacedCards] = /^([\d,]+) flows shown; ([\d,]+) more hidden \(([\d,]+) cards\)\.( ([\d,]+) more not drawn: no position on the map \(([\d,]+) cards\)\.)?$/.exec(text)!.map((n) => Number((n ?? '0').replace(/,/g, '')));
    expect(shown).toBe(80);
    expect(shown + hidden + unplaced).toBe(flows.length);
    expect(hiddenCards + unplacedCards).toBe(flows.slice(80).reduce((s, n) => s + n, 0));
    expect(unplaced).toBe(0); // every municipality and state of the rows has a polygon
    expect(await page.locator('.circuits-panel').textContent()).toContain('not migrant stocks');
  });

  test('selecting Zacatecas lists its top destinations with counts matching the raw rows', async () => {
    await page.selectOption('#circuits-origin', '32');
    await expect.poll(() => page.locator('.circuits-panel .list-title').textContent()).toContain('Top destinations of Zacatecas');
    const expected = rawByConsulate('32');
    const total = expected.reduce((s, c) => s + c.count, 0);
    const rows = page.getByTestId('flow-list').locator('li');
    for (let i = 0; i < 3; i++) {
      const text = (await rows.nth(i).textContent())!;
      expect(text).toContain(expected[i].name_en);
      expect(text).toContain(expected[i].count.toLocaleString('en-US'));
    }
    expect(await page.getByTestId('flows-total').textContent()).toContain(total.toLocaleString('en-US'));
    expect(new URL(page.url()).searchParams.get('o')).toBe('32');
    // The list downloads as CSV, every destination with its unrounded share.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="flows"]').click()]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1)).filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(csv.reduce((s, r) => s + Number(r[3]), 0)).toBe(total);
    expect(csv[0].slice(1, 4)).toEqual([expected[0].key, expected[0].name_en, String(expected[0].count)]);
    await waitForIdle(page);
    // Every drawn arc now starts in Zacatecas.
    const origins = await page.evaluate(() => {
      const c = window.__atlasMap!.map.getCanvas();
      return window.__atlasMap!.overlay.pickObjects({ x: 0, y: 0, width: c.clientWidth, height: c.clientHeight, layerIds: ['circuit-arcs'], maxObjects: 200 }).map((i) => (i.object as { origin: string }).origin);
    });
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['32']));
  });

  test('selecting a destination highlights its municipalities of origin on the map', async () => {
    const dallas = JSON.parse(readFileSync(path.join(SRE, 'jsons/2011dallas'), 'utf8')) as { id: string; value: string }[];
    expect(Number(dallas.find((r) => r.id.padStart(5, '0') === PLACES.mazapil.id)!.value)).toBeGreaterThan(0);
    await page.selectOption('#circuits-destination', 'dallas');
    await expect.poll(() => page.locator('.circuits-panel .list-title').textContent()).toContain('Top origins to Dallas');
    await page.getByRole('button', { name: 'Mexico' }).click();
    await waitForIdle(page);
    await expect.poll(() => pickedAt(page, PLACES.mazapil.lngLat, 'circuit-origins'), { timeout: 10_000 }).toBe(PLACES.mazapil.id);
    // A municipality with no card to Dallas is not highlighted.
    const none = dallas.every((r) => r.id.padStart(5, '0') !== PLACES.sanQuintin.id);
    if (none) expect(await pickedAt(page, PLACES.sanQuintin.lngLat, 'circuit-origins')).toBeNull();
  });

  test('the regions view colours states by region and switches between Conapo and Durand & Massey', async () => {
    const guerrero: [number, number] = [-100.2, 17.7]; // Sur-Sureste (Conapo) but Central (Durand & Massey)
    const zacatecas: [number, number] = [-102.6, 23.3]; // Tradicional and Histórica: first region in both
    await page.selectOption('#circuits-layer', ''); // arcs off: the regions view stands alone
    await page.getByLabel('Regions of origin (Conapo)').check();
    await expect.poll(() => pickedAt(page, guerrero, 'mx-regions'), { timeout: 20_000 }).toBe('12');
    await waitForIdle(page);
    const conapo = [await colourAt(page, guerrero), await colourAt(page, zacatecas)];
    await page.getByLabel('Regions of origin (Durand & Massey)').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('regdm');
    await waitForIdle(page);
    await expect.poll(() => colourAt(page, guerrero)).not.toEqual(conapo[0]);
    expect(await colourAt(page, zacatecas)).toEqual(conapo[1]);
  });

  test('a destination that names no consulate is ignored, and the notice says so', async () => {
    const p = await browser.context.newPage();
    try {
      await openAtlas(p, server.url, '?lang=en&k=2011&d=nowhere');
      await expect.poll(() => p.locator('.link-notice').textContent(), { timeout: 30_000 }).toMatch(/ignored: d\.$/);
      expect(await p.locator('.circuits-panel .list-title').textContent()).toContain('2011');
    } finally {
      await p.close();
    }
  });
});
