/** Fetches the circuits asset (only when the circuits layer is on) and checks its format. */
import { CIRCUITS_FORMAT, type CircuitsAsset } from './circuits';
import { fetchJson, fetchManifest } from './fetch-json';

export async function loadCircuits(baseUrl = '', fetcher: typeof fetch = fetch): Promise<CircuitsAsset> {
  const manifest = (await fetchManifest(baseUrl, fetcher)) as { circuits?: unknown };
  if (typeof manifest?.circuits !== 'string') throw new Error('manifest: no circuits asset; rebuild the data (npm run data)');
  const asset = (await fetchJson(`${baseUrl}/data/${manifest.circuits}`, fetcher)) as CircuitsAsset;
  if (asset?.format !== CIRCUITS_FORMAT || !asset.byYear || !Array.isArray(asset.consulates)) throw new Error('circuits: unexpected format; rebuild the data (npm run data)');
  return asset;
}
