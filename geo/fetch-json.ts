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

/** Fetches a body as text (a JSON asset that is also handed to a worker as it came). */
export async function fetchText(url: string, fetcher: typeof fetch = fetch, init?: RequestInit): Promise<string> {
  const response = await fetcher(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
