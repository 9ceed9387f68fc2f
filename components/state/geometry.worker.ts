/**
 * The Web Worker that turns the atlas into the map's fills (geo/binary-fill): parsing the
 * TopoJSON, simplifying it for a level of detail and tessellating 2,469 polygons take
 * ~0.3 s of script that would otherwise hold the main thread before the first map.
 * Messages in: { text } once, then { level }; out: { level, fill } or { level, error }.
 */
import type { AtlasAsset } from '../../geo/atlas';
import { binaryFill, transferables } from '../../geo/binary-fill';

type Incoming = { text: string } | { level: number };

let asset: AtlasAsset | null = null;
const scope = self as unknown as { onmessage: (e: MessageEvent<Incoming>) => void; postMessage: (message: unknown, transfer: Transferable[]) => void };

scope.onmessage = ({ data }) => {
  if ('text' in data) {
    asset = JSON.parse(data.text) as AtlasAsset;
    return;
  }
  try {
    if (!asset) throw new Error('geometry worker: no atlas yet');
    const fill = binaryFill(asset.topology, data.level);
    scope.postMessage({ level: data.level, fill }, transferables(fill));
  } catch (e) {
    scope.postMessage({ level: data.level, error: (e as Error).message }, []);
  }
};
