// The migratory circuits in real headless Chromium: arcs drawn, pickable and seen on screen in
// their region's colour, consulate symbols over the arcs that end at them, Zacatecas's top
// destinations equal to sums over the raw SRE rows, and a destination highlighting its
// municipalities of origin on the intensity map. Each test opens its own page in the state it
// needs and checks that the page logged no error and asked nothing of another site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CONSULATE_COLORS, ORIGIN_HIGHLIGHT, ORIGIN_HIGHLIGHT_ALPHA } from '../../components/map/circuitsLayers';
import { parseCsv } from '../../data/csv';
import { BASE_COLORS } from '../../geo/basemap-style';
import { REGION_COLORS, SCHEMES } from '../../geo/circuits';
import type { Arc } from '../../geo/circuits-view';
import { DEGREE_COLORS, DEGREES } from '../../geo/degrees';
import { rawEdition } from '../support/raw-editions';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { colourAt, PLACES, pickedAt, pixelsIn, waitForIdle } from './atlas-page';
import { openPage, useTestSite } from './site';

const site = useTestSite();

const SRE = path.join(SOURCES_ROOT, 'sources/sre-matriculas');
type RawConsulate = { key: string; name_en: string; lat: string; long: string };
const consulates: RawConsulate[] = JSON.parse(readFileSync(path.join(SRE, 'consulados.json'), 'utf8'));
const rawRows = (key: string): { id: string; value: string }[] => JSON.parse(readFileSync(path.join(SRE, `jsons/2011${key}`), 'utf8'));

/** Every 2011 state → consulate flow with cards, summed from the raw rows here. */
function rawStateFlows2011(): number[] {
  const sums = new Map<string, number>();
  for (const c of consulates) {
    for (const r of rawRows(c.key)) sums.set(`${r.id.padStart(5, '0').slice(0, 2)}>${c.key}`, (sums.get(`${r.id.padStart(5, '0').slice(0, 2)}>${c.key}`) ?? 0) + Number(r.value));
  }
  return [...sums.values()].filter((n) => n > 0).sort((a, b) => b - a);
}

/** Cards of 2011 from one state, by consulate, summed from the raw rows here. */
function rawByConsulate(statePrefix: string) {
  return consulates
    .map((c) => ({ ...c, count: rawRows(c.key).filter((r) => r.id.padStart(5, '0').startsWith(statePrefix)).reduce((s, r) => s + Number(r.value), 0) }))
    .sort((a, b) => b.count - a.count);
}

const close = (rgb: number[], expected: readonly number[], tolerance = 6) => expected.every((v, i) => Math.abs(v - rgb[i]) <= tolerance);
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const LAND = hex(BASE_COLORS.land);
/** Zacatecas is in Conapo's first region, Tradicional (the arcs' default scheme). */
const ZACATECAS_COLOUR = REGION_COLORS[SCHEMES.conapo.indexOf('Tradicional')];
/** Mulegé, Baja California Sur: a point ≥ 20 km inside it (as in the editions tests). */
const MULEGE = { id: '03002', lngLat: [-113.173, 27.279] as [number, number] };

/**
 * Whether a pixel is an arc of `colour` over the US land: `colour` laid over the land colour at
 * some opacity from 0.3 up (arcs fade from 230 to 120 of 255 along their length), within 12.
 */
function isArcOverLand(rgb: number[], colour: readonly number[]) {
  const d = colour.map((c, i) => c - LAND[i]);
  const a = d.reduce((s, v, i) => s + v * (rgb[i] - LAND[i]), 0) / d.reduce((s, v) => s + v * v, 0);
  return a >= 0.3 && a <= 1.05 && rgb.every((v, i) => Math.abs(v - (LAND[i] + a * d[i])) <= 12);
}

/**
 * Where the drawn arc origin → destination crosses the screen row halfway between its ends:
 * the row (page CSS pixels) and the x of every pixel of it that deck.gl picks as that arc.
 */
