/**
 * Measures how long a deck.gl redraw really takes — from its start until the GPU has
 * finished it — without ever waiting for the GPU: a WebGL2 fence is inserted after the
 * draw and its status is read from later tasks (reading it never blocks; no readPixels,
 * no finish). Main-thread time alone would lie: in Chromium the GPU work runs in another
 * process, and with SwiftShader a redraw measured 2–4 ms on the main thread and ~100 ms
 * until the fence signalled (software WebGL, national view, 2 cores).
 * One redraw is timed at a time; redraws while one is pending are not timed.
 */

import { namesRenderer } from './redrawPolicy';

/** Past this, stop waiting and report the time so far: a redraw that slow is slow. */
const GIVE_UP_MS = 2000;

export interface RedrawTimer {
  /** At the start of a redraw. */
  start: () => void;
  /** Right after the redraw issued its commands, on the same context. */
  end: (gl: WebGL2RenderingContext) => void;
  stop: () => void;
}

export function redrawTimer(report: (ms: number) => void): RedrawTimer {
  let startedAt: number | null = null;
  let pending: { gl: WebGL2RenderingContext; fence: WebGLSync; startedAt: number; timer?: ReturnType<typeof setTimeout> } | null = null;

  const finish = (ms: number | null) => {
    const p = pending!;
    pending = null;
    if (!p.gl.isContextLost()) p.gl.deleteSync(p.fence);
    // A hidden page's timers are throttled to a second or more: its times mean nothing.
    if (ms !== null && document.visibilityState === 'visible') report(ms);
  };
  const poll = () => {
    const p = pending;
    if (!p) return;
    if (p.gl.isContextLost()) return finish(null);
    const elapsed = performance.now() - p.startedAt;
    if (p.gl.getSyncParameter(p.fence, p.gl.SYNC_STATUS) === p.gl.SIGNALED || elapsed > GIVE_UP_MS) return finish(elapsed);
    p.timer = setTimeout(poll, 0);
  };

  return {
    start: () => {
      startedAt = pending ? null : performance.now();
    },
    end: (gl) => {
      if (startedAt === null || pending) return;
      const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      const t = startedAt;
      startedAt = null;
      if (!fence) return;
      gl.flush(); // the fence must reach the GPU, or it only signals at the next flush
      pending = { gl, fence, startedAt: t, timer: setTimeout(poll, 0) };
    },
    stop: () => {
      if (!pending) return;
      clearTimeout(pending.timer);
      const { gl, fence } = pending;
      pending = null;
      if (!gl.isContextLost()) gl.deleteSync(fence);
    },
  };
}

/**
 * WebGL's renderer string: the plain one when the browser gives it (Firefox does), else the
 * unmasked one from WEBGL_debug_renderer_info (Chrome says only "WebKit WebGL" otherwise);
 * null when neither says anything — the measurements then decide alone.
 */
export function rendererOf(gl: WebGL2RenderingContext): string | null {
  const plain = gl.getParameter(gl.RENDERER) as string | null;
  if (namesRenderer(plain)) return plain;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info ? ((gl.getParameter(info.UNMASKED_RENDERER_WEBGL) as string | null) ?? plain) : plain;
}
