/** Fetches one edition's municipal table (when that edition is first shown) and prepares its lookups. */
import { fromEditionAsset, prepareEdition, type Edition, type EditionAsset, type EditionData } from './editions';
import { fetchAsset } from './manifest';

export async function loadEdition(edition: Edition, baseUrl = '', fetcher: typeof fetch = fetch): Promise<EditionData> {
  const asset = (await fetchAsset(`edition ${edition}`, (m) => m.editions[edition], baseUrl, fetcher)) as EditionAsset;
  return prepareEdition(edition, fromEditionAsset(asset, edition));
}
