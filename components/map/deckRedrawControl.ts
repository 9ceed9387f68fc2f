/**
 * deck.gl's side of adaptive redrawing: a widget — deck.gl 9's public plug-in point, which
 * hands the widget its Deck — that reports every redraw and can hold redraws back while
 * the camera moves.
 *
 * Holding uses Deck's `_customRender` prop: experimental in deck.gl (underscore prefix,
 * typed in DeckProps but left out of MapboxOverlay's props), checked with 9.4.0, the pinned
 * version: `Deck.redraw()` calls it instead of drawing. Only the slow path (redraws measured
 * slow) sets it. If an upgrade changes that contract, tests/unit/deck-redraw-control.test.ts
 * fails, and tests/e2e/moving.test.ts sees deck.gl draw while the camera moves.
 * This is the one module that relies on it.
 */
import { WebMercatorViewport, Widget, type Deck, type WidgetPlacement } from '@deck.gl/core';

/** The camera of deck.gl's last drawn frame. */
export interface DrawnCamera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface RedrawHooks {
  /** A redraw starts (main thread), with deck.gl's WebGL context. */
  before: (gl: WebGL2RenderingContext) => void;
  /** A redraw's commands are issued; `camera` is what it drew. */
  after: (gl: WebGL2RenderingContext, camera: DrawnCamera | null) => void;
}

/** Stands in for a redraw while held: nothing is drawn, deck.gl's last frame stays on its canvas. */
const skip = () => {};

export class RedrawControl extends Widget {
  placement: WidgetPlacement = 'top-left';
  className = 'atlas-redraw-control';
  private held = false;

  constructor(private readonly hooks: RedrawHooks) {
    super({ id: 'atlas-redraw-control' });
  }

  onAdd({ deck }: { deck: Deck<any> }): HTMLDivElement {
    // Deck is adding its widgets inside its own setProps: hook the render callbacks right
    // after it, keeping any that were set already (the bench chains its own). Set on the Deck,
    // not through the overlay, whose setProps re-sends only what it was given, so the layer
    // updates keep them (an overlay.setProps({ onAfterRender }) would replace them).
    queueMicrotask(() => {
      const { onBeforeRender, onAfterRender } = deck.props;
      deck.setProps({
        onBeforeRender: (context) => {
          onBeforeRender?.(context);
          this.hooks.before(context.gl);
        },
        onAfterRender: (context) => {
          onAfterRender?.(context);
          const viewport = deck.getViewports()[0];
          const drawn = viewport instanceof WebMercatorViewport ? { lng: viewport.longitude, lat: viewport.latitude, zoom: viewport.zoom } : null;
          this.hooks.after(context.gl, drawn);
        },
      });
    });
    const element = document.createElement('div');
    element.hidden = true;
    return element;
  }

  onRenderHTML(): void {}

  /** Holds redraws back: deck.gl keeps following the camera (picking stays exact) but draws nothing. */
  hold(): void {
    if (this.held || !this.deck) return;
    this.held = true;
    this.deck.setProps({ _customRender: skip });
  }

  /** Lets deck.gl draw again. Redraws asked for while held are lost: follow with `redraw`. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    this.deck?.setProps({ _customRender: null });
  }

  /** Draws now, whatever deck.gl thinks is needed. */
  redraw(reason: string): void {
    this.deck?.redraw(reason);
  }
}
