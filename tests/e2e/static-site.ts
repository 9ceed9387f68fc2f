// The built site (out/) on a local static server, and one headless Chromium, for all the
// tests of a file; each test opens its own page in it.
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServer } from './serve.mjs';

export function useStaticSite() {
  const site = {} as { server: Awaited<ReturnType<typeof startServer>>; browser: Awaited<ReturnType<typeof launchBrowser>> };
  beforeAll(async () => {
    site.server = await startServer({ dir: 'out' });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
