/**
 * Creates the MapLibre map (offline base style) with the deck.gl overlay on top, and
 * reports camera moves and a lost graphics context. Plain imperative code, no React.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import { basemapStyle, type BasemapData } from '../../geo/basemap-style';
import type { Camera } from '../../geo/view-state';
import { FOCUS } from '../../geo/focus';
import { BASE_PATH } from '../state/site';
import { adaptiveRedraw, type RedrawHandle } from './adaptiveRedraw';
import { deckContextAttributes, type RendererKind } from './redrawPolicy';

/** Mexico, with a little of the US to the north so the border reads as a border. */
const [w, s, e, n] = FOCUS.focusMexico;
const MEXICO_BOUNDS: LngLatBoundsLike = [[w, s], [e, n]];

export interface MapHandles {
  map: MapLibreMap;
  overlay: MapboxOverlay;
  /** How deck.gl follows camera moves (redraw in every frame, or move its last frame), from measured redraw times. */
  redraw: RedrawHandle;
  destroy: () => void;
}

/** A picked object and the id of the layer it belongs to. */
export type Picked = { object: unknown; layerId: string };

export interface MapCallbacks {
  describe: (picked: Picked) => string;
  onSelect: (picked: Picked) => void;
  /** The feature under the pointer changed (null: none). */
  onHover: (picked: Picked | null) => void;
  onMoveEnd: (camera: Camera) => void;
  onContextLost: () => void;
  onContextRestored: () => void;
}

export interface MapStart {
  basemap: BasemapData;
  /** The link's camera, else null: Mexico fitted. */
  camera: Camera | null;
  /** What renders WebGL here (components/map/webgl.ts). */
  renderer: RendererKind;
}

export function createMap(container: HTMLElement, { basemap, camera, renderer }: MapStart, callbacks: () => MapCallbacks): MapHandles {
  setWorkerUrl(new URL(`${BASE_PATH}/maplibre-gl-worker.mjs`, window.location.href).href);
  const map = new MapLibreMap({
    container,
    style: basemapStyle(basemap) as never,
    ...(camera ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom } : { bounds: MEXICO_BOUNDS, fitBoundsOptions: { padding: 20 } }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    // Keeps the frame readable for the PNG export.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
  // Redraw in every frame, or move the last frame while the camera moves: measured (adaptiveRedraw.ts).
  // Its widget must be given to the overlay, which creates deck.gl.
  const adaptive = adaptiveRedraw(map, () => overlay.getCanvas());
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    getTooltip: ({ object, layer }) => (object && layer ? { text: callbacks().describe({ object, layerId: layer.id }), className: 'atlas-tooltip' } : null),
    onHover: ({ object, layer }) => callbacks().onHover(object && layer ? { object, layerId: layer.id } : null),
    onClick: ({ object, layer }) => {
      if (object && layer) callbacks().onSelect({ object, layerId: layer.id });
    },
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    widgets: [adaptive.control],
    deviceProps: { webgl: deckContextAttributes(renderer) },
  });
  map.addControl(overlay);
  map.on('error', (e) => console.error('map error', e.error));
  map.on('moveend', () => {
    const { lng, lat } = map.getCenter();
    callbacks().onMoveEnd({ lat, lon: lng, zoom: map.getZoom() });
  });

  // Both canvases (MapLibre's, and deck.gl's, created later) can lose their WebGL context.
  // The events do not bubble, so listen in the capture phase on the container; asking for
  // restoration (preventDefault) lets the browser give the context back, then we rebuild.
  const lost = (e: Event) => {
    e.preventDefault();
    callbacks().onContextLost();
  };
  const restored = () => callbacks().onContextRestored();
  container.addEventListener('webglcontextlost', lost, true);
  container.addEventListener('webglcontextrestored', restored, true);
  return {
    map,
    overlay,
    redraw: adaptive.handle,
    destroy: () => {
      container.removeEventListener('webglcontextlost', lost, true);
      container.removeEventListener('webglcontextrestored', restored, true);
      adaptive.stop();
      map.removeControl(overlay);
      map.remove();
    },
  };
}
