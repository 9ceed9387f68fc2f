/**
 * Code that runs inside the page (serialized by Playwright: each function is
 * self-contained). One draw hook per page feeds every probe: for our page deck.gl's
 * `onAfterRender` (deck draws the municipalities on its own canvas), for the baseline
 * MapLibre's `render` event. Both run inside the frame's requestAnimationFrame, so
 * `document.timeline.currentTime` (= that frame's rAF timestamp) tells which frame drew.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type PageKind = 'ours' | 'baseline';
type LngLat = [number, number];
type DrawListener = (gl: WebGL2RenderingContext) => void;

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
  seconds: number;
}

interface BenchState {
  listeners: Set<DrawListener>;
  load: LoadResult;
  change?: { start: () => void; state: ChangeState };
}
interface ChangeState {
  before: number[];
  t0: number | null;
  t0Frame: number;
  frames: number[];
  drawAt: number | null;
  drawFrame: number;
  presentAt: number | null;
  after: number[] | null;
}
interface BenchWindow {
  __bench: BenchState;
  __atlasMap?: { map: MapLibreMap; overlay: { pickObject: (o: object) => { object?: unknown } | null; _deck: DeckLike } };
  __baselineMap?: MapLibreMap;
}
interface DeckLike {
  props: { onAfterRender?: (p: { gl: WebGL2RenderingContext }) => void };
  setProps: (p: object) => void;
  redraw: (reason: string) => void;
  layerManager?: { getLayers: () => { id: string; isLoaded: boolean }[] };
}

/** Init script (runs before any page script): hooks draws and records first render and interactive. */
export function installLoadProbe(arg: { kind: PageKind; place: LngLat; layerId: string; sourceId: string }) {
  const w = window as unknown as BenchWindow;
  const listeners = new Set<DrawListener>();
  const load: LoadResult = { firstDraw: null, firstRender: null, interactive: null, drawnFeatures: null };
  w.__bench = { listeners, load };
  const fire = (gl: WebGL2RenderingContext) => [...listeners].forEach((l) => l(gl));
  let hooked = false;
  let candidate: number | null = null;
  let lastPick = 0;
  const tickOurs = () => {
    const am = w.__atlasMap;
    if (load.interactive === null) {
      const select = document.querySelector<HTMLSelectElement>('select#state-filter');
      if (select && !select.disabled && document.querySelector('[data-testid="ranked-list"] li')) load.interactive = performance.now();
    }
    const deck = am?.overlay._deck;
    if (!am || !deck) return;
    if (!hooked) {
      hooked = true;
      const previous = deck.props.onAfterRender;
      deck.setProps({ onAfterRender: (p: { gl: WebGL2RenderingContext }) => (previous?.(p), fire(p.gl)) });
      listeners.add(() => {
        if (load.firstDraw !== null || candidate !== null) return;
        if (deck.layerManager?.getLayers().find((l) => l.id === arg.layerId)?.isLoaded) candidate = performance.now();
      });
    }
    // A pick renders the picking pass: at most one per 50 ms, and only once deck has drawn the loaded layer.
    if (candidate !== null && load.firstDraw === null && performance.now() - lastPick > 50) {
      lastPick = performance.now();
      const p = am.map.project(arg.place);
      const info = am.overlay.pickObject({ x: p.x, y: p.y, radius: 0, layerIds: [arg.layerId] });
      if (info?.object) {
        load.firstDraw = candidate;
        requestAnimationFrame(() => (load.firstRender = performance.now()));
      } else candidate = null; // not there yet: the next draw is the next candidate
    }
  };
  const tickBaseline = () => {
    const map = w.__baselineMap;
    if (!map || hooked) return;
    hooked = true;
    const gl = (map as unknown as { painter: { context: { gl: WebGL2RenderingContext } } }).painter.context.gl;
    map.on('render', () => fire(gl));
    map.on('idle', () => {
      if (load.firstDraw !== null || !map.getSource(arg.sourceId) || !map.isSourceLoaded(arg.sourceId)) return;
      const t = performance.now();
      const features = map.queryRenderedFeatures({ layers: [arg.layerId] });
      if (features.length === 0) return;
      load.firstDraw = t;
      load.drawnFeatures = new Set(features.map((f) => f.properties?.id)).size;
      requestAnimationFrame(() => (load.firstRender = load.interactive = performance.now()));
    });
  };
  const tick = () => {
    if (arg.kind === 'ours') tickOurs();
    else tickBaseline();
    if (load.firstRender === null || load.interactive === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Arms a change measurement: samples the pixel at `place` (forcing a draw), then, from the
 * moment `startOn` fires (capture phase, before the app's handlers) or `start()` is
 * called, counts animation frames and checks that pixel in every draw until it differs.
 */
export function armChange(arg: { place: LngLat; startOn: 'click' | 'change' | null }): Promise<number[]> {
  const w = window as unknown as BenchWindow;
  const bench = w.__bench;
  const map = (w.__atlasMap?.map ?? w.__baselineMap)!;
  const read = (gl: WebGL2RenderingContext) => {
    const canvas = gl.canvas as HTMLCanvasElement;
    const p = map.project(arg.place);
    const dpr = gl.drawingBufferWidth / canvas.clientWidth;
    const px = new Uint8Array(4);
    const previous = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    gl.readPixels(Math.round(p.x * dpr), gl.drawingBufferHeight - 1 - Math.round(p.y * dpr), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, previous);
    return [...px];
  };
  const differs = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - b[i]) > 10);
  return new Promise<number[]>((resolve) => {
    const sample = (gl: WebGL2RenderingContext) => {
      bench.listeners.delete(sample);
      const before = read(gl);
      const state: ChangeState = { before, t0: null, t0Frame: 0, frames: [], drawAt: null, drawFrame: 0, presentAt: null, after: null };
      const start = () => {
        if (state.t0 !== null) return;
        state.t0 = performance.now();
        state.t0Frame = Number(document.timeline.currentTime);
        const count = (ts: number) => {
          state.frames.push(ts);
          if (state.presentAt === null && performance.now() - state.t0! < 30_000) requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      };
      const onDraw = (g: WebGL2RenderingContext) => {
        if (state.t0 === null || state.drawAt !== null) return;
        const px = read(g);
        if (!differs(px, before)) return;
        state.drawAt = performance.now();
        state.drawFrame = Number(document.timeline.currentTime);
        state.after = px;
        bench.listeners.delete(onDraw);
        requestAnimationFrame(() => (state.presentAt = performance.now()));
      };
      bench.listeners.add(onDraw);
      if (arg.startOn) window.addEventListener(arg.startOn, start, { capture: true, once: true });
      bench.change = { start, state };
      resolve(before);
    };
    bench.listeners.add(sample);
    if (w.__atlasMap) w.__atlasMap.overlay._deck.redraw('bench: sample pixel');
    else map.triggerRepaint();
  });
}

/** Waits for the armed change to reach the screen (or times out). */
export function waitChange(timeoutMs: number): Promise<ChangeResult> {
  const s = (window as unknown as BenchWindow).__bench.change!.state;
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      if (s.presentAt !== null && s.drawAt !== null && s.t0 !== null) {
        const frames = Math.max(1, s.frames.filter((ts) => ts <= s.drawFrame).length);
        resolve({ before: s.before, after: s.after, drawMs: s.drawAt - s.t0, ms: s.presentAt - s.t0, frames, timedOut: false });
      } else if (performance.now() - started > timeoutMs) {
        resolve({ before: s.before, after: s.after, drawMs: null, ms: null, frames: null, timedOut: true });
      } else setTimeout(poll, 20);
    };
    poll();
  });
}

