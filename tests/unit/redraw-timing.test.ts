// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redrawTimer, rendererOf } from '../../components/map/redrawTiming';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** A WebGL2 context without timer queries: `signalAfter` looks at its fence before the GPU is done. */
function fakeGl(signalAfter: number) {
  let looks = 0;
  return {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    getExtension: vi.fn(() => null),
    fenceSync: vi.fn(() => ({}) as WebGLSync),
    getSyncParameter: vi.fn(() => (++looks > signalAfter ? SIGNALED : UNSIGNALED)),
    deleteSync: vi.fn(),
    isContextLost: vi.fn(() => false),
  };
}

/** A WebGL2 context with EXT_disjoint_timer_query_webgl2: the GPU took `gpuMs`, known after `availableAfter` looks. */
function fakeGlWithTimer(gpuMs: number, availableAfter: number, disjoint = false) {
  let looks = 0;
  const ext = { TIME_ELAPSED_EXT: 0x88bf, GPU_DISJOINT_EXT: 0x8fbb };
  return {
    QUERY_RESULT_AVAILABLE: 0x8867,
    QUERY_RESULT: 0x8866,
    CURRENT_QUERY: 0x8865,
    getExtension: vi.fn(() => ext),
    getQuery: vi.fn(() => null),
    createQuery: vi.fn(() => ({}) as WebGLQuery),
    beginQuery: vi.fn(),
    endQuery: vi.fn(),
    deleteQuery: vi.fn(),
    getQueryParameter: vi.fn((_q: unknown, p: number) => (p === 0x8867 ? ++looks > availableAfter : gpuMs * 1e6)),
    getParameter: vi.fn(() => disjoint),
    fenceSync: vi.fn(),
    isContextLost: vi.fn(() => false),
  };
}

/** Polls run only when the test says so, at the (fake) time it chooses. */
function manualSchedule() {
  const queue: (() => void)[] = [];
  return {
    schedule: (poll: () => void) => {
      queue.push(poll);
      return () => queue.splice(queue.indexOf(poll), 1);
    },
    /** Lets `ms` pass, then runs the waiting poll. */
    runAfter: (ms: number) => {
      vi.advanceTimersByTime(ms);
      queue.shift()?.();
    },
    get waiting() {
      return queue.length;
    },
  };
}

describe('redrawTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** One redraw timed on `gl`: 5 ms on the main thread. */
  function timed<G>(gl: G) {
    const report = vi.fn();
    const tasks = manualSchedule();
    const timer = redrawTimer(report, tasks.schedule);
    timer.start(gl as never);
    vi.advanceTimersByTime(5); // the redraw's own main-thread time
    timer.end(gl as never);
    return { report, tasks, timer, gl };
  }

  it('reports the time from the start of a redraw until its fence is seen signalled, looking from later tasks', () => {
    const { report, tasks, gl } = timed(fakeGl(2));
    expect(gl.fenceSync).toHaveBeenCalledOnce();
    tasks.runAfter(4);
    tasks.runAfter(4);
    expect(report).not.toHaveBeenCalled();
    tasks.runAfter(4);
    expect(report).toHaveBeenCalledWith(17, true);
    expect(gl.deleteSync).toHaveBeenCalledOnce();
    expect(tasks.waiting).toBe(0);
  });

  it('reports a fast redraw whose first look came promptly', () => {
    const { report, tasks } = timed(fakeGl(0));
    tasks.runAfter(1);
    expect(report).toHaveBeenCalledWith(6, true);
  });

  it('reports nothing when the first look came late and found it done: the main thread was busy, not the GPU', () => {
    const { report, tasks, gl } = timed(fakeGl(0));
    tasks.runAfter(150);
    expect(report).not.toHaveBeenCalled();
    expect(gl.deleteSync).toHaveBeenCalledOnce();
  });

  it('reports a lower bound when a late look found it done after an earlier look found it not', () => {
    const { report, tasks } = timed(fakeGl(1));
    tasks.runAfter(40); // not done at 45 ms
    tasks.runAfter(100); // done, seen at 145 ms
    expect(report).toHaveBeenCalledWith(45, false);
  });

  it('with timer queries: main-thread time plus the GPU time of the query, read once available', () => {
    const { report, tasks, gl } = timed(fakeGlWithTimer(90, 2));
    expect(gl.beginQuery).toHaveBeenCalledOnce();
    expect(gl.endQuery).toHaveBeenCalledOnce();
    expect(gl.fenceSync).not.toHaveBeenCalled();
    tasks.runAfter(100);
    tasks.runAfter(100);
    expect(report).not.toHaveBeenCalled();
    tasks.runAfter(100); // however late it is read, the GPU measured its own time
    expect(report).toHaveBeenCalledWith(95, true);
    expect(gl.deleteQuery).toHaveBeenCalledOnce();
  });

  it('with timer queries: drops a disjoint result, and leaves a timer query someone else runs alone', () => {
    const { report, tasks } = timed(fakeGlWithTimer(90, 0, true));
    tasks.runAfter(10);
    expect(report).not.toHaveBeenCalled();
    const busy = fakeGlWithTimer(90, 0);
    busy.getQuery.mockReturnValue({} as never);
    const other = timed(busy);
    expect(busy.beginQuery).not.toHaveBeenCalled();
    expect(busy.fenceSync).toHaveBeenCalledOnce();
    other.timer.stop();
  });

  it('times one redraw at a time', () => {
    const { tasks, timer, gl } = timed(fakeGl(1_000_000));
    timer.start(gl as never);
    timer.end(gl as never);
    expect(gl.fenceSync).toHaveBeenCalledOnce();
    timer.stop();
    expect(gl.deleteSync).toHaveBeenCalledOnce();
    expect(tasks.waiting).toBe(0);
  });

  it('gives up after two seconds and reports that as a lower bound: a redraw that slow is slow', () => {
    const { report, tasks } = timed(fakeGl(1_000_000));
    for (let i = 0; i < 300 && !report.mock.calls.length; i++) tasks.runAfter(8);
    expect(report).toHaveBeenCalledOnce();
    expect(report.mock.calls[0][0]).toBeGreaterThan(2000);
    expect(report.mock.calls[0][1]).toBe(false);
  });

  it('reports nothing when the context is lost', () => {
    const { report, tasks, gl } = timed(fakeGl(1_000_000));
    gl.isContextLost.mockReturnValue(true);
    tasks.runAfter(4);
    expect(report).not.toHaveBeenCalled();
    expect(gl.deleteSync).not.toHaveBeenCalled();
  });
});

describe('rendererOf', () => {
  const UNMASKED = 0x9246;
  const gl = (plain: string, unmasked: string | null) =>
    ({
      RENDERER: 0x1f01,
      getParameter: (p: number) => (p === UNMASKED ? unmasked : plain),
      getExtension: vi.fn(() => (unmasked === null ? null : { UNMASKED_RENDERER_WEBGL: UNMASKED })),
    }) as unknown as WebGL2RenderingContext & { getExtension: ReturnType<typeof vi.fn> };

  it('takes the plain renderer string when the browser gives one, without asking for the debug extension', () => {
    const g = gl('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620)', 'unused');
    expect(rendererOf(g)).toBe('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620)');
    expect(g.getExtension).not.toHaveBeenCalled();
  });

  it('asks WEBGL_debug_renderer_info when the plain string is generic, and falls back to it when absent', () => {
    expect(rendererOf(gl('WebKit WebGL', 'Google SwiftShader'))).toBe('Google SwiftShader');
    expect(rendererOf(gl('WebKit WebGL', null))).toBe('WebKit WebGL');
  });
});
