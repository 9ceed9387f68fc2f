/** Fetches the circuits asset (only when the circuits layer is on) and checks its format. */
import { CIRCUITS_FORMAT, type CircuitsAsset } from './circuits';

export async function loadCircuits(baseUrl = '', fetcher: typeof fetch = fetch): Promise<CircuitsAsset> {
  const get = async (url: string, init?: RequestInit) => {
    const response = await fetcher(url, init);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };
  const manifest = await get(`${baseUrl}/data/manifest.json`, { cache: 'no-cache' });
  if (typeof manifest?.circuits !== 'string') throw new Error('manifest: no circuits asset; rebuild the data (npm run data)');
  const asset = (await get(`${baseUrl}/data/${manifest.circuits}`)) as CircuitsAsset;
  if (asset?.format !== CIRCUITS_FORMAT || !asset.byYear || !Array.isArray(asset.consulates)) throw new Error('circuits: unexpected format; rebuild the data (npm run data)');
  return asset;
}
