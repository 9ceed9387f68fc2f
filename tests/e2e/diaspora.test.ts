// The US diaspora and remittance layers in real headless Chromium: the US measure colours
// US states, the year moves a state's figure (checked against the raw ACS cell), the ranked
// list selects states on the map (outline seen on screen), remittances colour Mexican states,
// and showing the US panel for the first time leaves the map mounted and its camera in place.
// Each test opens its own page in the state it needs and checks that the page logged no
// error and asked nothing of another site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { DIASPORA_COLORS, DIASPORA_NO_CLASS } from '../../geo/diaspora-view';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { colourAt, pickedAt, pixelsIn, screenPoint, waitForIdle } from './atlas-page';
import { openPage, useTestSite } from './site';

const site = useTestSite();

/** The raw ACS cell: Mexican-origin estimate of a state in a year, straight from the DATA file. */
function rawMexican(year: number, fips: string): number {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, `sources/acs-dp05-state/acs-acs1-profile-${year}-GROUP_DP05_DATA.csv`), 'utf8'));
  const code = year <= 2016 ? 'DP05_0067E' : 'DP05_0072E'; // as ../shared/data/README.md states
  const row = rows.find((r) => r[header.indexOf('GEO_ID')] === `0400000US${fips}`)!;
  return Number(row[header.indexOf(code)]);
}

/** One raw ACS cell of a state in a year, by column. */
function rawCell(year: number, fips: string, column: string): string {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, `sources/acs-dp05-state/acs-acs1-profile-${year}-GROUP_DP05_DATA.csv`), 'utf8'));
  return rows.find((r) => r[header.indexOf('GEO_ID')] === `0400000US${fips}`)![header.indexOf(column)];
}

/** Banxico's US file, raw: the quarters each year has, and one state's sum in a year. */
function rawRemittances() {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SOURCES_ROOT, 'sources/banxico-remittances/remesas_usa.csv'), 'utf8')).filter((r) => r.length > 1);
  const col = (name: string) => header.indexOf(name);
  const quarters = new Map<number, Set<string>>();
  for (const r of rows) quarters.set(Number(r[col('PERIODO')].slice(0, 4)), (quarters.get(Number(r[col('PERIODO')].slice(0, 4))) ?? new Set()).add(r[col('PERIODO')]));
  const sum = (usps: string, year: number) => rows.filter((r) => r[col('ID_ESTADO')] === usps && r[col('PERIODO')].startsWith(`${year}-`)).reduce((s, r) => s + Number(r[col('VALOR_USD')]), 0);
  return { quarters, sum };
}

const TEXAS: [number, number] = [-99.5, 31.5];
const ZACATECAS: [number, number] = [-102.1, 23.5];
/** California's northern border (42° N), where the selection outline is drawn. */
const CA_NORTH_BORDER: [number, number] = [-121, 42];
/** The selected US state's outline, as components/map/diasporaLayers.ts draws it (3 px). */
const SELECTED_OUTLINE = [0, 0, 0];
const usValue = (page: Page) => page.getByTestId('us-value').textContent();
const close = (rgb: number[], expected: readonly number[], tolerance = 6) => expected.every((v, i) => Math.abs(v - rgb[i]) <= tolerance);
const inPalette = (rgb: number[]) => DIASPORA_COLORS.some((c) => close(rgb, c));

/** The pixels of a 1 × 13 px column across a place (a border), top to bottom. */
async function columnAcross(page: Page, lngLat: [number, number]) {
  const p = await screenPoint(page, lngLat);
  return pixelsIn(page, { x: Math.round(p.x), y: Math.round(p.y) - 6, width: 1, height: 13 });
}

