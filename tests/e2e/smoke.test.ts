// Smoke test: the static export in out/ loads in real Chromium and shows
// the app title. Needs `next build` first (tests/run-all.sh does that).
import { expect, test } from 'vitest';
import { collectPageErrors } from './browser';
import { useStaticSite } from './static-site';

const site = useStaticSite();

test('home page renders the Atlas title', async () => {
  const page = await site.browser.context.newPage();
  const errors = collectPageErrors(page);
  const res = await page.goto(`${site.server.url}/`);
  expect(res?.status()).toBe(200);
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 })
    .toContain('Atlas');
  expect(errors).toEqual([]);
});
