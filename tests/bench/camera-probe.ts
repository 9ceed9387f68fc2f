/** Page code: scripted camera moves with frame counting, waiting for the map to settle, map size. */
import type { BenchWindow, FpsResult, LngLat } from './page-types';

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
  const ends: number[] = [];
  const onEnd = () => ends.push(performance.now());
  map.on('moveend', onEnd);
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
      map.off('moveend', onEnd);
      const seconds = (performance.now() - t0) / 1000;
      map.jumpTo(saved);
      let maxGap = 0;
      let maxMoving = 0;
      for (let k = 1; k < ts.length; k++) {
        const gap = ts[k] - ts[k - 1];
        maxGap = Math.max(maxGap, gap);
        if (!ends.some((e) => e >= ts[k - 1] && e <= ts[k])) maxMoving = Math.max(maxMoving, gap);
      }
      const span = (ts[ts.length - 1] - ts[0]) / 1000;
      resolve({ fps: (ts.length - 1) / span, drawsPerS: draws / seconds, maxFrameGapMs: maxGap, maxMovingGapMs: maxMoving, seconds });
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

/**
 * Our page: force deck.gl's redraw mode with a measured redraw time (1 ms: a GPU's, so it
 * redraws in every frame), or null to let the page measure again. Returns the mode now.
 */
export function forceRedrawMs(ms: number | null): { mode: string; measuredMs: number | null } {
  const redraw = (window as unknown as BenchWindow).__atlasMap!.redraw;
  redraw.assumeRedrawMs(ms);
  return { mode: redraw.mode(), measuredMs: redraw.measuredMs() };
}

/** Our page: the redraw mode it chose and the median of its measured redraw times. */
export function redrawMode(): { mode: string; measuredMs: number | null } {
  const redraw = (window as unknown as BenchWindow).__atlasMap!.redraw;
  return { mode: redraw.mode(), measuredMs: redraw.measuredMs() };
}

/** Size of the map's container (CSS px), and the current camera. */
export function mapInfo() {
  const w = window as unknown as BenchWindow;
  const map = (w.__atlasMap?.map ?? w.__baselineMap)!;
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight, center: map.getCenter().toArray() as LngLat, zoom: map.getZoom() };
}
