// The map's fill is computed in a Web Worker (components/state/geometry.worker.ts) and drawn
// from typed arrays; where the worker cannot run, the page computes it itself and the map
// is the same. Both asserted on screen pixels, not only on picks.
import { describe, expect, test } from 'vitest';
import { countDegreePixels, openAtlas, PLACES, pickedAt } from './atlas-page';
import { watchPage } from './browser';
import { openPage, useTestSite } from './site';

const site = useTestSite();
/** Web workers of a page other than MapLibre's own. */
const ourWorkers = (urls: string[]) => urls.filter((u) => !u.includes('maplibre-gl-worker'));

describe('the geometry worker', () => {
  test('builds the fill off the main thread, drawn in the degree palette and pickable', async () => {
    const { page, errors, external, close } = await openPage(site, '?lang=en&lb=0');
    try {
      expect(ourWorkers(page.workers().map((w) => w.url()))).toHaveLength(1);
      const counts = await countDegreePixels(page);
      for (const d of ['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo'] as const) expect(counts[d], d).toBeGreaterThan(300);
      expect(await pickedAt(page, PLACES.ensenada.lngLat)).toBe(PLACES.ensenada.id);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await close();
    }
  });

  test('when the worker cannot load, the page computes the fill itself and draws the same map', async () => {
    const page = await site.browser.context.newPage();
    const { errors } = watchPage(page, site.server.url);
    try {
      await page.route(/turbopack-worker-[^/]*\.js/, (route) => route.abort());
      await openAtlas(page, site.server.url, '?lang=en&lb=0');
      expect(ourWorkers(page.workers().map((w) => w.url()))).toHaveLength(0);
      const counts = await countDegreePixels(page);
      for (const d of ['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo'] as const) expect(counts[d], d).toBeGreaterThan(300);
      expect(await pickedAt(page, PLACES.ensenada.lngLat)).toBe(PLACES.ensenada.id);
      // The blocked script is the only thing the console reports.
      expect(errors.filter((e) => !/turbopack-worker|Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
