/** Fetches JSON, turning an HTTP error or a body that is not JSON into an error naming the URL. */
export async function fetchJson(url: string, fetcher: typeof fetch = fetch, init?: RequestInit): Promise<unknown> {
  const response = await fetcher(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

/** The manifest (never cached: it names the current content-hashed files). */
export const fetchManifest = (baseUrl: string, fetcher: typeof fetch = fetch) => fetchJson(`${baseUrl}/data/manifest.json`, fetcher, { cache: 'no-cache' });
