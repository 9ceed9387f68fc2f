/**
 * Fetches JSON, keeping its text (an asset also handed to a worker as it came), and turns an
 * HTTP error or a body that is not JSON into an error naming the URL.
 */
export async function fetchJsonText(url: string, fetcher: typeof fetch = fetch, init?: RequestInit): Promise<{ text: string; value: unknown }> {
  const response = await fetcher(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await response.text();
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

/** Fetches JSON (errors as fetchJsonText's). */
export async function fetchJson(url: string, fetcher: typeof fetch = fetch, init?: RequestInit): Promise<unknown> {
  return (await fetchJsonText(url, fetcher, init)).value;
}
