/**
 * Page code: time from a filter change to the frame that shows it, by watching one pixel
 * in every draw after the input (see page-types.ts for the draw hook).
 */
import type { BenchWindow, ChangeResult, ChangeState, LngLat } from './page-types';

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
          if (state.presentAt === null && performance.now() - state.t0! < 900_000) requestAnimationFrame(count);
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
        requestAnimationFrame((ts) => (state.presentAt = Math.max(ts, state.drawAt!))); // the next frame's start time
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
