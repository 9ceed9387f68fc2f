'use client';
/**
 * The one client-only WebGL boundary: MapLibre draws the offline base, deck.gl draws the
 * municipalities on top (interleaved: false — interleaved mode throws with MapLibre 6).
 * The map is created once; camera moves never re-render React, only filter and
 * selection changes reach deck.gl as new layer props.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { basemapStyle } from '../../geo/basemap-style';
import type { Filter } from '../../geo/filters';
import type { LoadedAtlas, MunicipalFeature } from '../../geo/load-atlas';
import type { MexicanState } from '../../geo/types';
import { viewKeys, type Camera } from '../../geo/view-state';
import { useCamera } from '../state/useCamera';
import { download } from '../export/download';
import { composeMapPng, type PngLabels } from './exportPng';
import { buildLayers } from './layers';
import { hasWebGL2 } from './webgl';

/** Mexico, with a little of the US to the north so the border reads as a border. */
const MEXICO_BOUNDS: LngLatBoundsLike = [[-118.5, 14.2], [-86.5, 33.2]];

export interface AtlasMapProps {
  loaded: LoadedAtlas;
  filter: Filter;
  focusState: MexicanState | null;
  selectedId: string | null;
  /** Text of the hover tooltip for a municipal polygon. */
  describe: (feature: MunicipalFeature) => string;
  onSelect: (feature: MunicipalFeature) => void;
  label: string;
  unavailableText: string;
  /** Texts of the PNG export (title, legend, credit) and its button. */
  png: PngLabels & { button: string; fileName: string };
}

declare global {
  interface Window {
    /** Handles for browser tests and debugging: the MapLibre map and the deck.gl overlay. */
    __atlasMap?: { map: MapLibreMap; overlay: MapboxOverlay };
  }
}

export default function AtlasMap({ loaded, filter, focusState, selectedId, describe, onSelect, label, unavailableText, png }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: MapLibreMap; overlay: MapboxOverlay } | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // Latest callbacks, read by handlers bound once at creation.
  const callbacks = useRef({ describe, onSelect });
  callbacks.current = { describe, onSelect };

  const [camera, setCamera] = useCamera();
  // The camera we last wrote to the URL: a URL camera that differs came from outside
  // (Back/Forward, a pasted link) and moves the map.
  const written = useRef<string | null>(null);
  const setCameraRef = useRef(setCamera);
  setCameraRef.current = setCamera;

  const dataFeatures = useMemo(() => loaded.municipalFeatures.filter((f) => f.properties.row >= 0), [loaded]);

  useEffect(() => {
    if (!container.current) return;
    if (!hasWebGL2()) {
      setUnavailable(true);
      return;
    }
    setWorkerUrl(new URL('/maplibre-gl-worker.mjs', window.location.href).href);
    const map = new MapLibreMap({
      container: container.current,
      style: basemapStyle(loaded.basemap) as never,
      bounds: MEXICO_BOUNDS,
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    const overlay = new MapboxOverlay({
      interleaved: false,
      layers: [],
      getTooltip: ({ object }) => (object ? { text: callbacks.current.describe(object as MunicipalFeature), className: 'atlas-tooltip' } : null),
      onClick: ({ object }) => {
        if (object) callbacks.current.onSelect(object as MunicipalFeature);
      },
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    map.addControl(overlay);
    map.on('error', (e) => console.error('map error', e.error));
    map.on('moveend', () => {
      const { lng, lat } = map.getCenter();
      const next: Camera = { lat, lon: lng, zoom: map.getZoom() };
      const key = viewKeys.c.serialize(next);
      if (key === written.current) return;
      written.current = key;
      void setCameraRef.current(next);
    });
    mapRef.current = { map, overlay };
    window.__atlasMap = mapRef.current;
    return () => {
      mapRef.current = null;
      delete window.__atlasMap;
      map.removeControl(overlay);
      map.remove();
    };
  }, [loaded]);

  useEffect(() => {
    mapRef.current?.overlay.setProps({
      layers: buildLayers({
        municipalFeatures: loaded.municipalFeatures,
        dataFeatures,
        stateFeatures: loaded.stateFeatures,
        municipalities: loaded.data.municipalities,
        filter,
        selectedId,
      }),
    });
  }, [loaded, dataFeatures, filter, selectedId]);

  const focusId = focusState?.id ?? null;
  const cameraKey = viewKeys.c.serialize(camera);
  const placed = useRef<{ focusId: string | null; cameraKey: string | null } | null>(null);
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map) return;
    const previous = placed.current;
    placed.current = { focusId, cameraKey };
    const cameraFromOutside = camera && cameraKey !== written.current && (!previous || cameraKey !== previous.cameraKey);
    if (camera && cameraFromOutside) {
      // A link or a history step names a camera: go exactly there.
      written.current = cameraKey;
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    } else if (!previous || previous.focusId !== focusId) {
      const bounds: LngLatBoundsLike = focusState
        ? [[focusState.bbox[0], focusState.bbox[1]], [focusState.bbox[2], focusState.bbox[3]]]
        : MEXICO_BOUNDS;
      map.fitBounds(bounds, { padding: 40, duration: previous ? 800 : 0 });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, cameraKey]);

  const exportPng = async () => {
    const current = mapRef.current;
    if (!current) return;
    const deckCanvas = current.overlay.getCanvas();
    const canvases = [current.map.getCanvas(), ...(deckCanvas ? [deckCanvas] : [])];
    download(await composeMapPng(canvases, png), png.fileName);
  };

  if (unavailable) {
    return (
      <div className="map map-unavailable" role="status">
        {unavailableText}
      </div>
    );
  }
  // MapLibre styles its container position: relative, so it fills a positioned wrapper.
  return (
    <div className="map" role="region" aria-label={label}>
      <div ref={container} className="map-canvas" />
      <button type="button" className="map-export" onClick={exportPng}>
        {png.button}
      </button>
    </div>
  );
}
