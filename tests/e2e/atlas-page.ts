// Page helpers for the atlas browser tests: open a view and wait until the map has
// really drawn, find what is rendered at a place, and count palette colours on screen.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEGREES, DEGREE_COLORS, type Degree } from '../../geo/degrees';

/** Points well inside large municipalities (checked by picking a 3×3 grid around each). */
export const PLACES = {
  ensenada: { id: '02001', name: 'Ensenada', lngLat: [-116.0, 31.5] as [number, number] },
  mazapil: { id: '32026', name: 'Mazapil', lngLat: [-101.933, 24.38] as [number, number] },
  /** San Quintín, created in 2020: on the map, without 2000 data. */
  sanQuintin: { id: '02006', lngLat: [-114.5, 29.2] as [number, number] },
};

/** Opens the atlas at `query` and waits until the map has drawn. */
export async function openAtlas(page: Page, baseUrl: string, query = '') {
  await page.goto(`${baseUrl}/${query}`);
  await waitForMap(page);
}

/**
 * Waits until the page's map exists, has loaded, has its municipalities (the fill arrives from
 * the geometry worker, possibly after the base map is at rest) and is at rest — after a
 * navigation or a reload. A hover or click before the fill arrives would pick nothing.
 */
export async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__atlasMap?.map.loaded(), null, { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      type DeckLayer = { id: string; props: { visible: boolean }; isLoaded: boolean };
      const deck = window.__atlasMap!.overlay as unknown as { _deck?: { layerManager?: { getLayers: () => DeckLayer[] } } };
      return deck._deck?.layerManager?.getLayers().some((l) => /^municipios-l\d$/.test(l.id) && l.props.visible && l.isLoaded) ?? false;
    },
    null,
    { timeout: 60_000 },
  );
  await waitForIdle(page);
}

/** Waits for the map to settle (camera animations done, frame drawn). */
export async function waitForIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMap!.map;
        if (!map.isMoving() && map.loaded()) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        else map.once('idle', () => requestAnimationFrame(() => resolve()));
      }),
  );
}

/** Screen position (CSS pixels, relative to the page) of a lon/lat on the map. */
export async function screenPoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = window.__atlasMap!.map;
    const p = map.project(ll as [number, number]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, localX: p.x, localY: p.y };
  }, lngLat);
}

/** The feature deck.gl has drawn at a lon/lat in a layer: its id (CVEGEO, state code or US FIPS), or null. */
export async function pickedAt(page: Page, lngLat: [number, number], layer = 'municipios') {
  const p = await screenPoint(page, lngLat);
  return page.evaluate(
    ({ x, y, layer }) => {
      const info = window.__atlasMap!.overlay.pickObject({ x, y, radius: 0, layerIds: [layer] });
      const properties = (info?.object as { properties?: { id?: string; fips?: string } } | undefined)?.properties;
      return properties?.id ?? properties?.fips ?? null;
    },
    { x: p.localX, y: p.localY, layer },
  );
}

/**
 * Counts the map's on-screen pixels of each degree colour, from a real screenshot of
 * the map area (both canvases composed by the browser), decoded by the browser itself.
 */
export async function countDegreePixels(page: Page): Promise<Record<Degree, number>> {
  const box = await page.locator('.map').boundingBox();
  const png = await page.screenshot({ clip: box!, type: 'png' });
  return page.evaluate(
    async ({ data, palette }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts: Record<string, number> = Object.fromEntries(palette.map(([d]) => [d, 0]));
      for (let i = 0; i < px.length; i += 4) {
        for (const [d, [r, g, b]] of palette) {
          if (Math.abs(px[i] - r) <= 6 && Math.abs(px[i + 1] - g) <= 6 && Math.abs(px[i + 2] - b) <= 6) counts[d]++;
        }
      }
      return counts as Record<Degree, number>;
    },
    { data: png.toString('base64'), palette: DEGREES.map((d) => [d, DEGREE_COLORS[d]] as const) },
  );
}

/** The summary table as text rows, keyed by degree (and "total"). */
export async function summaryRows(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('[data-testid="summary-table"] tr[data-degree]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-degree'), [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')])),
  );
}

/** The colour on screen at a lon/lat, from a real screenshot decoded by the browser. */
export async function colourAt(p: Page, lngLat: [number, number]) {
  const { x, y } = await screenPoint(p, lngLat);
  return (await pixelsIn(p, { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 }))[4];
}

/** RGB of every pixel of a screen rectangle (CSS pixels), row by row, from a real screenshot. */
export async function pixelsIn(p: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[][]> {
  const png = await p.screenshot({ clip });
  return p.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
    return Array.from({ length: rgba.length / 4 }, (_, i) => [rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]]);
  }, png.toString('base64'));
}

export type Placed = { id: string; text: string; kind: string; box: [number, number, number, number] };

/** The labels the label layer draws now, with their screen boxes (map pixels), read from the layer. */
export async function placedLabels(page: Page): Promise<Placed[]> {
  return page.evaluate(() => {
    type DeckLayer = { id: string; props: { data: unknown; visible: boolean } };
    const deck = (window.__atlasMap!.overlay as unknown as { _deck: { layerManager: { getLayers: () => DeckLayer[] } } })._deck;
    const layer = deck.layerManager.getLayers().find((l) => l.id === 'place-labels');
    if (!layer || !layer.props.visible) return [];
    return (layer.props.data as Placed[]).map(({ id, text, kind, box }) => ({ id, text, kind, box }));
  });
}

/** Waits until the place names are drawn (their asset loads after the map). */
export async function namesDrawn(page: Page) {
  await expect.poll(async () => (await placedLabels(page)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  await waitForIdle(page);
}
