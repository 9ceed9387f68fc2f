'use client';
/**
 * The one client-only WebGL boundary: MapLibre draws the offline base, deck.gl draws the
 * municipalities on top (interleaved: false — in interleaved mode deck.gl 9.4 draws nothing
 * into MapLibre 6, checked 2026-11-30).
 * The map is created once; camera moves never re-render the panels, and only filter and
 * selection changes reach deck.gl as new layer props. A lost graphics context is
 * rebuilt without a reload; without WebGL the page keeps its tables.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Filter } from '../../geo/filters';
import type { DiasporaView } from '../../geo/diaspora-view';
import type { LoadedAtlas } from '../../geo/load-atlas';
import { FULL_LEVEL, levelForZoom } from '../../geo/lod';
import type { UsStateFeature } from '../../geo/load-diaspora';
import type { MexicanState } from '../../geo/types';
import { viewKeys } from '../../geo/view-state';
import { download } from '../export/download';
import { useCamera } from '../state/useCamera';
import { createMap, type MapCallbacks, type MapHandles, type Picked } from './createMap';
import { buildCircuitsLayers, type CircuitsLayerInput } from './circuitsLayers';
import { buildDiasporaLayers } from './diasporaLayers';
import { composeMapPng, type PngLabels } from './exportPng';
import { buildLayers } from './layers';
import { hasWebGL2 } from './webgl';

export interface AtlasMapProps {
  loaded: LoadedAtlas;
  filter: Filter;
  focusState: MexicanState | null;
  selectedId: string | null;
  /** Text of the hover tooltip for a picked feature (a municipality, a Mexican or US state). */
  describe: (picked: Picked) => string;
  onSelect: (picked: Picked) => void;
  onHover: (picked: Picked | null) => void;
  /** The US and remittance layers, when shown. */
  diaspora: { view: DiasporaView; usFeatures: UsStateFeature[]; highlightedUs: string | null } | null;
  label: string;
  texts: { unavailable: string; contextLost: string };
  /** A one-shot request to fly to an extent (a search result); `nonce` repeats a request. */
  flyTo: { bbox: [number, number, number, number]; nonce: number } | null;
  /** The circuits and regions layers, when shown. */
  circuits: Pick<CircuitsLayerInput, 'circuits' | 'regionOfState'>;
  /** Whether the zoom is at DETAIL_ZOOM or more (municipal borders and origins are drawn then), and its setter. */
  detail: boolean;
  onDetailChange: (detail: boolean) => void;
  /** Where the map rests with no state in focus: Mexico, or both countries when the US layer is on. */
  home: [number, number, number, number];
  /** Texts of the PNG export (title, legend, credit) and its button. */
  png: PngLabels & { button: string; fileName: string };
}

declare global {
  interface Window {
    /** Handles for browser tests and debugging: the MapLibre map, the deck.gl overlay and its redraw mode. */
    __atlasMap?: Pick<MapHandles, 'map' | 'overlay' | 'redraw'>;
  }
}

/** How long a lost context may take to come back before the map gives way to the tables. */
const RESTORE_TIMEOUT_MS = 8000;
/** From this zoom on, circuits start at municipalities instead of states. */
export const DETAIL_ZOOM = 6;

