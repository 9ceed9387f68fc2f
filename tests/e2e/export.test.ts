// Exports in real headless Chromium: CSVs whose figures equal the panels', and PNGs decoded
// pixel by pixel — a title band, a map that is not blank and carries the names on screen, and
// a legend whose swatches are the colours of the layer actually shown.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../data/csv';
import { REGION_COLORS } from '../../geo/circuits';
import { DEGREES, DEGREE_COLORS, type Rgb } from '../../geo/degrees';
import { DIASPORA_COLORS } from '../../geo/diaspora-view';
import { STEP_COLORS } from '../../geo/map-colors';
import { namesDrawn, pickedAt, placedLabels, summaryRows, waitForIdle } from './atlas-page';
import { openPage, useTestSite } from './site';

const site = useTestSite();
const open = (query: string) => openPage(site, query);

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return readFileSync((await file.path())!);
}

const csvOf = (bytes: Buffer) => {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(text.slice(1));
};

interface Band {
  /** Pixels per colour asked for (within 2 per channel). */
  colours: number[];
  /** Dark, neutral pixels: text. */
  text: number;
  distinct: number;
}

/**
 * Decodes a PNG in the browser and counts, in three horizontal bands (title above the map,
 * the map, the legend and credit below it), the pixels of each colour asked for.
 */
