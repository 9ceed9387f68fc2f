/** Fetches the circuits asset (only when the circuits layer is on) and checks its format. */
import { CIRCUITS_FORMAT, type CircuitsAsset } from './circuits';
import { fetchAsset } from './manifest';

export async function loadCircuits(baseUrl = '', fetcher: typeof fetch = fetch): Promise<CircuitsAsset> {
  const asset = (await fetchAsset('circuits', (m) => m.circuits, baseUrl, fetcher)) as CircuitsAsset;
  if (asset?.format !== CIRCUITS_FORMAT || !asset.byYear || !Array.isArray(asset.consulates)) throw new Error('circuits: unexpected format; rebuild the data (npm run data)');
  return asset;
}
