// Browser helpers for e2e tests: system Chromium driven by playwright-core
// (no Playwright browser download needed; CI installs Debian `chromium`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Why these flags (checked with Debian Chromium 156, no GPU):
// - --enable-unsafe-swiftshader: the one that matters for WebGL. Without it
//   WebGL2 still works today only through a *deprecated* automatic software
//   fallback (console warning "Automatic fallback to software WebGL has been
//   deprecated"), which Chromium plans to remove; MapLibre/deck.gl need WebGL2.
// - --use-angle=swiftshader, --disable-gpu: pin rendering to ANGLE+SwiftShader
//   so results don't depend on whatever GPU a machine happens to have.
// - --no-sandbox: CI runs as root in a container, where the sandbox can't start.
// - the rest: no network chatter, updates or first-run UI, so runs are
//   offline-safe and deterministic.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Fresh, throwaway Chromium profile per call so tests never share state. */
export async function launchBrowser(
  options: { extraArgs?: string[]; locale?: string; viewport?: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean } = {},
): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    isMobile: options.isMobile,
    hasTouch: options.hasTouch,
    locale: options.locale ?? 'en-US',
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records console errors and uncaught page exceptions, so a test can assert
 * `expect(errors).toEqual([])` after exercising the page.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium requests /favicon.ico on its own; a 404 there is not an app bug.
    const { url } = msg.location();
    if (url.endsWith('/favicon.ico')) return;
    // "Failed to load resource" doesn't name the resource; the location does.
    errors.push(`console.error: ${msg.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/**
 * Everything a test should check a page did: console errors and uncaught exceptions, every
 * request, and those that left the site (`siteUrl`, e.g. http://127.0.0.1:4321 or …/atlas).
 * Attach it before the page navigates; call it for every page a test opens.
 */
export function watchPage(page: Page, siteUrl: string) {
  const origin = new URL(siteUrl).origin;
  const requests: string[] = [];
  const external: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    requests.push(url);
    if (new URL(url).origin !== origin) external.push(url);
  });
  return { errors: collectPageErrors(page), requests, external };
}
