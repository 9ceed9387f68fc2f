/**
 * Measures what a deck.gl redraw really costs, without ever waiting for the GPU (no
 * readPixels, no finish): its main-thread time, from deck.gl's onBeforeRender to its
 * onAfterRender, plus its GPU time, from a timer query around it
 * (EXT_disjoint_timer_query_webgl2, read from later tasks once available). Main-thread time
 * alone would lie: in Chromium the GPU work runs in another process — with SwiftShader a
 * redraw took 1–14 ms on the main thread and 70–150 ms of GPU time (software WebGL,
 * national view, 2 cores).
 *
 * Without timer queries (Safari; Firefox by default), a WebGL2 fence after the redraw is
 * looked at from later tasks instead. A status is only seen when a task runs, and the main
 * thread may be busy with other work (decoding data at load): a fence seen signalled long
 * after the previous look says only that the redraw took less than that. So a time is
 * reported as measured only when the look before was recent (PROMPT_MS); else, if the fence
 * was seen unsignalled at some point, as a lower bound; else not at all.
 * One redraw is timed at a time.
 */
import { namesRenderer } from './redrawPolicy';

/** Looks this close together time a redraw to within their gap (timers nest at 4 ms). */
const PROMPT_MS = 8;
/** Past this, stop waiting and report the time so far as a lower bound: a redraw that slow is slow. */
const GIVE_UP_MS = 2000;

/** `exact`: measured (to within PROMPT_MS for a fence); else `ms` is a lower bound. */
export type RedrawTimeReport = (ms: number, exact: boolean) => void;

export interface RedrawTimer {
  /** At the start of a redraw, on deck.gl's context. */
  start: (gl: WebGL2RenderingContext) => void;
  /** Right after the redraw issued its commands, on the same context. */
  end: (gl: WebGL2RenderingContext) => void;
  stop: () => void;
}

/** Runs `look` in a later task; returns a cancel. */
export type Schedule = (look: () => void) => () => void;
const nextTask: Schedule = (look) => {
  const t = setTimeout(look, 0);
  return () => clearTimeout(t);
};

interface TimerQuery {
  TIME_ELAPSED_EXT: number;
  GPU_DISJOINT_EXT: number;
}

/** A redraw whose GPU work is being waited for: by its timer query, or by its fence. */
type Pending = { gl: WebGL2RenderingContext; startedAt: number; cancel: () => void } & (
  | { kind: 'query'; query: WebGLQuery; ext: TimerQuery; cpuMs: number }
  | { kind: 'fence'; fence: WebGLSync; lookedAt: number; seenUnsignalled: boolean }
);

export function redrawTimer(report: RedrawTimeReport, schedule: Schedule = nextTask): RedrawTimer {
  const extensions = new WeakMap<WebGL2RenderingContext, TimerQuery | null>();
  const timerQuery = (gl: WebGL2RenderingContext) => {
    if (!extensions.has(gl)) extensions.set(gl, gl.getExtension('EXT_disjoint_timer_query_webgl2') as TimerQuery | null);
    return extensions.get(gl)!;
  };
  let started: { at: number; query: WebGLQuery | null } | null = null;
  let pending: Pending | null = null;

  const finish = (result: [ms: number, exact: boolean] | null) => {
    const p = pending!;
    pending = null;
    if (!p.gl.isContextLost()) {
      if (p.kind === 'query') p.gl.deleteQuery(p.query);
      else p.gl.deleteSync(p.fence);
    }
    // A hidden page's timers are throttled to a second or more: its times mean nothing.
    if (result && document.visibilityState === 'visible') report(...result);
  };
  const look = () => {
    const p = pending;
    if (!p) return;
    const { gl } = p;
    if (gl.isContextLost()) return finish(null);
    const now = performance.now();
    if (p.kind === 'query') {
      if (gl.getQueryParameter(p.query, gl.QUERY_RESULT_AVAILABLE)) {
        // A disjoint (the GPU's clock was interrupted) makes the result meaningless.
        if (gl.getParameter(p.ext.GPU_DISJOINT_EXT)) return finish(null);
        return finish([p.cpuMs + (gl.getQueryParameter(p.query, gl.QUERY_RESULT) as number) / 1e6, true]);
      }
      if (now - p.startedAt > GIVE_UP_MS) return finish(null);
    } else {
      if (gl.getSyncParameter(p.fence, gl.SYNC_STATUS) === gl.SIGNALED) {
        if (now - p.lookedAt <= PROMPT_MS) return finish([now - p.startedAt, true]);
        return finish(p.seenUnsignalled ? [p.lookedAt - p.startedAt, false] : null);
      }
      p.lookedAt = now;
      p.seenUnsignalled = true;
      if (now - p.startedAt > GIVE_UP_MS) return finish([now - p.startedAt, false]);
    }
    p.cancel = schedule(look);
  };

  return {
    start: (gl) => {
      started = null;
      if (pending) return;
      const ext = timerQuery(gl);
      // Only one timer query may run at a time on a context: leave it to whoever started one.
      const query = ext && !gl.getQuery(ext.TIME_ELAPSED_EXT, gl.CURRENT_QUERY) ? gl.createQuery() : null;
      if (query) gl.beginQuery(ext!.TIME_ELAPSED_EXT, query);
      started = { at: performance.now(), query };
    },
    end: (gl) => {
      if (!started || pending) return;
      const { at: startedAt, query } = started;
      started = null;
      const ext = timerQuery(gl);
      if (query && ext) {
        gl.endQuery(ext.TIME_ELAPSED_EXT);
        pending = { kind: 'query', gl, startedAt, query, ext, cpuMs: performance.now() - startedAt, cancel: schedule(look) };
        return;
      }
      // No flush: the browser flushes when the frame's task ends, right after this draw, and
      // a flush here would split the frame's commands on a GPU.
      const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      if (fence) pending = { kind: 'fence', gl, startedAt, fence, lookedAt: performance.now(), seenUnsignalled: false, cancel: schedule(look) };
    },
    stop: () => {
      if (!pending) return;
      pending.cancel();
      finish(null);
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
