'use client';
/**
 * The one client-only WebGL boundary: MapLibre draws the offline base, deck.gl draws the
 * municipalities on top (interleaved: false — in interleaved mode deck.gl 9.4 draws nothing
 * into MapLibre 6, checked 2026-11-30).
 * The map is created once; camera moves never re-render the panels, and only colour and
 * selection changes reach deck.gl as new layer props. A lost graphics context is
 * rebuilt without a reload; without WebGL the page keeps its tables.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AttributionControl } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DiasporaView } from '../../geo/diaspora-view';
import type { LoadedAtlas } from '../../geo/load-atlas';
import { FULL_LEVEL, levelForZoom } from '../../geo/lod';
import type { UsStateFeature } from '../../geo/load-diaspora';
import type { LoadedLabels } from '../../geo/load-labels';
import type { MexicanState } from '../../geo/types';
import { viewKeys, type Language } from '../../geo/view-state';
import { download } from '../export/download';
import { useAtlasDetail } from '../state/useAtlasDetail';
import { useCamera } from '../state/useCamera';
import { exposeMap } from '../../tests/hooks/expose-map';
import { createMap, type MapCallbacks, type MapHandles, type Picked } from './createMap';
import { buildCircuitsLayers, consulateRadius, type CircuitsLayerInput } from './circuitsLayers';
import { buildDiasporaLayers } from './diasporaLayers';
import { composeMapPng, type PngLabels } from './exportPng';
import { buildLabelLayers } from './labelLayers';
import { buildLayers } from './layers';
import { addScaleBar, setCredit } from './mapControls';
import { useFills } from './useFills';
import { usePlacedLabels } from './usePlacedLabels';
import { probeWebGL2 } from './webgl';

export interface AtlasMapProps {
  loaded: LoadedAtlas;
  /** RGBA of every municipal polygon (geo/map-colors), with a key that changes with it. */
  colors: { rgba: Uint8Array; key: string };
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
  /** Place names (null until their asset loads), in the page's language; `shown` false turns them off. */
  names: { labels: LoadedLabels | null; lang: Language; shown: boolean; onToggle: () => void; toggleText: string };
  /** The sources, credited from the map's attribution control. */
  credit: string;
}

/**
 * Padding around a fitted extent: the wanted px on a wide map, less on a phone, where 40 px a
 * side would shrink Mexico (wide, not tall) to a small shape in a portrait screen.
 */
const fitPadding = (map: MapHandles['map'], wanted: number) => Math.min(wanted, Math.round(map.getContainer().clientWidth * 0.03));

/** How long a lost context may take to come back before the map gives way to the tables. */
const RESTORE_TIMEOUT_MS = 8000;
/** From this zoom on, circuits start at municipalities instead of states. */
export const DETAIL_ZOOM = 6;

