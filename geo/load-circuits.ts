/** Fetches the circuits asset (only when the circuits layer is on) and checks it before any selector reads it. */
import { checkCircuitsAsset, type CircuitsAsset } from './circuits';
import { fetchAsset } from './manifest';

export async function loadCircuits(baseUrl = '', fetcher: typeof fetch = fetch): Promise<CircuitsAsset> {
  return checkCircuitsAsset(await fetchAsset('circuits', (m) => m.circuits, baseUrl, fetcher));
}
