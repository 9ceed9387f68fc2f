/**
 * The Web Worker that turns the atlas into the map's fills (geo/binary-fill): parsing the
 * TopoJSON, simplifying it for a level of detail and tessellating 2,469 polygons take
 * ~0.3 s of script that would otherwise hold the main thread before the first map.
 * Messages in: { key, text } once per atlas (the overview, the full geometry), then
 * { key, level }; out: { key, level, fill } or { key, level, error }.
 */
import type { AtlasAsset } from '../../geo/atlas';
import { binaryFill, transferables } from '../../geo/binary-fill';

type Incoming = { key: number; text: string } | { key: number; level: number };

const assets = new Map<number, AtlasAsset>();
const scope = self as unknown as { onmessage: (e: MessageEvent<Incoming>) => void; postMessage: (message: unknown, transfer: Transferable[]) => void };

scope.onmessage = ({ data }) => {
  if ('text' in data) {
    assets.set(data.key, JSON.parse(data.text) as AtlasAsset);
    return;
  }
  const { key, level } = data;
  try {
    const asset = assets.get(key);
    if (!asset) throw new Error(`geometry worker: no atlas ${key}`);
    const fill = binaryFill(asset.topology, level);
    scope.postMessage({ key, level, fill }, transferables(fill));
  } catch (e) {
    scope.postMessage({ key, level, error: (e as Error).message }, []);
  }
};