async function pngBands(page: Page, png: Buffer, mapHeight: number, colours: readonly Rgb[]): Promise<{ width: number; height: number; title: Band; map: Band; legend: Band }> {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return page.evaluate(
    async ({ data, mapHeight, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      // The title band is 52 px at this device scale (components/map/exportPng.ts).
      const header = 52;
      const band = (y0: number, y1: number) => {
        const out = { colours: colours.map(() => 0), text: 0, distinct: 0 };
        const seen = new Set<number>();
        for (let y = y0; y < y1; y++) {
          for (let x = 0; x < img.width; x++) {
            const i = 4 * (y * img.width + x);
            const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
            seen.add((r << 16) | (g << 8) | b);
            if (Math.max(r, g, b) < 70 && Math.max(r, g, b) - Math.min(r, g, b) < 12) out.text++;
            colours.forEach(([cr, cg, cb], k) => {
              if (Math.abs(r - cr) <= 2 && Math.abs(g - cg) <= 2 && Math.abs(b - cb) <= 2) out.colours[k]++;
            });
          }
        }
        out.distinct = seen.size;
        return out;
      };
      return { width: img.width, height: img.height, title: band(0, header), map: band(header, header + mapHeight), legend: band(header + mapHeight, img.height) };
    },
    { data: png.toString('base64'), mapHeight, colours: colours.map((c) => [...c]) },
  );
}

const mapHeight = async (page: Page) => Math.round((await page.locator('.map').boundingBox())!.height);
/** A swatch is 14 × 14 px with a 1 px outline: at least its 12 × 12 inside. */
const SWATCH = 144;

describe('CSV', () => {
  test('the 2010 summary CSV has the panel\'s totals, in dwellings, with the source credit', async () => {
    const { page, errors } = await open('?lang=en&i=2010');
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,456');
    const rows = csvOf(await download(page, 'button[data-export="summary"]'));
    expect(rows[0]).toEqual(['Degree', 'Municipalities', '%', 'Population 2010', '%', 'Dwellings', '%']);
    const panelTotal = (await summaryRows(page)).total.map((v) => Number(v.replace(/,/g, '')));
    expect(rows.find((r) => r[0] === 'Total')!.slice(1).map(Number)).toEqual(panelTotal);
    expect(rows.at(-1)![0]).toContain('Conapo');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the ranked-list CSV has a row per listed municipality, ranked as listed', async () => {
    const { page } = await open('?lang=en&e=32');
    const rows = csvOf(await download(page, 'button[data-export="ranking"]')).filter((r) => /^\d{5}$/.test(r[1] ?? ''));
    const listed = await page.getByTestId('ranked-list').locator('li').evaluateAll((li) => li.map((x) => x.getAttribute('data-id')));
    expect(rows.map((r) => r[1])).toEqual(listed);
    await page.close();
  });

  test('the transition table\'s CSV has the table\'s cells and totals', async () => {
    const { page } = await open('?lang=en&i=2020&b=2000');
    await expect.poll(() => page.getByTestId('transitions-total').textContent(), { timeout: 30_000 }).toBe('2,443');
    const rows = csvOf(await download(page, 'button[data-export="transitions"]'));
    const shown = await page.locator('[data-testid="transition-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/,/g, '')))));
    expect(rows.slice(1, 7).map((r) => r.slice(1).map(Number))).toEqual(shown);
    expect(rows[7].slice(1).map(Number).at(-1)).toBe(2443);
    await page.close();
  });
});

describe('PNG', () => {
  test('intensity: title band, a drawn map with its names, and the six degree swatches in the legend', async () => {
    const { page, errors } = await open('?lang=en');
    await namesDrawn(page);
    const png = await download(page, 'button.map-export');
    const colours = DEGREES.map((d) => DEGREE_COLORS[d]);
    const bands = await pngBands(page, png, await mapHeight(page), colours);
    expect(bands.width).toBe(Math.round((await page.locator('.map').boundingBox())!.width));
    expect(bands.title.text).toBeGreaterThan(200); // the title is written
    expect(bands.map.distinct).toBeGreaterThan(50); // not blank
    expect(bands.map.colours[0]).toBeGreaterThan(500); // Muy alto municipalities drawn
    bands.legend.colours.forEach((n, i) => expect(n, DEGREES[i]).toBeGreaterThanOrEqual(SWATCH));
    // The names on screen are in the picture: turning them off removes most dark neutral pixels from the map.
    await page.getByTestId('names-toggle').click();
    await expect.poll(async () => (await placedLabels(page)).length).toBe(0);
    await waitForIdle(page);
    const without = await pngBands(page, await download(page, 'button.map-export'), await mapHeight(page), colours);
    expect(bands.map.text).toBeGreaterThan(without.map.text + 300);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('remittances per Mexican state: the legend shows the remittance classes, not the degrees', async () => {
    const { page } = await open('?lang=en&x=rem');
    await expect.poll(() => page.getByTestId('mx-list').locator('li').count(), { timeout: 30_000 }).toBe(32);
    const classes = await page.locator('.mx-panel .class-legend li').count();
    expect(classes).toBeGreaterThan(2);
    const png = await download(page, 'button.map-export');
    const bands = await pngBands(page, png, await mapHeight(page), [...DIASPORA_COLORS.slice(0, classes), DEGREE_COLORS['muy-alto']]);
    bands.legend.colours.slice(0, classes).forEach((n, i) => expect(n, `class ${i}`).toBeGreaterThanOrEqual(SWATCH));
    expect(bands.legend.colours[classes]).toBe(0);
    await page.close();
  });

  test('regions of origin: the legend shows the four region colours', async () => {
    const { page } = await open('?lang=en&x=regc');
    // The regions layer draws once the circuits asset (its state → region tables) has loaded.
    await expect.poll(() => pickedAt(page, [-102.6, 23.3], 'mx-regions'), { timeout: 30_000 }).toBe('32');
    await waitForIdle(page);
    const bands = await pngBands(page, await download(page, 'button.map-export'), await mapHeight(page), REGION_COLORS);
    bands.legend.colours.forEach((n, i) => expect(n, `region ${i}`).toBeGreaterThanOrEqual(SWATCH));
    await page.close();
  });

  test('a comparison: the legend shows the classes of change', async () => {
    const { page } = await open('?lang=en&i=2020&b=2000');
    await expect.poll(() => page.getByTestId('change-legend').count(), { timeout: 30_000 }).toBe(1);
    const bands = await pngBands(page, await download(page, 'button.map-export'), await mapHeight(page), STEP_COLORS);
    bands.legend.colours.forEach((n, i) => expect(n, `step class ${i}`).toBeGreaterThanOrEqual(SWATCH));
    bands.map.colours.forEach((n, i) => expect(n, `step class ${i} on the map`).toBeGreaterThan(20));
    await page.close();
  });
});