/** Baseline: starts the armed measurement and applies a MapLibre filter in the same task. */
export function setBaselineFilter(arg: { layerId: string; filter: unknown[] | null }) {
  const w = window as unknown as BenchWindow;
  w.__bench.change!.start();
  w.__baselineMap!.setFilter(arg.layerId, arg.filter as never);
}

/** Scripted pans and zooms (linear eases of 500 ms) for `durationMs`; counts rAF frames and draws. */
export function panZoom(arg: { durationMs: number }): Promise<FpsResult> {
  const w = window as unknown as BenchWindow;
  const map = (w.__atlasMap?.map ?? w.__baselineMap)!;
  const bench = w.__bench;
  const saved = { center: map.getCenter(), zoom: map.getZoom() };
  const z = map.getZoom();
  const o = { duration: 500, easing: (t: number) => t };
  const steps = [
    () => map.panBy([150, 0], o),
    () => map.panBy([0, 100], o),
    () => map.panBy([-150, 0], o),
    () => map.panBy([0, -100], o),
    () => map.easeTo({ zoom: z + 1, ...o }),
    () => map.easeTo({ zoom: z, ...o }),
  ];
  let draws = 0;
  const onDraw = () => draws++;
  bench.listeners.add(onDraw);
  const ts: number[] = [];
  let running = true;
  const count = (t: number) => {
    ts.push(t);
    if (running) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const t0 = performance.now();
  let i = 0;
  return new Promise((resolve) => {
    const next = () => {
      if (performance.now() - t0 < arg.durationMs) {
        map.once('moveend', next);
        steps[i++ % steps.length]();
        return;
      }
      running = false;
      bench.listeners.delete(onDraw);
      const seconds = (performance.now() - t0) / 1000;
      map.jumpTo(saved);
      let maxGap = 0;
      for (let k = 1; k < ts.length; k++) maxGap = Math.max(maxGap, ts[k] - ts[k - 1]);
      const span = (ts[ts.length - 1] - ts[0]) / 1000;
      resolve({ fps: (ts.length - 1) / span, drawsPerS: draws / seconds, maxFrameGapMs: maxGap, seconds });
    };
    next();
  });
}

/** Resolves once the map is idle (camera still, tiles loaded), two frames later; at most `timeoutMs`. */
export function settle(timeoutMs: number): Promise<void> {
  const w = window as unknown as BenchWindow;
  const map = (w.__atlasMap?.map ?? w.__baselineMap)!;
  return new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, timeoutMs);
    if (!map.isMoving() && map.loaded()) done();
    else map.once('idle', done);
  });
}

/** Size of the map's container (CSS px), and the current camera. */
export function mapInfo() {
  const w = window as unknown as BenchWindow;
  const map = (w.__atlasMap?.map ?? w.__baselineMap)!;
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight, center: map.getCenter().toArray() as LngLat, zoom: map.getZoom() };
}
