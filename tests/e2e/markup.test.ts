// Names from the data are text, never markup: a fixture data set (the real sources with one
// municipality renamed to an HTML injection), built through the sources-folder override, is
// searched, selected, hovered and exported; the name shows literally everywhere and nothing runs.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildData } from '../../data/build';
import { parseCsv } from '../../data/csv';
import { SOURCES_ROOT } from '../support/raw-conapo';
import { screenPoint, waitForMap } from './atlas-page';
import { launchBrowser, watchPage } from './browser';
import { startServer } from '../../scripts/serve.mjs';
import { TEST_SITE } from './site';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Prueba & "Co"';
/** Calvillo, Aguascalientes (01003): renamed in the fixture. A point well inside it. */
const CALVILLO = { id: '01003', lngLat: [-102.72, 21.85] as [number, number] };
const CONAPO_2000 = 'sources/conapo-iim-2000/Migration.csv';

let dir: string;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-markup-'));
  // The fixture sources: a copy of the real ones, Calvillo renamed (a quoted CSV field).
  const root = path.join(dir, 'sources-root');
  cpSync(SOURCES_ROOT, root, { recursive: true, dereference: true });
  const conapo = readFileSync(path.join(root, CONAPO_2000), 'utf8');
  const renamed = conapo.replace('\n1,3,Calvillo,', `\n1,3,"${HOSTILE.replace(/"/g, '""')}",`);
  expect(renamed).not.toBe(conapo);
  writeFileSync(path.join(root, CONAPO_2000), renamed);
  // The project's checksum list with the fixture's own checksum for the renamed file.
  const sums = readFileSync('data/SHA256SUMS', 'utf8').replace(/^[0-9a-f]{64}(?=\s+sources\/conapo-iim-2000\/Migration\.csv$)/m, createHash('sha256').update(renamed).digest('hex'));
  writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
  // The test site with the fixture's data in place of the real build's.
  const site = path.join(dir, 'site');
  cpSync(TEST_SITE, site, { recursive: true });
  rmSync(path.join(site, 'data'), { recursive: true });
  buildData({ root, outDir: path.join(site, 'data'), checksumList: path.join(dir, 'SHA256SUMS') });
  server = await startServer({ dir: site });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a municipality named with HTML is shown as text in search, details, list, tooltip and CSV, and nothing runs', async () => {
  const page = await browser.context.newPage();
  const { errors, external } = watchPage(page, server.url);
  await page.goto(`${server.url}/?lang=en`);
  await waitForMap(page);
  const box = page.getByRole('combobox', { name: 'Search for a place' });
  await box.fill('Prueba');
  await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 20_000 }).toContain(HOSTILE);
  await box.press('Enter');
  await expect.poll(() => page.getByTestId('details').locator('h3').textContent(), { timeout: 20_000 }).toContain(HOSTILE);
  expect(await page.locator('.ranked-list li[data-id="01003"] .name').textContent()).toContain(HOSTILE);
  await waitForMap(page);
  const p = await screenPoint(page, CALVILLO.lngLat);
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => page.locator('.atlas-tooltip').textContent(), { timeout: 10_000 }).toContain(HOSTILE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="ranking"]').click()]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1));
  expect(rows.find((r) => r[1] === '01003')![2]).toBe(HOSTILE);
  // Nothing ran, and no element was made from the name.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
});
