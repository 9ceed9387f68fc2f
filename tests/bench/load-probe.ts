/** Page code: first render and interactive times, recorded from navigation start. */
import type { BenchWindow, DrawListener, LngLat, LoadResult, PageKind } from './page-types';

/**
 * Init script (runs before any page script): hooks draws and records first render and
 * interactive. Ours: the first deck draw, with the municipal layer loaded, whose pixel at
 * `place` has one of the degree colours (read right after the draw, which also waits for
 * the GPU to finish it); `pickAt` later confirms with deck's own picking. A pick is not used
 * in the timed path: it renders the picking pass, a whole extra frame with software WebGL.
 */
export function installLoadProbe(arg: { kind: PageKind; place: LngLat; layerId: string; sourceId: string; colors: number[][] }) {
  const w = window as unknown as BenchWindow;
  const listeners = new Set<DrawListener>();
  const load: LoadResult = { firstDraw: null, firstRender: null, interactive: null, drawnFeatures: null };
  w.__bench = { listeners, load };
  const fire = (gl: WebGL2RenderingContext) => [...listeners].forEach((l) => l(gl));
  /** Reads one pixel of the drawing buffer just drawn (CSS px from the top left); waits for the GPU. */
  const pixel = (gl: WebGL2RenderingContext, x: number, y: number) => {
    const dpr = gl.drawingBufferWidth / (gl.canvas as HTMLCanvasElement).clientWidth;
    const px = new Uint8Array(4);
    const previous = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    gl.readPixels(Math.round(x * dpr), gl.drawingBufferHeight - 1 - Math.round(y * dpr), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, previous);
    return [...px];
  };
  let hooked = false;
  const tickOurs = () => {
    const am = w.__atlasMap;
    if (load.interactive === null) {
      const select = document.querySelector<HTMLSelectElement>('select#state-filter');
      if (select && !select.disabled && document.querySelector('[data-testid="ranked-list"] li')) load.interactive = performance.now();
    }
    const deck = am?.overlay._deck;
    if (!am || !deck || hooked) return;
    hooked = true;
    const previous = deck.props.onAfterRender;
    deck.setProps({ onAfterRender: (p: { gl: WebGL2RenderingContext }) => (previous?.(p), fire(p.gl)) });
    const onDraw = (gl: WebGL2RenderingContext) => {
      // By id prefix, like deck.gl's own picking: our fill's id ends in its level of detail.
      if (!deck.layerManager?.getLayers().find((l) => l.id.startsWith(arg.layerId) && l.props.visible)?.isLoaded) return;
      const p = am.map.project(arg.place);
      const px = pixel(gl, p.x, p.y);
      if (px[3] < 250 || !arg.colors.some((c) => c.every((v, i) => Math.abs(v - px[i]) <= 12))) return;
      listeners.delete(onDraw);
      const drawAt = performance.now();
      load.firstDraw = drawAt;
      requestAnimationFrame((ts) => (load.firstRender = Math.max(ts, drawAt))); // the next frame's start time
    };
    listeners.add(onDraw);
  };
  const tickBaseline = () => {
    const map = w.__baselineMap;
    if (!map || hooked) return;
    hooked = true;
    const gl = (map as unknown as { painter: { context: { gl: WebGL2RenderingContext } } }).painter.context.gl;
    map.on('render', () => fire(gl));
    map.on('idle', () => {
      if (load.firstDraw !== null || !map.getSource(arg.sourceId) || !map.isSourceLoaded(arg.sourceId)) return;
      pixel(gl, 0, 0); // waits for the GPU to finish the frame
      const t = performance.now();
      const features = map.queryRenderedFeatures({ layers: [arg.layerId] });
      if (features.length === 0) return;
      load.firstDraw = t;
      load.drawnFeatures = new Set(features.map((f) => f.properties?.id)).size;
      requestAnimationFrame((ts) => (load.firstRender = load.interactive = Math.max(ts, t)));
    });
  };
  const tick = () => {
    if (arg.kind === 'ours') tickOurs();
    else tickBaseline();
    if (load.firstRender === null || load.interactive === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
