/**
 * The data manifest: the one file that is never cached, naming the current content-hashed
 * assets. Every loader reads it through `loadManifest`, so every asset is checked against the
 * same format and all of them come from the same build.
 */
import { EDITIONS, type Edition } from './editions';
import { fetchJson, fetchJsonText } from './fetch-json';

export const MANIFEST_FORMAT = 3;

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** Geometry (municipalities and states). */
  atlas: string;
  /** The same geometry at the country's scale: what the first view draws (geo/lod overviewTopology). */
  overview: string;
  /** The offline base map. */
  base: string;
  /** Each edition's municipal table. */
  editions: Partial<Record<Edition, string>>;
  diaspora: string;
  circuits: string;
  /** Place names for the map. */
  labels: string;
}

const REBUILD = 'rebuild the data (npm run data)';

export function parseManifest(value: unknown): Manifest {
  const m = value as Manifest;
  if (!m || m.format !== MANIFEST_FORMAT) throw new Error(`manifest: expected format ${MANIFEST_FORMAT}; ${REBUILD}`);
  for (const key of ['atlas', 'overview', 'base', 'diaspora', 'circuits', 'labels'] as const) {
    if (typeof m[key] !== 'string') throw new Error(`manifest: no ${key} asset; ${REBUILD}`);
  }
  if (!m.editions || typeof m.editions !== 'object' || Object.entries(m.editions).some(([e, f]) => !EDITIONS.includes(Number(e) as Edition) || typeof f !== 'string')) {
    throw new Error(`manifest: unreadable list of editions; ${REBUILD}`);
  }
  return m;
}

/** One request per page and fetcher (until it fails: a retry asks again). */
const cache = new WeakMap<typeof fetch, Map<string, Promise<Manifest>>>();

export function loadManifest(baseUrl = '', fetcher: typeof fetch = fetch): Promise<Manifest> {
  const byBase = cache.get(fetcher) ?? new Map<string, Promise<Manifest>>();
  cache.set(fetcher, byBase);
  let pending = byBase.get(baseUrl);
  if (!pending) {
    pending = fetchJson(`${baseUrl}/data/manifest.json`, fetcher, { cache: 'no-cache' }).then(parseManifest);
    pending.catch(() => byBase.delete(baseUrl));
    byBase.set(baseUrl, pending);
  }
  return pending;
}

/**
 * Fetches the asset the manifest names (`pick`), as JSON (or, `read: 'text'`, its text and value). A failure forgets the manifest, so
 * a retry after a redeploy asks for the new one instead of a file that is gone.
 */
export async function fetchAsset(what: string, pick: (m: Manifest) => string | undefined, baseUrl = '', fetcher: typeof fetch = fetch, read: 'json' | 'text' = 'json'): Promise<unknown> {
  const manifest = await loadManifest(baseUrl, fetcher);
  const file = pick(manifest);
  if (typeof file !== 'string') throw new Error(`manifest: no ${what} asset; ${REBUILD}`);
  const url = `${baseUrl}/data/${file}`;
  try {
    if (read === 'text') return await fetchJsonText(url, fetcher);
    return await fetchJson(url, fetcher);
  } catch (e) {
    cache.get(fetcher)?.delete(baseUrl);
    throw e;
  }
}