async function arcCrossing(page: Page, origin: string, destination: string) {
  return page.evaluate(
    ({ origin, destination }) => {
      const { map, overlay } = window.__atlasMap!;
      const canvas = map.getCanvas();
      const picked = overlay.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: ['circuit-arcs'], maxObjects: 500 });
      const arc = picked.map((i) => i.object as Arc).find((a) => a.origin === origin && a.destination === destination);
      if (!arc) return null;
      const [p, q] = [map.project(arc.from), map.project(arc.to)];
      const y = Math.round((p.y + q.y) / 2);
      const [from, to] = [Math.max(0, Math.round(Math.min(p.x, q.x)) - 150), Math.min(canvas.clientWidth - 1, Math.round(Math.max(p.x, q.x)) + 150)];
      const xs: number[] = [];
      for (let x = from; x <= to; x++) {
        const o = overlay.pickObject({ x, y, radius: 0, layerIds: ['circuit-arcs'] })?.object as Arc | undefined;
        if (o?.origin === origin && o.destination === destination) xs.push(x);
      }
      const box = map.getContainer().getBoundingClientRect();
      return { row: { x: box.left + from, y: box.top + y, width: to - from + 1, height: 1 }, xs: xs.map((x) => x - from) };
    },
    { origin, destination },
  );
}

