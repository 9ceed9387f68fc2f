// Moving the map in real headless Chromium, whose WebGL runs in software (SwiftShader): the
// page measures its deck.gl redraws as slow and moves the last frame while the camera moves
// (the slow path); with a hardware-like redraw time forced, deck.gl redraws in every frame
// (the fast path, what a GPU gets). Each test opens its own page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { REDRAW_RULES } from '../../components/map/redrawPolicy';
import { DEGREE_COLORS } from '../../geo/degrees';
import { colourAt, openAtlas, PLACES, pickedAt, screenPoint, waitForIdle } from './atlas-page';
import { collectPageErrors } from './browser';
import { useTestSite } from './site';

const site = useTestSite();

/** Ensenada is off screen to the west of this view (zoom 5.5), within the same level of detail as the move's end. */
const START = '?lang=en&c=31.5,-104,5.5';
/** Where the move goes: Ensenada comes into view. */
const TARGET = { center: [-114, 31] as [number, number], zoom: 5.7 };

interface Frame {
  /** The camera changed since the previous MapLibre render. */
  moved: boolean;
  /** deck.gl draws since the previous MapLibre render (MapboxOverlay draws inside the render event). */
  draws: number;
  /** deck.gl's canvas transform at this render. */
  transform: string;
}

/**
 * Eases to TARGET in 2 s and then holds the camera there for 6 s more (the easing reaches 1
 * early), so the map is still moving while the test reads the screen. Records every MapLibre
 * render until `finish` stops the move, and the colour at Ensenada during the hold.
 */
async function easeAndHold(p: Page) {
  await p.evaluate(({ center, zoom }) => {
    const { map, overlay } = window.__atlasMap!;
    // deck.gl's private instance: the public overlay has no draw count. The page's own hook stays chained.
    const deck = (overlay as unknown as { _deck: { props: { onAfterRender: (c: unknown) => void }; setProps: (p: object) => void } })._deck;
    const frames: Frame[] = [];
    let draws = 0;
    const key = () => `${map.getCenter().toArray()},${map.getZoom()}`;
    let last = key();
    const previous = deck.props.onAfterRender;
    deck.setProps({ onAfterRender: (c: unknown) => (previous(c), draws++) });
    const onRender = () => {
      frames.push({ moved: key() !== last, draws, transform: overlay.getCanvas()!.style.transform });
      last = key();
      draws = 0;
    };
    map.on('render', onRender);
    const stop = () => {
      map.off('render', onRender);
      deck.setProps({ onAfterRender: previous });
      return frames;
    };
    (window as unknown as { __moving: { stop: () => Frame[] } }).__moving = { stop };
    map.easeTo({ center, zoom, duration: 8000, easing: (t) => Math.min(1, t * 4) });
  }, TARGET);
  await p.waitForFunction(({ center, zoom }) => {
    const map = window.__atlasMap!.map;
    const c = map.getCenter();
    return Math.abs(c.lng - center[0]) < 1e-6 && Math.abs(c.lat - center[1]) < 1e-6 && Math.abs(map.getZoom() - zoom) < 1e-9;
  }, TARGET, { timeout: 20_000 });
  const midMove = await colourAt(p, PLACES.ensenada.lngLat);
  const frames = await p.evaluate(() => {
    const stillMoving = window.__atlasMap!.map.isMoving();
    const frames = (window as unknown as { __moving: { stop: () => Frame[] } }).__moving.stop();
    window.__atlasMap!.map.stop();
    return { stillMoving, frames };
  });
  return { midMove, ...frames };
}

