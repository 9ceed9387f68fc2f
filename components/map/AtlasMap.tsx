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
}

declare global {
  interface Window {
    /** Handles for browser tests and debugging: the MapLibre map and the deck.gl overlay. */
    __atlasMap?: { map: MapLibreMap; overlay: MapboxOverlay };
  }
}

export default function AtlasMap({ loaded, filter, focusState, selectedId, describe, onSelect, label, unavailableText }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: MapLibreMap; overlay: MapboxOverlay } | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // Latest callbacks, read by handlers bound once at creation.
  const callbacks = useRef({ describe, onSelect });
  callbacks.current = { describe, onSelect };

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
  const firstFocus = useRef(true);
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map) return;
    const bounds: LngLatBoundsLike = focusState
      ? [[focusState.bbox[0], focusState.bbox[1]], [focusState.bbox[2], focusState.bbox[3]]]
      : MEXICO_BOUNDS;
    // The first placement jumps (a shared link opens where it points); later ones fly.
    map.fitBounds(bounds, { padding: 40, duration: firstFocus.current ? 0 : 800 });
    firstFocus.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId]);

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
    </div>
  );
}
