// Links from today keep working: each committed link of format 1 (tests/fixtures/links-v1.ts)
// opens in a fresh page and shows its panels; the address bar keeps what the link said.
import { expect, test } from 'vitest';
import { LINKS_V1 } from '../fixtures/links-v1';
import { openPage, useTestSite } from './site';

const site = useTestSite();

test.each(LINKS_V1.map((c) => [c.link, c] as const))('%s', async (_link, c) => {
  const { page, errors, external } = await openPage(site, c.link);
  for (const [selector, text] of Object.entries(c.panels)) {
    await expect.poll(async () => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ''), { timeout: 30_000, message: selector }).toContain(text.replace(/\s+/g, ''));
  }
  // Nothing in the link was reported as ignored, and its keys are still in the address.
  expect(await page.locator('.link-notice').count()).toBe(0);
  const given = new URLSearchParams(c.link.slice(1));
  const now = new URL(page.url()).searchParams;
  for (const [key, value] of given) if (key !== 'v' && key !== 'c') expect(now.get(key), key).toBe(value);
  if (c.view.camera) {
    const cam = await page.evaluate(() => {
      const m = window.__atlasMap!.map;
      return { lat: m.getCenter().lat, lon: m.getCenter().lng, zoom: m.getZoom() };
    });
    expect(cam.zoom).toBeCloseTo(c.view.camera.zoom, 2);
    expect(cam.lat).toBeCloseTo(c.view.camera.lat, 2);
    expect(cam.lon).toBeCloseTo(c.view.camera.lon, 2);
  }
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
});