describe('moving the map', () => {
  test('slow path, as measured: while the camera moves the overlay is moved, not redrawn; at rest it is redrawn in place', async () => {
    const p = await site.browser.context.newPage();
    const errors = collectPageErrors(p);
    try {
      await openAtlas(p, site.server.url, START);
      // Software WebGL, measured: the load's redraws take longer than a frame.
      await expect.poll(() => p.evaluate(() => window.__atlasMap!.redraw.measuredMs()), { timeout: 10_000 }).not.toBeNull();
      expect(await p.evaluate(() => window.__atlasMap!.redraw.measuredMs())).toBeGreaterThanOrEqual(REDRAW_RULES.slowMs);
      expect(await p.evaluate(() => window.__atlasMap!.redraw.mode())).toBe('transform');

      const { frames, midMove, stillMoving } = await easeAndHold(p);
      expect(stillMoving).toBe(true);
      const moving = frames.filter((f) => f.moved);
      expect(moving.length).toBeGreaterThan(2);
      expect(frames.filter((f) => /^translate\(.+px, .+px\) scale\(.+\)$/.test(f.transform)).length).toBeGreaterThan(frames.length / 2);
      const draws = frames.reduce((n, f) => n + f.draws, 0);
      expect(draws).toBeLessThanOrEqual(moving.length / 2);
      // What came into view during the move is not drawn until it ends: the base map shows there.
      expect(midMove).not.toEqual([...DEGREE_COLORS.bajo]);

      await waitForIdle(p);
      expect(await p.evaluate(() => window.__atlasMap!.overlay.getCanvas()!.style.transform)).toBe('');
      // Redrawn for the new camera: Ensenada is picked and painted in its degree colour where it now is.
      expect(await pickedAt(p, PLACES.ensenada.lngLat)).toBe(PLACES.ensenada.id);
      expect(await colourAt(p, PLACES.ensenada.lngLat)).toEqual([...DEGREE_COLORS.bajo]);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('on this software renderer deck.gl draws without multisampling (a GPU keeps it: unit-tested policy)', async () => {
    const p = await site.browser.context.newPage();
    try {
      await openAtlas(p, site.server.url, '?lang=en');
      const canvas = await p.evaluate(() => {
        const gl = (window.__atlasMap!.overlay as unknown as { _deck: { device: { gl: WebGL2RenderingContext } } })._deck.device.gl;
        return { antialias: gl.getContextAttributes()?.antialias, samples: gl.getParameter(gl.SAMPLES) as number };
      });
      expect(canvas).toEqual({ antialias: false, samples: 0 });
      expect(await colourAt(p, PLACES.ensenada.lngLat)).toEqual([...DEGREE_COLORS.bajo]);
    } finally {
      await p.close();
    }
  });

  test('fast path, with a hardware-like redraw time: deck.gl draws in every frame of a move, never a frozen frame', async () => {
    const p = await site.browser.context.newPage();
    const errors = collectPageErrors(p);
    try {
      await openAtlas(p, site.server.url, START);
      await p.evaluate(() => window.__atlasMap!.redraw.assumeRedrawMs(2));
      expect(await p.evaluate(() => window.__atlasMap!.redraw.mode())).toBe('redraw');

      const { frames, midMove, stillMoving } = await easeAndHold(p);
      expect(stillMoving).toBe(true);
      const moving = frames.filter((f) => f.moved);
      expect(moving.length).toBeGreaterThan(2);
      // Every MapLibre render that moved the camera had its deck.gl draw; no render saw a transform.
      expect(moving.filter((f) => f.draws === 0)).toEqual([]);
      expect(frames.filter((f) => f.transform !== '')).toEqual([]);
      // Mid-move, what came into view is already drawn: Ensenada in its degree colour.
      expect(midMove).toEqual([...DEGREE_COLORS.bajo]);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('a click during a move selects what is under the pointer, not what the last frame had there', async () => {
    const p = await site.browser.context.newPage();
    try {
      await openAtlas(p, site.server.url, '?lang=en');
      await p.evaluate(() => {
        const map = window.__atlasMap!.map;
        // A pan only: the zoom stays within one level of detail.
        map.easeTo({ center: [-110, 27], duration: 4000, easing: (t) => t });
      });
      await p.waitForTimeout(1500);
      const { x, y } = await screenPoint(p, PLACES.ensenada.lngLat);
      await p.mouse.click(x, y);
      await expect.poll(() => p.getByTestId('details').textContent(), { timeout: 10_000 }).toContain('Ensenada');
      expect(new URL(p.url()).searchParams.get('m')).toBe(PLACES.ensenada.id);
    } finally {
      await p.close();
    }
  });
});
