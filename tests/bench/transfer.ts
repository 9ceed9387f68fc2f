/**
 * Bytes of the first view: every response the browser context receives (page and its
 * workers) from navigation until the bench stops the recorder, with the body as served
 * (serve.mjs does not compress) and its gzip size computed here (zlib default level 6,
 * what `npm run data` prints). Already-compressed types (images, fonts, wasm) count raw.
 * Playwright sometimes misses the response of a dedicated worker's script (MapLibre's
 * worker), so URLs the page's Resource Timing lists but no response event brought are
 * fetched again here from the same static server (identical bytes) and marked `refetched`.
 * Each resource counts once: a URL asked for again in the same visit (a worker loading the
 * runtime chunk the page loaded; hashed files are served immutable, so it comes from the
 * cache) or listed with a #fragment (never sent to the server) is the same download.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

export type Kind = 'js' | 'css' | 'data' | 'other';
export interface FileBytes {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
  refetched?: true;
}
export type Totals = Record<Kind | 'total', { raw: number; gzip: number; files: number }>;

function kindOf(url: string, type: string): Kind {
  const p = new URL(url).pathname.toLowerCase();
  if (/\.(m?js)$/.test(p) || type.includes('javascript')) return 'js';
  if (p.endsWith('.css') || type.includes('text/css')) return 'css';
  if (/\.(json|geojson)$/.test(p)) return 'data';
  return 'other';
}

const COMPRESSIBLE = /text\/|javascript|json|svg|xml|octet-stream/;

const bytesOf = (url: string, type: string, body: Buffer): FileBytes => ({
  url,
  kind: kindOf(url, type),
  raw: body.length,
  gzip: COMPRESSIBLE.test(type) ? gzipSync(body).length : body.length,
});

async function measure(response: Response): Promise<FileBytes | null> {
  try {
    if (response.status() >= 300) return null;
    return bytesOf(response.url(), response.headers()['content-type'] ?? '', await response.body());
  } catch {
    return null; // body gone (navigation) — counted as nothing
  }
}

async function refetch(url: string): Promise<FileBytes | null> {
  const r = await fetch(url);
  if (!r.ok) return null;
  return { ...bytesOf(url, r.headers.get('content-type') ?? '', Buffer.from(await r.arrayBuffer())), refetched: true };
}

export function recordTransfer(context: BrowserContext) {
  const pending: Promise<FileBytes | null>[] = [];
  let recording = true;
  const onResponse = (r: Response) => {
    if (recording) pending.push(measure(r));
  };
  context.on('response', onResponse);
  return {
    /** Stops recording; `loaded` = every URL the page loaded so far (its Resource Timing entries). */
    async stop(loaded: string[]): Promise<FileBytes[]> {
      recording = false;
      context.off('response', onResponse);
      const files = distinctResources((await Promise.all(pending)).filter((f): f is FileBytes => f !== null));
      const have = new Set(files.map((f) => withoutFragment(f.url)));
      const missing = [...new Set(loaded.map(withoutFragment))].filter((u) => !have.has(u) && /^https?:/.test(u));
      const extra = await Promise.all(missing.map(refetch));
      return [...files, ...extra.filter((f): f is FileBytes => f !== null)];
    },
  };
}

const withoutFragment = (url: string) => url.split('#')[0];

/** The first response of each resource (URL without its fragment). */
export function distinctResources(files: FileBytes[]): FileBytes[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const url = withoutFragment(f.url);
    if (seen.has(url)) return false;
    seen.add(url);
    return true;
  });
}

export function totals(files: FileBytes[]): Totals {
  const t = Object.fromEntries((['js', 'css', 'data', 'other', 'total'] as const).map((k) => [k, { raw: 0, gzip: 0, files: 0 }])) as Totals;
  for (const f of files) {
    for (const k of [f.kind, 'total'] as const) {
      t[k].raw += f.raw;
      t[k].gzip += f.gzip;
      t[k].files++;
    }
  }
  return t;
}
