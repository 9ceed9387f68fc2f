// The production build as a host serves it: no test hooks shipped, a Content-Security-Policy
// whose script hashes cover every inline script (so nothing inline runs unless listed), the
// headers the README asks hosts to send, and the same site built for and served under /atlas/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { countDegreePixels, summaryRows } from './atlas-page';
import { launchBrowser, watchPage } from './browser';
import { PRODUCTION_SITE, SUBPATH_SITE } from './site';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** Inline script bodies of a page, found here independently of scripts/csp.mjs. */
function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  const re = /<script([^>]*)>([\s\S]*?)<\/script>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (/\bsrc=/.test(m[1])) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
  }
  return out;
}

/** Opens a site's home page; waits for the summary table (the data loaded) and the map to draw. */
async function openHome(url: string) {
  const page = await browser.context.newPage();
  const watched = watchPage(page, url);
  const response = await page.goto(`${url}/?lang=en`);
  await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 60_000 }).toBe('2,443');
  // The map has drawn when the degree palette covers real screen area.
  await expect.poll(async () => (await countDegreePixels(page))['muy-alto'], { timeout: 60_000 }).toBeGreaterThan(300);
  return { page, response, ...watched };
}

describe('production build', () => {
  test('ships no test hooks', () => {
    const scripts = files(path.join(PRODUCTION_SITE, '_next')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((f) => readFileSync(f, 'utf8').includes('__atlasMap'))).toEqual([]);
  });

  test('its policy allows scripts by hash only, and covers every inline script of every page', () => {
    const policy = readFileSync(path.join(PRODUCTION_SITE, 'csp-policy.txt'), 'utf8');
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    const pages = files(PRODUCTION_SITE).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2); // index.html and 404.html
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1].replace(/&#x27;/g, "'");
      expect(meta, page).toBe(policy.trim());
      const hashes = inlineScriptHashes(html);
      expect(hashes.length, page).toBeGreaterThan(0);
      for (const h of hashes) expect(scriptSrc.split(' '), `${page}: ${h}`).toContain(h);
    }
  });

  test('runs in the browser under that policy, sent as a header with frame-ancestors, with no error and no request elsewhere', async () => {
    const server = await startServer({ dir: PRODUCTION_SITE });
    try {
      const { page, response, errors, external } = await openHome(server.url);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain(readFileSync(path.join(PRODUCTION_SITE, 'csp-policy.txt'), 'utf8').trim());
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(await page.locator('h1').textContent()).toBe('Atlas of Mexico–United States migration');
      expect(await page.evaluate(() => 'atlasMap' in window || '__atlasMap' in window)).toBe(false);
      // A script the policy does not list is refused (the browser reports it as an error).
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = 1';
        document.body.append(s);
      });
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      // The one error is the refusal of the injected script, by the header's and the page's policy alike.
      expect(errors.filter((e) => !e.includes('Executing inline script violates'))).toEqual([]);
      expect(errors.every((e) => /sha256-/.test(e.split("Either the 'unsafe-inline'")[0]))).toBe(true);
      expect(external).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('served under a path', () => {
  test('the /atlas build loads its data, draws the map and switches editions under /atlas/', async () => {
    const server = await startServer(SUBPATH_SITE);
    try {
      expect(server.url).toMatch(/\/atlas$/);
      const { page, errors, external, requests } = await openHome(server.url);
      await page.getByRole('radio', { name: '2010', exact: true }).check();
      await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,456');
      expect(new URL(page.url()).pathname).toBe('/atlas/');
      expect(requests.length).toBeGreaterThan(5);
      // Every request stayed under the path: the data, the scripts and MapLibre's worker.
      expect(requests.filter((u) => !new URL(u).pathname.startsWith('/atlas/'))).toEqual([]);
      expect(requests.some((u) => u.endsWith('/atlas/maplibre-gl-worker.mjs'))).toBe(true);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
