/**
 * Whether deck.gl should redraw in every frame while the camera moves, or have its last
 * frame moved with a CSS transform: decided from measured redraw times, not from where the
 * page runs. Pure (no DOM, no WebGL) so the thresholds are unit-tested; the glue that
 * measures lives in redrawTiming.ts and adaptiveRedraw.ts.
 *
 * A redraw time is the time from the start of a deck.gl redraw until the GPU has finished
 * it. On a hardware GPU that is a few milliseconds and redrawing in every frame costs
 * nothing visible; in software WebGL (SwiftShader, llvmpipe) it is ~100 ms, and redrawing
 * in every frame halves the frame rate while moving.
 */

/** 'redraw': deck.gl draws in every frame; 'transform': its last frame is moved while the camera moves, redrawn at rest. */
export type RedrawMode = 'redraw' | 'transform';
export type RendererKind = 'software' | 'hardware' | 'unknown';

export const REDRAW_RULES = {
  /** A redraw this slow (median) cannot fit in a 60 Hz frame: move the last frame instead. */
  slowMs: 17,
  /** …and back to redrawing once the median is this fast (half a frame). The gap is the hysteresis. */
  fastMs: 8,
  /** Rolling window of the median: one stall (a shader compile, a tile upload) does not flip the mode. */
  window: 9,
  /** Until this many redraws are measured, the renderer's kind decides. */
  minSamples: 3,
} as const;

export interface RedrawPolicy {
  readonly mode: RedrawMode;
  /** The last `window` redraw times, oldest first, ms. */
  readonly samples: readonly number[];
}

/** Software rasterizers as WebGL names them (Chrome, Firefox, Safari, Mesa, Windows' fallback). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** False for what a browser says when it hides the renderer ("WebKit WebGL"): no information. */
export function namesRenderer(renderer: string | null | undefined): boolean {
  return !/^(webkit webgl|mozilla|)$/i.test((renderer ?? '').trim());
}

/** The kind of renderer from WebGL's renderer string (unmasked when the browser allows it). */
export function rendererKind(renderer: string | null | undefined): RendererKind {
  if (!namesRenderer(renderer)) return 'unknown';
  return SOFTWARE.test(renderer!) ? 'software' : 'hardware';
}

/**
 * WebGL context attributes of deck.gl's canvas. No multisampling on a software renderer: it
 * multiplies the rasterizer's work per pixel (4 samples in SwiftShader; measured, a national
 * redraw ~90 → ~50 ms of GPU time) and resolves every frame. A GPU, and a renderer that hides
 * its name, keep the browser's default: smooth edges.
 */
export function deckContextAttributes(kind: RendererKind): { antialias?: false } {
  return kind === 'software' ? { antialias: false } : {};
}

/**
 * Before anything is measured: move the last frame on a software renderer (so the first
 * pan after load is already fluid), redraw everywhere else. Measurements then decide.
 */
export function initialPolicy(kind: RendererKind): RedrawPolicy {
  return { mode: kind === 'software' ? 'transform' : 'redraw', samples: [] };
}

export function medianMs(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The policy after one more measured redraw time. */
export function withSample(policy: RedrawPolicy, ms: number, rules = REDRAW_RULES): RedrawPolicy {
  if (!Number.isFinite(ms) || ms < 0) return policy;
  const samples = [...policy.samples, ms].slice(-rules.window);
  const median = medianMs(samples)!;
  let mode = policy.mode;
  if (samples.length >= rules.minSamples) {
    if (mode === 'redraw' && median >= rules.slowMs) mode = 'transform';
    else if (mode === 'transform' && median <= rules.fastMs) mode = 'redraw';
  }
  return { mode, samples };
}

/**
 * The policy after a redraw known only to have taken at least `ms` (its end was seen late):
 * evidence of slowness when that is already slow, else nothing.
 */
export function withLowerBound(policy: RedrawPolicy, ms: number, rules = REDRAW_RULES): RedrawPolicy {
  return ms >= rules.slowMs ? withSample(policy, ms, rules) : policy;
}

/** The policy after a whole window of redraws measured at `ms` (tests and the bench force a mode this way). */
export function assumeRedrawMs(policy: RedrawPolicy, ms: number, rules = REDRAW_RULES): RedrawPolicy {
  let next = policy;
  for (let i = 0; i < rules.window; i++) next = withSample(next, ms, rules);
  return next;
}
