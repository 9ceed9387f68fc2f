/**
 * Keeps panning and zooming fluid on every machine, decided from what the page measures
 * (redrawPolicy.ts). Where a deck.gl redraw is cheap (any hardware GPU) the overlay redraws
 * in every frame, exactly as MapboxOverlay does alone. Where it is measured slow (software
 * WebGL: ~100 ms a redraw, which halved the frame rate while moving), deck.gl's last frame
 * is moved and scaled with a CSS transform while the camera moves — exact for a north-up
 * Web Mercator map — and redrawn once the move ends, a drag is held still for PAUSE_MS, or
 * the pointer is pressed; Leaflet draws its vector overlays the same way. The cost there:
 * what comes into view during a move is drawn when it ends.
 * A mode change takes effect at the next move, never in the middle of one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { RedrawControl, type DrawnCamera } from './deckRedrawControl';
import { assumeRedrawMs, initialPolicy, medianMs, rendererKind, withLowerBound, withSample, type RedrawMode, type RedrawPolicy, type RendererKind } from './redrawPolicy';
import { redrawTimer, rendererOf } from './redrawTiming';

/** A drag held still this long counts as a rest: deck.gl catches up. */
export const PAUSE_MS = 300;

export interface RedrawHandle {
  /** How deck.gl follows the next camera move. */
  mode: () => RedrawMode;
  /** Median of the measured redraw times, ms (null before the first). */
  measuredMs: () => number | null;
  /** For tests and the bench: take every redraw as measured at `ms` from now on (null: forget it and measure again). */
  assumeRedrawMs: (ms: number | null) => void;
}

/**
 * Wires the measurements and the move handling for `map`. The returned `control` must be
 * one of the overlay's widgets (given when the overlay is created); `canvas` is deck.gl's.
 */
export function adaptiveRedraw(map: MapLibreMap, canvas: () => HTMLCanvasElement | null): { control: RedrawControl; handle: RedrawHandle; stop: () => void } {
  let policy: RedrawPolicy | null = null;
  let renderer: RendererKind | null = null;
  let assumed: number | null = null;
  let drawn: DrawnCamera | null = null;
  let drawsSinceRelease = 0;
  let held = false;
  /** Whether this move moves the last frame: decided when it starts. */
  let moveByTransform = false;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const timer = redrawTimer((ms, exact) => {
    if (!policy) return;
    if (assumed !== null) policy = withSample(policy, assumed);
    else policy = exact ? withSample(policy, ms) : withLowerBound(policy, ms);
  });
  const control = new RedrawControl({
    before: (gl) => {
      // The renderer's kind decides until redraws are measured.
      renderer ??= rendererKind(rendererOf(gl));
      policy ??= initialPolicy(renderer);
      timer.start(gl);
    },
    after: (gl, camera) => {
      drawn = camera;
      drawsSinceRelease++;
      timer.end(gl);
    },
  });
  const handle: RedrawHandle = {
    mode: () => policy?.mode ?? 'redraw',
    measuredMs: () => (policy ? medianMs(policy.samples) : null),
    assumeRedrawMs: (ms) => {
      assumed = ms;
      policy = ms === null ? renderer && initialPolicy(renderer) : assumeRedrawMs(policy ?? initialPolicy('unknown'), ms);
    },
  };

  const rest = () => {
    clearTimeout(pause);
    if (!held) return;
    held = false;
    const c = canvas();
    if (c) c.style.transform = '';
    control.release();
    // The overlay redraws in this frame if the camera changed since its last (held) redraw;
    // if not — a pause, a press, a move that ended where the last frame was — draw now.
    drawsSinceRelease = 0;
    queueMicrotask(() => {
      if (drawsSinceRelease === 0 && !held) control.redraw('camera at rest');
    });
  };
  const onMoveStart = () => {
    moveByTransform = policy?.mode === 'transform';
  };
  const onMove = () => {
    if (!moveByTransform) return;
    if (!held) {
      held = true;
      control.hold();
    }
    const c = canvas();
    if (c && drawn) {
      // Where the drawn frame's centre is now, and how much the zoom changed: a point q of
      // the old frame is now at p + s·(q − centre).
      const s = 2 ** (map.getZoom() - drawn.zoom);
      const p = map.project([drawn.lng, drawn.lat]);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      c.style.transformOrigin = '0 0';
      c.style.transform = `translate(${p.x - (s * w) / 2}px, ${p.y - (s * h) / 2}px) scale(${s})`;
    }
    clearTimeout(pause);
    pause = setTimeout(rest, PAUSE_MS);
  };

  map.on('movestart', onMoveStart);
  map.on('move', onMove);
  map.on('moveend', rest);
  // A press during a move first brings the frame on screen up to date — in the capture phase,
  // before MapLibre and the overlay see the event — so what the click selects is what the
  // reader sees under the pointer (deck.gl's picking follows the camera even while held).
  const press = map.getCanvasContainer();
  press.addEventListener('pointerdown', rest, true);
  return {
    control,
    handle,
    stop: () => {
      clearTimeout(pause);
      held = false;
      timer.stop();
      map.off('movestart', onMoveStart);
      map.off('move', onMove);
      map.off('moveend', rest);
      press.removeEventListener('pointerdown', rest, true);
    },
  };
}
