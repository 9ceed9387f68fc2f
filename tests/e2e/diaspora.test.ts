// The US diaspora and remittance layers in real headless Chromium: the US measure colours
// US states, the year moves a state's figure (checked against the raw ACS cell), and the
// ranked list selects states on the map.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { DIASPORA_COLORS } from '../../geo/diaspora-view';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { colourAt, openAtlas, pickedAt, screenPoint, waitForIdle } from './atlas-page';
import { launchBrowser } from './browser';
import { startTestSite } from './site';

let server: Awaited<ReturnType<typeof startTestSite>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

/** The raw ACS cell: Mexican-origin estimate of a state in a year, straight from the DATA file. */
function rawMexican(year: number, fips: string): number {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, `sources/acs-dp05-state/acs-acs1-profile-${year}-GROUP_DP05_DATA.csv`), 'utf8'));
  const code = year <= 2016 ? 'DP05_0067E' : 'DP05_0072E'; // as ../shared/data/README.md states
  const row = rows.find((r) => r[header.indexOf('GEO_ID')] === `0400000US${fips}`)!;
  return Number(row[header.indexOf(code)]);
}

const TEXAS: [number, number] = [-99.5, 31.5];
const usValue = () => page.getByTestId('us-value').textContent();

beforeAll(async () => {
  server = await startTestSite();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openAtlas(page, server.url, '?lang=en');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('US diaspora layer', () => {
  test('switching the layer to the Mexican-origin population colours US states and shows both countries', async () => {
    await page.selectOption('#us-layer', 'pop');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await waitForIdle(page);
    await expect.poll(() => pickedAt(page, TEXAS, 'us-states'), { timeout: 10_000 }).toBe('48');
    const rgb = await colourAt(page, TEXAS);
    expect(DIASPORA_COLORS.some((c) => c.every((v, i) => Math.abs(v - rgb[i]) <= 6)), `Texas is ${rgb}`).toBe(true);
    const bounds = await page.evaluate(() => window.__atlasMap!.map.getBounds().toArray());
    expect(bounds[0][1]).toBeLessThan(18); // southern Mexico in view…
    expect(bounds[1][1]).toBeGreaterThan(45); // …and the northern US
    expect(new URL(page.url()).searchParams.get('u')).toBe('pop');
    // Hovering Texas on the map marks its row in the ranked list.
    const p = await screenPoint(page, TEXAS);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.getByTestId('us-list').locator('li[data-id="48"]').getAttribute('class'), { timeout: 15_000 }).toBe('highlighted');
  });

  test('clicking a state in the ranked list selects it on the map and in the panel', async () => {
    await page.getByTestId('us-list').locator('li[data-id="06"] button').click();
    await expect.poll(() => page.getByTestId('us-details').textContent()).toContain('California');
    expect(new URL(page.url()).searchParams.get('s')).toBe('06');
    await waitForIdle(page);
    // The selection outline is drawn on California's northern border (42° N).
    await expect.poll(async () => {
      const p = await screenPoint(page, [-121, 42]);
      return page.evaluate(({ x, y }) => {
        const info = window.__atlasMap!.overlay.pickObject({ x, y, radius: 4, layerIds: ['us-selection'] });
        return (info?.object as { properties: { fips: string } } | undefined)?.properties.fips ?? null;
      }, { x: p.localX, y: p.localY });
    }).toBe('06');
  });

  test('moving the year changes the state\'s figure, which equals the raw ACS cell', async () => {
    await page.getByTestId('us-list').locator('li[data-id="48"] button').click();
    await expect.poll(usValue).toContain('2018');
    expect(await usValue()).toContain(rawMexican(2018, '48').toLocaleString('en-US'));
    await page.locator('#year-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(usValue).toContain('2017');
    expect(await usValue()).toContain(rawMexican(2017, '48').toLocaleString('en-US'));
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(usValue).toContain('2010');
    expect(await usValue()).toContain(rawMexican(2010, '48').toLocaleString('en-US'));
    expect(new URL(page.url()).searchParams.get('y')).toBe('2010');
    expect(await page.getByTestId('us-national').textContent()).toContain('margin of error');
  });

  test('remittances: US states by money sent, Mexican states by money received per household', async () => {
    await page.selectOption('#us-layer', 'rem');
    await page.getByLabel('Remittances per dwelling (Banxico; dwellings: Conapo 2010 up to 2014, 2020 after)').check();
    await expect.poll(() => page.getByTestId('mx-list').locator('li').count(), { timeout: 30_000 }).toBe(32);
    expect(await page.getByTestId('year-value').textContent()).toMatch(/^20(1[3-9]|2\d)$/);
    expect(await page.getByTestId('us-national').textContent()).toContain('No state identified by Banxico');
    await waitForIdle(page);
    const zacatecas = await screenPoint(page, [-102.1, 23.5]);
    const picked = await page.evaluate(({ x, y }) => {
      const info = window.__atlasMap!.overlay.pickObject({ x, y, layerIds: ['mx-states-measure'] });
      return (info?.object as { properties: { id: string } } | undefined)?.properties.id ?? null;
    }, { x: zacatecas.localX, y: zacatecas.localY });
    expect(picked).toBe('32');
    expect(await page.locator('.mx-panel .source').textContent()).toContain('Banxico');
  });
});
