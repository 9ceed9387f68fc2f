// The municipal atlas in real headless Chromium, on the built static site: what a
// reader sees on the map (pixels, picked features, tooltip) and in the panels. Each test
// opens its own page in the state it needs.
import { describe, expect, test } from 'vitest';
import { rawConapoRows, rawTable } from '../support/raw-conapo';
import { DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR } from '../../geo/degrees';
import { colourAt, countDegreePixels, pixelsIn, PLACES, pickedAt, screenPoint, summaryRows, waitForIdle } from './atlas-page';
import { launchBrowser, watchPage } from './browser';
import { openPage, useTestSite } from './site';

const site = useTestSite();
const en = (n: number) => n.toLocaleString('en-US');
/** Names off where colours are sampled: a name may be drawn at a place's centre. */
const open = (query: string) => openPage(site, `?lang=en&lb=0${query}`);

describe('municipal intensity map', () => {
  test('draws the municipalities in the degree palette, with no error and no request elsewhere', async () => {
    const { page, errors, external, close } = await open('');
    const counts = await countDegreePixels(page);
    // Every class with many municipalities covers real screen area at country zoom.
    for (const d of ['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo'] as const) expect(counts[d], d).toBeGreaterThan(300);
    expect(await pickedAt(page, PLACES.ensenada.lngLat)).toBe(PLACES.ensenada.id);
    // A municipality created after 2000 is on the map, in the grey of "no data".
    expect(await pickedAt(page, PLACES.sanQuintin.lngLat)).toBe(PLACES.sanQuintin.id);
    expect(await colourAt(page, PLACES.sanQuintin.lngLat)).toEqual([...NO_DATA_COLOR]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });

  test('the country-wide summary is Conapo\'s published table', async () => {
    const { page, close } = await open('');
    const rows = await summaryRows(page);
    expect(rows['muy-alto'].slice(0, 1)).toEqual(['162']);
    expect(rows['alto'][0]).toBe('330');
    expect(rows['medio'][0]).toBe('392');
    expect(rows['bajo'][0]).toBe('593');
    expect(rows['muy-bajo'][0]).toBe('873');
    expect(rows['nulo'][0]).toBe('93');
    expect(rows.total[0]).toBe('2,443');
    expect(rows.total[2]).toBe('97,483,412');
    expect(rows.total[4]).toBe('22,639,808');
    await close();
  });

  test('hovering a municipality shows its name, state and degree', async () => {
    const { page, close } = await open('');
    const p = await screenPoint(page, PLACES.ensenada.lngLat);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.locator('.atlas-tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain('Ensenada');
    const text = await tooltip.textContent();
    expect(text).toContain('Baja California');
    expect(text).toContain('Low');
    const q = await screenPoint(page, PLACES.sanQuintin.lngLat);
    await page.mouse.move(q.x, q.y);
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain('no data');
    await close();
  });

  test('clicking a municipality fills the details panel and focuses its state', async () => {
    const { page, errors, close } = await open('');
    const raw = rawConapoRows().find((r) => r.state === 32 && r.municipality === 26)!;
    const p = await screenPoint(page, PLACES.mazapil.lngLat);
    await page.mouse.click(p.x, p.y);
    const details = page.getByTestId('details');
    await expect.poll(() => details.textContent(), { timeout: 10_000 }).toContain('Mazapil');
    const text = (await details.textContent())!;
    expect(text).toContain('Zacatecas');
    expect(text).toContain(en(raw.households));
    expect(text).toContain(`${Number(raw.cells[4]).toFixed(2)} %`);
    expect(text).toMatch(/Rank in the state\s*\d+ of \d+/);
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('32026');
    expect(new URL(page.url()).searchParams.get('e')).toBe('32');
    // The ranked list scrolled to and marks the selection.
    await expect.poll(() => page.locator('.ranked-list [aria-current="true"]').textContent()).toContain('Mazapil');
    expect(errors).toEqual([]);
    await close();
  });

  test('choosing a state shows that state\'s table, and its municipalities only', async () => {
    const { page, close } = await open('');
    await page.selectOption('#state-filter', '14');
    await waitForIdle(page);
    const jalisco = rawTable(14);
    const total = [...jalisco.values()].reduce((s, t) => s + t.municipalities, 0);
    const rows = await summaryRows(page);
    expect(rows.total[0]).toBe(en(total));
    expect(rows['muy-alto'][0]).toBe(en(jalisco.get('Very high')?.municipalities ?? 0));
    expect(rows.total[4]).toBe(en([...jalisco.values()].reduce((s, t) => s + t.households, 0)));
    expect(await page.getByTestId('ranked-list').locator('li').count()).toBe(total);
    expect(new URL(page.url()).searchParams.get('e')).toBe('14');
    // Aguascalientes, enclosed by Jalisco and Zacatecas, stays on screen: grey, outside the filter.
    const aguascalientes: [number, number] = [-102.3, 21.85];
    expect(await pickedAt(page, aguascalientes)).toBe('01001');
    expect(await colourAt(page, aguascalientes)).toEqual([...FILTERED_OUT_COLOR]);
    // …while Jalisco keeps its degree colours: Tomatlán (14100) is Medio.
    const tomatlan: [number, number] = [-105.021, 19.994];
    expect(await pickedAt(page, tomatlan)).toBe('14100');
    expect(await colourAt(page, tomatlan)).toEqual([...DEGREE_COLORS.medio]);
    await close();
  });

  test('toggling a degree changes the map, the summary and the list together', async () => {
    const { page, close } = await open('');
    const before = await countDegreePixels(page);
    await page.locator('button[data-degree="muy-alto"]').click();
    await waitForIdle(page);
    const rows = await summaryRows(page);
    expect(rows['muy-alto'][0]).toBe('0');
    expect(rows.total[0]).toBe(en(2443 - 162));
    await expect.poll(() => page.locator('#ranking-title').textContent()).toContain(en(2443 - 162));
    // The list now starts with the highest index outside Muy alto, found in the raw file.
    const top = rawConapoRows()
      .filter((r) => r.label !== 'Very high' && r.label !== 'Null')
      .sort((a, b) => Number(b.cells[8]) - Number(a.cells[8]))[0];
    expect(top.label).toBe('High');
    expect((await page.locator('.ranked-list li .name').first().textContent())!.startsWith(top.name)).toBe(true);
    const after = await countDegreePixels(page);
    expect(before['muy-alto']).toBeGreaterThan(300);
    expect(after['muy-alto']).toBeLessThan(before['muy-alto'] / 20);
    expect(after['medio']).toBeGreaterThan(before['medio'] * 0.8);
    expect(new URL(page.url()).searchParams.get('g')).toBe('alto,medio,bajo,muy-bajo,nulo');
    await close();
  });

  test('the national ranked list ends up with every municipality of 2000, in rank order', async () => {
    const { page, close } = await open('');
    // The first rows render with the page, the rest in a deferred pass: all 2,443 arrive.
    await expect.poll(() => page.getByTestId('ranked-list').locator('li').count(), { timeout: 15_000 }).toBe(2443);
    await expect.poll(() => page.getByTestId('ranked-list').getAttribute('aria-busy')).toBe('false');
    const ranks = await page.locator('.ranked-list li .rank').evaluateAll((cells) => cells.map((c) => Number(c.textContent!.replace(/,/g, ''))));
    // Ranked by index from the raw file: 1 first, the Nulo rows (no index, no rank) last.
    const ranked = rawConapoRows().filter((r) => r.label !== 'Null').length;
    expect(ranks.slice(0, ranked)).toEqual(Array.from({ length: ranked }, (_, i) => ranks[i]).sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    expect(ranks.slice(ranked).every((r) => Number.isNaN(r))).toBe(true);
    await close();
  });
});

describe('levels of detail', () => {
  // The Baja California / Baja California Sur border runs along 28° N; both sides are bright
  // (Bajo, Muy bajo), the border dark grey.
  const border: [number, number] = [-113.5, 28.0];
  const isBorderGrey = ([r, g, b]: number[]) => Math.max(r, g, b) < 130 && Math.max(r, g, b) - Math.min(r, g, b) < 30;

  test('state borders are drawn at every level of detail, and the fill follows the level', async () => {
    const { page: p, close } = await openPage(site, '?lang=en&lb=0&c=28,-113.5,6');
    try {
      for (const zoom of [6, 5, 4.2]) {
        // Braces: returning the Map would make Playwright serialize it (seconds).
        await p.evaluate((z) => {
          window.__atlasMap!.map.jumpTo({ zoom: z });
        }, zoom);
        await waitForIdle(p);
        const { x, y } = await screenPoint(p, border);
        const strip = await pixelsIn(p, { x: Math.round(x), y: Math.round(y) - 6, width: 1, height: 13 });
        expect(strip.slice(4, 9).some(isBorderGrey), `border at zoom ${zoom}: ${JSON.stringify(strip)}`).toBe(true);
        expect(isBorderGrey(strip[0]) || isBorderGrey(strip[12]), `fill beside the border at zoom ${zoom}`).toBe(false);
        // The coarser levels still colour the same municipalities.
        expect(await pickedAt(p, PLACES.ensenada.lngLat)).toBe(PLACES.ensenada.id);
      }
      const fillVertices = await p.evaluate(() => {
        type DeckLayer = { id: string; props: { visible: boolean }; getNumInstances: () => number };
        const deck = window.__atlasMap!.overlay as unknown as { _deck: { layerManager: { getLayers: () => DeckLayer[] } } };
        const shown = deck._deck.layerManager.getLayers().filter((l) => /^municipios-l\d$/.test(l.id) && l.props.visible);
        return shown.map((l) => l.getNumInstances());
      });
      // Zoomed out the fill is drawn from the coarsest level: well under the full ~62,000 vertices.
      expect(fillVertices).toHaveLength(1);
      expect(fillVertices[0]).toBeLessThan(40_000);
    } finally {
      await close();
    }
  });
});

describe('links and fallbacks', () => {
  test('a malformed link opens a valid country view with a notice', async () => {
    const p = await site.browser.context.newPage();
    const { errors } = watchPage(p, site.server.url);
    await p.goto(`${site.server.url}/?lang=en&e=99&m=abc&g=zzz`);
    await expect.poll(() => p.locator('[data-testid="summary-table"] tr[data-degree="total"] td').first().textContent(), { timeout: 30_000 }).toBe('2,443');
    const notice = p.locator('.link-notice');
    await expect.poll(() => notice.textContent()).toContain('ignored');
    for (const key of ['e', 'm', 'g']) expect(await notice.textContent()).toMatch(new RegExp(`\\b${key}\\b`));
    expect(errors).toEqual([]);
    await p.close();
  });

  test('a browser without WebGL still gets the tables', async () => {
    const noGl = await launchBrowser({ extraArgs: ['--disable-3d-apis'] });
    try {
      const p = await noGl.context.newPage();
      const { external } = watchPage(p, site.server.url);
      await p.goto(`${site.server.url}/?lang=en&e=32`);
      await expect.poll(() => p.locator('.map-unavailable').textContent(), { timeout: 30_000 }).toContain('no WebGL');
      const zacatecas = [...rawTable(32).values()].reduce((s, t) => s + t.municipalities, 0);
      await expect.poll(() => p.locator('[data-testid="summary-table"] tr[data-degree="total"] td').first().textContent()).toBe(String(zacatecas));
      expect(external).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
