// Smoke test: the static export in out/ loads in real Chromium and shows
// the app title. Needs `next build` first (tests/run-all.sh does that).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from './serve.mjs';
import { collectPageErrors, launchBrowser } from './browser';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startServer({ dir: 'out' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('home page renders the Atlas title', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  const res = await page.goto(`${server.url}/`);
  expect(res?.status()).toBe(200);
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 })
    .toContain('Atlas');
  expect(errors).toEqual([]);
});
