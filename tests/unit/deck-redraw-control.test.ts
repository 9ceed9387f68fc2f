// @vitest-environment happy-dom
// The deck.gl contract the slow path relies on (components/map/deckRedrawControl.ts), checked
// against the installed deck.gl: this fails the day an upgrade changes it.
import { Deck, WebMercatorViewport } from '@deck.gl/core';
import { describe, expect, it, vi } from 'vitest';
import { RedrawControl } from '../../components/map/deckRedrawControl';

/** Just enough of a Deck for its own `redraw` method to run. */
function fakeDeck(props: Record<string, unknown>, needsRedraw: false | string) {
  return {
    props,
    layerManager: {},
    needsRedraw: vi.fn(() => needsRedraw),
    stats: { get: () => ({ incrementCount: () => {} }) },
    _drawLayers: vi.fn(),
  };
}

describe('Deck.redraw and the experimental _customRender prop (deck.gl 9.4.0)', () => {
  it('calls _customRender instead of drawing when it is set', () => {
    const customRender = vi.fn();
    const deck = fakeDeck({ _customRender: customRender }, 'viewState changed');
    Deck.prototype.redraw.call(deck as never);
    expect(customRender).toHaveBeenCalledWith('viewState changed');
    expect(deck._drawLayers).not.toHaveBeenCalled();
    // …and clears deck.gl's own redraw flags, so a release must be followed by a forced redraw.
    expect(deck.needsRedraw).toHaveBeenCalledWith({ clearRedrawFlags: true });
  });

  it('draws when it is null, even with nothing to redraw, if given a reason', () => {
    const deck = fakeDeck({ _customRender: null }, false);
    Deck.prototype.redraw.call(deck as never, 'camera at rest');
    expect(deck._drawLayers).toHaveBeenCalledWith('camera at rest');
    const idle = fakeDeck({ _customRender: null }, false);
    Deck.prototype.redraw.call(idle as never);
    expect(idle._drawLayers).not.toHaveBeenCalled();
  });
});

describe('RedrawControl', () => {
  const viewport = new WebMercatorViewport({ longitude: -102, latitude: 23, zoom: 4, width: 800, height: 600 });
  function mounted() {
    const earlier = vi.fn();
    const deck = {
      props: { onBeforeRender: undefined as unknown, onAfterRender: earlier as unknown, _customRender: null as unknown },
      setProps: vi.fn((p: object) => Object.assign(deck.props, p)),
      redraw: vi.fn(),
      getViewports: () => [viewport],
    };
    const hooks = { before: vi.fn(), after: vi.fn() };
    const control = new RedrawControl(hooks);
    control.deck = deck as never;
    const element = control.onAdd({ deck: deck as never });
    return { control, deck, hooks, earlier, element };
  }

  it('reports each redraw with the camera it drew, keeping render callbacks set before it', async () => {
    const { deck, hooks, earlier, element } = mounted();
    expect(element.hidden).toBe(true);
    await Promise.resolve();
    const gl = {} as WebGL2RenderingContext;
    (deck.props.onBeforeRender as (c: object) => void)({ gl });
    (deck.props.onAfterRender as (c: object) => void)({ gl });
    expect(hooks.before).toHaveBeenCalledWith(gl);
    expect(hooks.after).toHaveBeenCalledWith(gl, { lng: expect.closeTo(-102, 9), lat: expect.closeTo(23, 9), zoom: 4 });
    expect(earlier).toHaveBeenCalledOnce();
  });

  it('holds redraws with _customRender, releases them, and forces one with a reason', () => {
    const { control, deck } = mounted();
    control.hold();
    expect(typeof deck.props._customRender).toBe('function');
    control.hold();
    expect(deck.setProps).toHaveBeenCalledTimes(1);
    control.release();
    expect(deck.props._customRender).toBeNull();
    control.redraw('camera at rest');
    expect(deck.redraw).toHaveBeenCalledWith('camera at rest');
  });
});