export default function AtlasMap({ loaded, colors, focusState, selectedId, describe, onSelect, onHover, diaspora, circuits, detail, onDetailChange, label, texts, flyTo, png, home, names, credit }: AtlasMapProps) {
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
  const fills = useFills(loaded, usedLevels);
  // The full geometry, for a finer level, a selection's outline, a state's outline zoomed in,
  // municipal borders, the circuits and the US layers; the first view at the country's scale
  // draws from the overview. (The idle warm-up below asks for every level, so it usually
  // arrives right after the first view.)
  const geometry = useAtlasDetail(loaded, usedLevels.some((l) => l > 0) || !!selectedId || !!focusState || !!diaspora || !!circuits.circuits || !!circuits.regionOfState || detail);
  const stateFeatures = geometry?.stateFeatures ?? loaded.stateFeatures;
  // Bumped when the camera comes to rest or the map resizes: the place names are placed again.
  const [moves, setMoves] = useState(0);
  const nameOptions = useMemo(() => {
    if (!names.shown) return null;
    const c = circuits.circuits;
    const radius = c && consulateRadius(c);
    const consulates = c ? c.consulates.map((x) => ({ key: x.key, names: { es: x.nameEs, en: x.nameEn }, lon: x.lon, lat: x.lat, cards: c.consulateCards.get(x.key) ?? 0, radius: radius!(x.key) })) : null;
    return { lang: names.lang, usStates: !!diaspora?.view.us || !!c, consulates };
  }, [names.shown, names.lang, diaspora, circuits.circuits]);
  const placedNames = usePlacedLabels(mapRef.current?.map ?? null, names.labels, nameOptions, moves);

  useEffect(() => {
    if (!container.current) return;
    const webgl = probeWebGL2();
    if (!webgl) {
      setStatus('unavailable');
      return;
    }
    let restoreTimer: ReturnType<typeof setTimeout> | undefined;
    const callbacks: MapCallbacks = {
      describe: (f) => latest.current.describe(f),
      onSelect: (f) => latest.current.onSelect(f),
      onHover: (f) => latest.current.onHover(f),
      onMoveEnd: (next) => {
        setMoves((m) => m + 1);
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
    const handles = createMap(container.current, { basemap: loaded.basemap, camera: latest.current.camera, renderer: webgl.renderer }, () => callbacks);
    mapRef.current = handles;
    addScaleBar(handles.map);
    const placeAgain = () => setMoves((m) => m + 1);
    handles.map.on('resize', placeAgain);
    handles.map.once('load', placeAgain);
    // A test build only (next.config.js): the condition is written out here, not imported,
    // so the production build inlines it as false and drops the hook.
    if (process.env.NEXT_PUBLIC_ATLAS_TEST_HOOKS === '1') exposeMap(handles);
    // Once the first view is on screen and the page is idle, ask for every level of detail
    // (computed in the worker), so the first zoom across a level finds its fill ready.
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    let warm: number | undefined;
    handles.map.once('idle', () => {
      warm = whenIdle(() => setUsedLevels(Array.from({ length: FULL_LEVEL + 1 }, (_, l) => l)));
    });
    return () => {
      if (warm !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(warm);
      clearTimeout(restoreTimer);
      mapRef.current = null;
      if (process.env.NEXT_PUBLIC_ATLAS_TEST_HOOKS === '1') exposeMap(null);
      handles.destroy();
    };
  }, [loaded, generation]);

  useEffect(() => {
    // The full-detail polygons are decoded on first use: only a circuits view reads them here.
    const flows = circuits.circuits || circuits.regionOfState ? buildCircuitsLayers({ ...circuits, stateFeatures, municipalFeatures: geometry?.municipalFeatures ?? [] }) : { under: [], over: [] };
    mapRef.current?.overlay.setProps({
      layers: buildLayers({
        selectable: () => geometry?.municipalFeatures ?? [],
        ids: loaded.municipalIds,
        fills,
        level,
        stateFeatures,
        municipalBorders: () => geometry!.municipalBorders,
        detail: detail && !!geometry,
        colors,
        focusStateId: focusState?.id ?? null,
        selectedId,
        between: [...(diaspora ? buildDiasporaLayers({ ...diaspora, stateFeatures }) : []), ...flows.under],
        above: flows.over,
        labels: names.labels && placedNames.length > 0 ? buildLabelLayers(placedNames, names.labels.characterSet) : [],
      }),
    });
  }, [loaded, geometry, stateFeatures, fills, level, colors, focusState, selectedId, diaspora, circuits, detail, generation, placedNames, names.labels]);

  // The credit follows the language; a rebuilt map (after a lost context) gets its own.
  const creditControl = useRef<{ map: MapHandles['map']; control: AttributionControl } | null>(null);
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map) return;
    const previous = creditControl.current?.map === map ? creditControl.current.control : null;
    creditControl.current = { map, control: setCredit(map, credit, previous) };
  }, [credit, generation]);

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
      map.fitBounds(bounds as never, { padding: fitPadding(map, 40), duration: previous ? 800 : 0 });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, cameraKey, generation]);

  // Runs after the placement above, so a search result's extent wins over its state's.
  useEffect(() => {
    const map = mapRef.current?.map;
    if (!map || !flyTo) return;
    const [w, s, e, n] = flyTo.bbox;
    map.fitBounds([[w, s], [e, n]], { padding: fitPadding(map, 80), maxZoom: 9, duration: 800 });
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
      <div className="map-buttons">
        <button type="button" aria-pressed={names.shown} onClick={names.onToggle} data-testid="names-toggle">
          {names.toggleText}
        </button>
        <button type="button" className="map-export" onClick={exportPng}>
          {png.button}
        </button>
      </div>
    </div>
  );
}
