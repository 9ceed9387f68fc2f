// The sites the browser tests open, and the setup every test file shares: the test build
// (out-test/, built by tests/run-all.sh with NEXT_PUBLIC_ATLAS_TEST_HOOKS=1 so the tests can
// reach the map) on the project's own server, one headless Chromium per file, and a fresh page
// per test that records its console errors and every request.
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { openAtlas } from './atlas-page';
import { launchBrowser, watchPage } from './browser';

export const TEST_SITE = 'out-test';
export const PRODUCTION_SITE = 'out';
/** Built with ATLAS_BASE_PATH=/atlas, to be served under that path. */
export const SUBPATH_SITE = { dir: 'out-atlas', base: '/atlas' };

export const startTestSite = () => startServer({ dir: TEST_SITE });

export interface Site {
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
}

/** The test site and a browser for all the tests of a file (closed after them). */
export function useTestSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await startTestSite();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * A new page of the site at `query`, open once its map has drawn, with what it logs and asks
 * for. `options` (a viewport, touch) give the page its own browser, closed with `close`.
 */
export async function openPage(site: Site, query: string, options?: Parameters<typeof launchBrowser>[0]) {
  const own = options ? await launchBrowser(options) : null;
  const page = await (own ?? site.browser).context.newPage();
  const watched = watchPage(page, site.server.url);
  await openAtlas(page, site.server.url, query);
  return { page, ...watched, close: async () => (own ? own.close() : page.close()) };
}
