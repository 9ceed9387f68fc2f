/**
 * Fetches the diaspora asset (only when a US or remittance layer is shown, to keep the
 * first view light) and decodes the US state outlines.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { DIASPORA_FORMAT, type DiasporaAsset } from './diaspora';
import { fetchAsset } from './manifest';

export type UsStateFeature = Feature<Geometry, { fips: string }>;

export interface LoadedDiaspora {
  asset: DiasporaAsset;
  usFeatures: UsStateFeature[];
}

export function decodeDiaspora(asset: DiasporaAsset): LoadedDiaspora {
  if (asset?.format !== DIASPORA_FORMAT || !Array.isArray(asset.usStates) || asset.topology?.type !== 'Topology') {
    throw new Error('diaspora: unexpected format; rebuild the data (npm run data)');
  }
  const states = feature(asset.topology, asset.topology.objects.states) as FeatureCollection<Geometry>;
  return {
    asset,
    usFeatures: states.features.map((f) => ({ ...f, properties: { fips: String(f.id) } })),
  };
}

export async function loadDiaspora(baseUrl = '', fetcher: typeof fetch = fetch): Promise<LoadedDiaspora> {
  return decodeDiaspora((await fetchAsset('diaspora', (m) => m.diaspora, baseUrl, fetcher)) as DiasporaAsset);
}