describe('migratory circuits', () => {
  test('the circuits layer draws arcs, and says how many flows are hidden', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&k=2011');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
    await waitForIdle(page);
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
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('the arc Zacatecas → Chicago is seen on screen in its region\'s colour, and is gone with circuits off', async () => {
    // Names off: a consulate's name must not sit on the sampled row.
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&k=2011&o=32&lb=0');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    expect(rawByConsulate('32').find((c) => c.key === 'chicago')!.count).toBeGreaterThan(0);
    const crossing = (await arcCrossing(page, '32', 'chicago'))!;
    expect(crossing, 'the arc Zacatecas → Chicago is drawn').not.toBeNull();
    expect(crossing.xs.length).toBeGreaterThanOrEqual(3);
    const row = await pixelsIn(page, crossing.row);
    const onArc = crossing.xs.filter((x) => isArcOverLand(row[x], ZACATECAS_COLOUR));
    expect(onArc.length, `arc pixels ${crossing.xs.map((x) => row[x].join(',')).join(' ')}`).toBeGreaterThanOrEqual(0.8 * crossing.xs.length);
    // Circuits off: the same pixels are back to the map, with no arc colour left.
    await page.selectOption('#circuits-layer', '');
    await expect.poll(() => new URL(page.url()).searchParams.get('k')).toBeNull();
    await waitForIdle(page);
    const off = await pixelsIn(page, crossing.row);
    expect(off.filter((rgb) => isArcOverLand(rgb, ZACATECAS_COLOUR))).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('selecting Zacatecas lists its top destinations with counts matching the raw rows', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&k=2011');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
    await page.selectOption('#circuits-origin', '32');
    await expect.poll(() => page.locator('.circuits-panel .list-title').textContent()).toContain('Top destinations of Zacatecas');
    const expected = rawByConsulate('32');
    expect(expected.slice(0, 3).map((c) => c.name_en)).toEqual(['Dallas', 'Los Angeles', 'Chicago']);
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
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('selecting a destination highlights its municipalities of origin on the map', async () => {
    const dallas = rawRows('dallas');
    const cardsToDallas = (id: string) => Number(dallas.find((r) => r.id.padStart(5, '0') === id)?.value ?? 0);
    expect(cardsToDallas(PLACES.mazapil.id)).toBeGreaterThan(0);
    expect(cardsToDallas(MULEGE.id)).toBe(1);
    // Mulegé's degree colour, and that colour under the translucent highlight. (Mulegé, not
    // Mazapil, is sampled: no arc to Dallas passes over it, while Zacatecas's arcs start on Mazapil.)
    const degree = DEGREE_COLORS[DEGREES[rawEdition(2000).find((m) => m.id === MULEGE.id)!.degree]];
    const a = ORIGIN_HIGHLIGHT_ALPHA / 255;
    const highlighted = degree.map((v, i) => Math.round(a * ORIGIN_HIGHLIGHT[i] + (1 - a) * v));
    // Names off: a place's name is drawn at its centre, where the colour is sampled.
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&k=2011&lb=0');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Mexico' }).click();
    await waitForIdle(page);
    const before = await colourAt(page, MULEGE.lngLat);
    expect(close(before, degree), `Mulegé before is ${before}`).toBe(true);
    await page.selectOption('#circuits-destination', 'dallas');
    await expect.poll(() => page.locator('.circuits-panel .list-title').textContent()).toContain('Top origins to Dallas');
    await waitForIdle(page);
    await expect.poll(() => pickedAt(page, PLACES.mazapil.lngLat, 'circuit-origins'), { timeout: 10_000 }).toBe(PLACES.mazapil.id);
    expect(await pickedAt(page, MULEGE.lngLat, 'circuit-origins')).toBe(MULEGE.id);
    // Seen, not only picked: Mulegé's pixels turn to the highlight over its degree colour.
    await expect.poll(async () => close(await colourAt(page, MULEGE.lngLat), highlighted), { timeout: 10_000 }).toBe(true);
    // A municipality with no card to Dallas is not highlighted.
    if (cardsToDallas(PLACES.sanQuintin.id) === 0) expect(await pickedAt(page, PLACES.sanQuintin.lngLat, 'circuit-origins')).toBeNull();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('the Los Angeles consulate symbol is drawn over the arcs that end at it', async () => {
    const la = consulates.find((c) => c.key === 'los_angeles')!;
    const { page, errors, external, close: done } = await openPage(site, '?k=2011&lang=en&lb=0');
    await page.getByTestId('flow-list').locator('li').first().waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    // Arcs do end there (the picked arc at the centre is under the symbol)…
    const ending = await page.evaluate(() => {
      const c = window.__atlasMap!.map.getCanvas();
      return window.__atlasMap!.overlay.pickObjects({ x: 0, y: 0, width: c.clientWidth, height: c.clientHeight, layerIds: ['circuit-arcs'], maxObjects: 500 }).filter((i) => (i.object as Arc).destination === 'los_angeles').length;
    });
    expect(ending).toBeGreaterThan(0);
    // …and the symbol's centre shows its own fill, not an arc's colour.
    const centre = await colourAt(page, [Number(la.long), Number(la.lat)]);
    expect(close(centre, CONSULATE_COLORS.withCards), `Los Angeles's centre is ${centre}`).toBe(true);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('the regions view colours states by region and switches between Conapo and Durand & Massey', async () => {
    const guerrero: [number, number] = [-100.2, 17.7]; // Sur-Sureste (Conapo) but Central (Durand & Massey)
    const zacatecas: [number, number] = [-102.6, 23.3]; // Tradicional and Histórica: first region in both
    // Circuits off: the regions view stands alone.
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&x=regc');
    expect(await page.getByLabel('Regions of origin (Conapo)').isChecked()).toBe(true);
    await expect.poll(() => pickedAt(page, guerrero, 'mx-regions'), { timeout: 20_000 }).toBe('12');
    await waitForIdle(page);
    const conapo = [await colourAt(page, guerrero), await colourAt(page, zacatecas)];
    await page.getByLabel('Regions of origin (Durand & Massey)').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('regdm');
    await waitForIdle(page);
    await expect.poll(() => colourAt(page, guerrero)).not.toEqual(conapo[0]);
    expect(await colourAt(page, zacatecas)).toEqual(conapo[1]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });

  test('a destination that names no consulate is ignored, and the notice says so', async () => {
    const { page, errors, external, close: done } = await openPage(site, '?lang=en&k=2011&d=nowhere');
    await expect.poll(() => page.locator('.link-notice').textContent(), { timeout: 30_000 }).toMatch(/ignored: d\.$/);
    expect(await page.locator('.circuits-panel .list-title').textContent()).toContain('2011');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await done();
  });
});
