/**
 * Types shared by the code that runs inside the page (the probes). Page code is serialized
 * by Playwright, so each probe function is self-contained; only these types are shared.
 * One draw hook per page feeds every probe: for our page deck.gl's `onAfterRender` (deck
 * draws the municipalities on its own canvas), for the baseline MapLibre's `render` event.
 * Both run inside the frame's requestAnimationFrame, so `document.timeline.currentTime`
 * (= that frame's rAF timestamp) tells which frame drew.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type PageKind = 'ours' | 'baseline';
export type LngLat = [number, number];
export type DrawListener = (gl: WebGL2RenderingContext) => void;

export interface LoadResult {
  /** ms after navigation start: the draw that first had all municipalities (ours: confirmed by a pick). */
  firstDraw: number | null;
  /** ms after navigation start: the next animation frame after that draw (the frame is on screen). */
  firstRender: number | null;
  /** ms after navigation start: ours — state select enabled and ranked list rendered; baseline — = firstRender. */
  interactive: number | null;
  /** Baseline: distinct municipalities queryRenderedFeatures returned at that moment. */
  drawnFeatures: number | null;
}

export interface ChangeResult {
  before: number[];
  after: number[] | null;
  /** ms from the input event (or setFilter call) to the end of the first draw whose pixel differs. */
  drawMs: number | null;
  /** ms from the input to the next animation frame after that draw (the changed frame was handed to the compositor). */
  ms: number | null;
  /** Which animation frame after the input drew the change (1 = the very next frame). */
  frames: number | null;
  timedOut: boolean;
}

export interface FpsResult {
  fps: number;
  /** Redraws of the municipal layer per second (deck draws / MapLibre renders). */
  drawsPerS: number;
  maxFrameGapMs: number;
  /** Longest frame while the camera moves: frames spanning the end of a move (where ours redraws the overlay at rest) left out. */
  maxMovingGapMs: number;
  seconds: number;
}

export interface BenchState {
  listeners: Set<DrawListener>;
  load: LoadResult;
  change?: { start: () => void; state: ChangeState };
}
export interface ChangeState {
  before: number[];
  t0: number | null;
  t0Frame: number;
  frames: number[];
  drawAt: number | null;
  drawFrame: number;
  presentAt: number | null;
  after: number[] | null;
}
export interface BenchWindow {
  __bench: BenchState;
  __atlasMap?: { map: MapLibreMap; overlay: { pickObject: (o: object) => { object?: unknown } | null; _deck: DeckLike }; redraw: RedrawLike };
  __baselineMap?: MapLibreMap;
}
/** The page's adaptive redraw (components/map/adaptiveRedraw.ts): its mode, and a measured redraw time forced. */
export interface RedrawLike {
  mode: () => 'redraw' | 'transform';
  measuredMs: () => number | null;
  assumeRedrawMs: (ms: number | null) => void;
}
export interface DeckLike {
  props: { onAfterRender?: (p: { gl: WebGL2RenderingContext }) => void };
  setProps: (p: object) => void;
  redraw: (reason: string) => void;
  layerManager?: { getLayers: () => { id: string; isLoaded: boolean; props: { visible: boolean } }[] };
}
