/**
 * The browser tests' handle on the map (window.__atlasMap): the MapLibre map, the deck.gl
 * overlay and its redraw mode. Called by components/map/AtlasMap only in a test build
 * (NEXT_PUBLIC_ATLAS_TEST_HOOKS=1); the production build inlines that condition as false and
 * drops this module (tests/e2e/hosting.test.ts checks that no hook ships).
 */
import type { MapHandles } from '../../components/map/createMap';

type Exposed = Pick<MapHandles, 'map' | 'overlay' | 'redraw'>;

declare global {
  interface Window {
    __atlasMap?: Exposed;
  }
}

/** Exposes the map's handles, or withdraws them (null) when the map goes. */
export function exposeMap(handles: Exposed | null) {
  if (handles) window.__atlasMap = { map: handles.map, overlay: handles.overlay, redraw: handles.redraw };
  else delete window.__atlasMap;
}
