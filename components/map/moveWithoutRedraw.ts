/**
 * Keeps panning and zooming fluid where WebGL runs in software: while the camera moves,
 * deck.gl's last frame is moved and scaled with a CSS transform — exact for a north-up
 * Web Mercator map — instead of being redrawn in every frame; deck.gl redraws once the
 * move ends, or pauses for PAUSE_MS (a drag held still). Leaflet draws its vector
 * overlays the same way. The cost: what comes into view during a move is drawn when it
 * ends. Measured with the circuits on (software WebGL, `npm run bench`): a deck.gl redraw
 * is ~120 ms, the base map's ~80–100 ms, and drawing both in every frame halved the frame
 * rate while moving.
 *
 * MapboxOverlay redraws deck.gl on every MapLibre `render` through its private
 * `_updateViewState` (deck.gl 9.4.0, pinned); this module takes that listener over. If a
 * deck.gl upgrade renames it, the map keeps the overlay's own behaviour (redraw always).
 */
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';

/** A drag held still this long counts as a rest: deck.gl catches up. */
export const PAUSE_MS = 300;

export function moveWithoutRedraw(map: MapLibreMap, overlay: MapboxOverlay): () => void {
  const sync = (overlay as unknown as { _updateViewState?: () => void })._updateViewState;
  if (typeof sync !== 'function') return () => {};
  /** The camera deck.gl last drew, and whether the map is moving since. */
  let drawn: { center: LngLat; zoom: number } = { center: map.getCenter(), zoom: map.getZoom() };
  let moving = false;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const redraw = () => {
    drawn = { center: map.getCenter(), zoom: map.getZoom() };
    const canvas = overlay.getCanvas();
    if (canvas) canvas.style.transform = '';
    sync();
  };
  const rest = () => {
    clearTimeout(pause);
    if (!moving) return;
    moving = false;
    redraw();
  };
  const onRender = () => {
    if (!moving) redraw();
  };
  const onMove = () => {
    moving = true;
    const canvas = overlay.getCanvas();
    if (canvas) {
      // Where the drawn frame's centre is now, and how much the zoom changed: a point q of
      // the old frame is now at p + s·(q − centre).
      const s = 2 ** (map.getZoom() - drawn.zoom);
      const p = map.project(drawn.center);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = `translate(${p.x - (s * w) / 2}px, ${p.y - (s * h) / 2}px) scale(${s})`;
    }
    clearTimeout(pause);
    pause = setTimeout(rest, PAUSE_MS);
  };

  map.off('render', sync);
  map.on('render', onRender);
  map.on('move', onMove);
  map.on('moveend', rest);
  // deck.gl picks in the frame it last drew, at the press (its click reuses that pick): a
  // press during a move first brings the frame up to date — in the capture phase, before
  // MapLibre and the overlay see the event — so the click selects what is under the pointer.
  const press = map.getCanvasContainer();
  press.addEventListener('pointerdown', rest, true);
  return () => {
    clearTimeout(pause);
    map.off('render', onRender);
    map.off('move', onMove);
    map.off('moveend', rest);
    press.removeEventListener('pointerdown', rest, true);
    map.on('render', sync);
  };
}