describe('US diaspora layer', () => {
  test('switching the layer to the Mexican-origin population colours US states and shows both countries', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en');
    await page.selectOption('#us-layer', 'pop');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await waitForIdle(page);
    await expect.poll(() => pickedAt(page, TEXAS, 'us-states'), { timeout: 10_000 }).toBe('48');
    const rgb = await colourAt(page, TEXAS);
    expect(inPalette(rgb), `Texas is ${rgb}`).toBe(true);
    const bounds = await page.evaluate(() => window.__atlasMap!.map.getBounds().toArray());
    expect(bounds[0][1]).toBeLessThan(18); // southern Mexico in view…
    expect(bounds[1][1]).toBeGreaterThan(45); // …and the northern US
    expect(new URL(page.url()).searchParams.get('u')).toBe('pop');
    // Hovering Texas on the map marks its row in the ranked list.
    const p = await screenPoint(page, TEXAS);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.getByTestId('us-list').locator('li[data-id="48"]').getAttribute('class'), { timeout: 15_000 }).toBe('highlighted');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('showing the US panel the first time keeps the map mounted and the camera where a US link opens it', async () => {
    // Where the camera of a page opened with the US layer on comes to rest (the layer shows both countries).
    const reference = await openPage(site, '?lang=en&u=pop');
    const expected = await reference.page.evaluate(() => ({ ...window.__atlasMap!.map.getCenter(), zoom: window.__atlasMap!.map.getZoom() }));
    await reference.close();
    const { page, errors, external, close: done } = await openPage(site, '?lang=en');
    // Watch for the page-level fallback of app/page.tsx and for the map's canvas leaving the page.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __unmounts: string[] }).__unmounts = seen;
      const canvas = window.__atlasMap!.map.getCanvas();
      new MutationObserver(() => {
        // An element's own text, not the body's: the page's inline flight data names the fallback too.
        const fallback = [...document.querySelectorAll('body :not(script)')].some((e) => e.childElementCount === 0 && e.textContent === 'Cargando… / Loading…');
        if (fallback && !seen.includes('fallback')) seen.push('fallback');
        if (!canvas.isConnected && !seen.includes('canvas removed')) seen.push('canvas removed');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.selectOption('#us-layer', 'pop');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await waitForIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __unmounts: string[] }).__unmounts)).toEqual([]);
    const after = await page.evaluate(() => ({ ...window.__atlasMap!.map.getCenter(), zoom: window.__atlasMap!.map.getZoom() }));
    expect(Math.abs(after.lng - expected.lng), `centre ${after.lng},${after.lat} vs ${expected.lng},${expected.lat}`).toBeLessThan(0.5);
    expect(Math.abs(after.lat - expected.lat)).toBeLessThan(0.5);
    expect(Math.abs(after.zoom - expected.zoom)).toBeLessThan(0.1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('clicking a state in the ranked list selects it on the map and in the panel', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&u=pop&lb=0');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await waitForIdle(page);
    const isOutline = (rgb: number[]) => close(rgb, SELECTED_OUTLINE, 40);
    expect((await columnAcross(page, CA_NORTH_BORDER)).filter(isOutline)).toEqual([]);
    await page.getByTestId('us-list').locator('li[data-id="06"] button').click();
    await expect.poll(() => page.getByTestId('us-details').textContent()).toContain('California');
    expect(new URL(page.url()).searchParams.get('s')).toBe('06');
    await waitForIdle(page);
    // The selection outline is drawn on California's northern border (42° N)…
    await expect.poll(async () => {
      const p = await screenPoint(page, CA_NORTH_BORDER);
      return page.evaluate(({ x, y }) => {
        const info = window.__atlasMap!.overlay.pickObject({ x, y, radius: 4, layerIds: ['us-selection'] });
        return (info?.object as { properties: { fips: string } } | undefined)?.properties.fips ?? null;
      }, { x: p.localX, y: p.localY });
    }).toBe('06');
    // …and seen there: a run of outline-coloured pixels across the border.
    const column = await columnAcross(page, CA_NORTH_BORDER);
    expect(column.filter(isOutline).length, `column ${column.map((c) => c.join(',')).join(' ')}`).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('moving the year changes the state\'s figure, which equals the raw ACS cell', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&u=pop');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await page.getByTestId('us-list').locator('li[data-id="48"] button').click();
    await expect.poll(() => usValue(page)).toContain('2018');
    expect(await usValue(page)).toContain(rawMexican(2018, '48').toLocaleString('en-US'));
    await page.locator('#year-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => usValue(page)).toContain('2017');
    expect(await usValue(page)).toContain(rawMexican(2017, '48').toLocaleString('en-US'));
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => usValue(page)).toContain('2010');
    expect(await usValue(page)).toContain(rawMexican(2010, '48').toLocaleString('en-US'));
    expect(new URL(page.url()).searchParams.get('y')).toBe('2010');
    expect(await page.getByTestId('us-national').textContent()).toContain('margin of error');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('remittances: US states by money sent, Mexican states by money received per household', async () => {
    // Names off: Zacatecas's name is drawn near where its colour is sampled.
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&u=rem&lb=0');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    await page.getByLabel('Remittances per dwelling (Banxico; dwellings: Conapo 2010 up to 2014, 2020 after)').check();
    await expect.poll(() => page.getByTestId('mx-list').locator('li').count(), { timeout: 30_000 }).toBe(32);
    expect(new URL(page.url()).searchParams.get('x')).toBe('remhh');
    expect(await page.getByTestId('year-value').textContent()).toMatch(/^20(1[3-9]|2\d)$/);
    expect(await page.getByTestId('us-national').textContent()).toContain('No state identified by Banxico');
    await waitForIdle(page);
    expect(await pickedAt(page, ZACATECAS, 'mx-states-measure')).toBe('32');
    // Seen, not only picked: Zacatecas is filled with one of the remittance palette's colours.
    await expect.poll(async () => inPalette(await colourAt(page, ZACATECAS)), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.mx-panel .source').textContent()).toContain('Banxico');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('remittances open on the latest complete year; the partial year is selectable, names its quarters and is left grey', async () => {
    const raw = rawRemittances();
    const years = [...raw.quarters.keys()].sort((a, b) => a - b);
    const partial = years[years.length - 1];
    const complete = years.filter((y) => raw.quarters.get(y)!.size === 4);
    const present = [...raw.quarters.get(partial)!].map((d) => (Number(d.slice(5, 7)) + 2) / 3).sort();
    expect(present.length).toBeLessThan(4);
    const label = present.length === 1 ? `Q${present[0]} only` : `Q${present[0]}–Q${present[present.length - 1]} only`;
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&u=rem');
    await expect.poll(() => page.getByTestId('us-list').locator('li').count(), { timeout: 30_000 }).toBe(52);
    expect(await page.getByTestId('year-value').textContent()).toBe(String(complete[complete.length - 1]));
    expect(await page.getByTestId('year-partial').count()).toBe(0);
    await waitForIdle(page);
    const full = await colourAt(page, TEXAS);
    expect(inPalette(full), `Texas is ${full}`).toBe(true);

    await page.locator('#year-slider').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('year-value').textContent()).toBe(String(partial));
    expect(new URL(page.url()).searchParams.get('y')).toBe(String(partial));
    expect(await page.getByTestId('year-partial').textContent()).toContain(label);
    expect(await page.getByTestId('partial-note').textContent()).toContain(`${partial} has ${present.length} of 4 quarters so far`);
    const texas = (await page.getByTestId('us-list').locator('li[data-id="48"]').textContent())!;
    expect(texas).toContain(raw.sum('TX', partial).toLocaleString('en-US'));
    expect(texas).toContain(`(${label})`);
    await waitForIdle(page);
    await expect.poll(async () => close(await colourAt(page, TEXAS), DIASPORA_NO_CLASS), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('the share and its margin, in percentage points, from the raw cells (Texas 2010, in Spanish)', async () => {
    const [x, moeX, y] = [rawMexican(2010, '48'), Number(rawCell(2010, '48', 'DP05_0067M')), Number(rawCell(2010, '48', 'DP05_0001E'))];
    // The total is controlled (no sampling error), so MOE(p) = sqrt(MOE_x² − p²·0²) / y = MOE_x / y.
    expect(rawCell(2010, '48', 'DP05_0001M')).toBe('-555555555');
    const share = (100 * x) / y;
    const points = (100 * moeX) / y;
    const es = (n: number) => n.toLocaleString('es', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const { page, errors, external, close: done } = await openPage(site, '?lang=es&u=pop&s=48&y=2010');
    await expect.poll(() => page.getByTestId('us-share').textContent(), { timeout: 30_000 }).toContain(`${es(share)} %`);
    expect(await page.getByTestId('us-share').textContent()).toContain(`± ${es(points)} pp`);
    await page.selectOption('#us-layer', 'share');
    await expect.poll(() => page.getByTestId('us-list').locator('li[data-id="48"]').textContent()).toContain(`± ${es(points)} pp`);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });
});