export default function AtlasMap({ loaded, filter, focusState, selectedId, describe, onSelect, onHover, diaspora, circuits, detail, onDetailChange, label, texts, flyTo, png, home }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapHandles | null>(null);
  const [status, setStatus] = useState<'ok' | 'lost' | 'unavailable'>('ok');
  /** Bumped to rebuild the map after its context came back. */
  const [generation, setGeneration] = useState(0);
  const [camera, setCamera] = useCamera();
  // The camera we last wrote to the URL: a URL camera that differs came from outside
  // (Back/Forward, a pasted link) and moves the map.
  const written = useRef<string | null>(null);
  const latest = useRef({ camera, setCamera, describe, onSelect, onHover, onDetailChange });
  latest.current = { camera, setCamera, describe, onSelect, onHover, onDetailChange };
  // Level of detail of the fills and borders (geo/lod), switched when a move ends: coarser
  // geometry zoomed out keeps panning fluid in software WebGL. Every level drawn once keeps
  // its deck.gl layer (hidden when not current), so zooming back and forth re-tessellates nothing.
  const [level, setLevel] = useState(() => levelForZoom(camera?.zoom ?? 0));
  const [usedLevels, setUsedLevels] = useState<number[]>(() => [level]);
  if (!usedLevels.includes(level)) setUsedLevels([...usedLevels, level]);
  const fills = useMemo(() => usedLevels.map((l) => ({ level: l, geometry: loaded.geometryAt(l) })), [loaded, usedLevels]);

  useEffect(() => {
    if (!container.current) return;
    if (!hasWebGL2()) {
      setStatus('unavailable');
      return;
    }
    let restoreTimer: ReturnType<typeof setTimeout> | undefined;
    const callbacks: MapCallbacks = {
      describe: (f) => latest.current.describe(f),
      onSelect: (f) => latest.current.onSelect(f),
      onHover: (f) => latest.current.onHover(f),
      onMoveEnd: (next) => {
        latest.current.onDetailChange(next.zoom >= DETAIL_ZOOM);
        setLevel(levelForZoom(next.zoom));
        const key = viewKeys.c.serialize(next);
        if (key === written.current) return;
        written.current = key;
        void latest.current.setCamera(next);
      },
      onContextLost: () => {
        setStatus('lost');
        clearTimeout(restoreTimer);
        restoreTimer = setTimeout(() => setStatus('unavailable'), RESTORE_TIMEOUT_MS);
      },
      onContextRestored: () => {
        clearTimeout(restoreTimer);
        setStatus('ok');
        setGeneration((g) => g + 1);
      },
    };
    const handles = createMap(container.current, loaded.basemap, latest.current.camera, () => callbacks);
    mapRef.current = handles;
    window.__atlasMap = { map: handles.map, overlay: handles.overlay, redraw: handles.redraw };
    // Once the first view is on screen and the page is idle, prepare every level of detail,
    // so the first zoom across a level does not stall (~0.3 s of tessellation, paid now).
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    let warm: number | undefined;
    handles.map.once('idle', () => {
      warm = whenIdle(() => setUsedLevels(Array.from({ length: FULL_LEVEL + 1 }, (_, l) => l)));
    });
    return () => {
      if (warm !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(warm);
      clearTimeout(restoreTimer);
      mapRef.current = null;
      delete window.__atlasMap;
      handles.destroy();
    };
  }, [loaded, generation]);

  useEffect(() => {
    const flows = buildCircuitsLayers({ ...circuits, stateFeatures: loaded.stateFeatures, municipalFeatures: loaded.municipalFeatures });
    mapRef.current?.overlay.setProps({
      layers: buildLayers({
        selectable: loaded.municipalFeatures,
        fills,
        level,
        stateFeatures: loaded.stateFeatures,
        borders: { municipal: loaded.municipalBorders, state: loaded.geometryAt(level).stateBorders },
        detail,
        municipalities: loaded.data.municipalities,
        filter,
        selectedId,
        between: [...(diaspora ? buildDiasporaLayers({ ...diaspora, stateFeatures: loaded.stateFeatures }) : []), ...flows.under],
        above: flows.over,
      }),
    });
  }, [loaded, fills, level, filter, selectedId, diaspora, circuits, detail, generation]);

  const focusId = focusState?.id ?? null;
  const cameraKey = viewKeys.c.serialize(camera);
  const placed = useRef<{ focusId: string | null; cameraKey: string | null; generation: number } | null>(null);
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map) return;
    const previous = placed.current?.generation === generation ? placed.current : null;
    placed.current = { focusId, cameraKey, generation };
    if (camera && (!previous ? true : cameraKey !== previous.cameraKey && cameraKey !== written.current)) {
      // A link, a history step or a rebuilt map names a camera: go exactly there.
      written.current = cameraKey;
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    } else if (!previous || previous.focusId !== focusId) {
      const [w, s, e, n] = focusState?.bbox ?? home;
      const bounds = [[w, s], [e, n]] as const;
      map.fitBounds(bounds as never, { padding: 40, duration: previous ? 800 : 0 });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, cameraKey, generation]);

  // Runs after the placement above, so a search result's extent wins over its state's.
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map || !flyTo) return;
    const [w, s, e, n] = flyTo.bbox;
    map.fitBounds([[w, s], [e, n]], { padding: 80, maxZoom: 9, duration: 800 });
  }, [flyTo]);

  const exportPng = async () => {
    const current = mapRef.current;
    if (!current) return;
    const deckCanvas = current.overlay.getCanvas();
    const canvases = [current.map.getCanvas(), ...(deckCanvas ? [deckCanvas] : [])];
    download(await composeMapPng(canvases, png), png.fileName);
  };

  if (status === 'unavailable') {
    return (
      <div className="map map-unavailable" role="status">
        {texts.unavailable}
      </div>
    );
  }
  // MapLibre styles its container position: relative, so it fills a positioned wrapper.
  return (
    <div className="map" role="region" aria-label={label}>
      <div ref={container} className="map-canvas" />
      {status === 'lost' && (
        <p className="map-status" role="status">
          {texts.contextLost}
        </p>
      )}
      <button type="button" className="map-export" onClick={exportPng}>
        {png.button}
      </button>
    </div>
  );
}
