/** Page code for our page only: deck.gl picking and a per-layer GPU cost diagnostic. */
import type { BenchWindow, LngLat } from './page-types';

/** deck.gl's own pick at a lon/lat (our page): the municipality id drawn there, or null. */
export function pickAt(arg: { place: LngLat; layerId: string }): string | null {
  const am = (window as unknown as BenchWindow).__atlasMap!;
  const p = am.map.project(arg.place);
  const info = am.overlay.pickObject({ x: p.x, y: p.y, radius: 0, layerIds: [arg.layerId] });
  return (info?.object as { properties?: { id?: string } } | undefined)?.properties?.id ?? null;
}

/**
 * Diagnostic (ours): GPU time of each deck.gl layer in one forced redraw, timed by waiting
 * for the GPU (a 1-pixel read) before and after each layer's draw.
 */
export function layerDrawCosts(): { layer: string; instances: number; ms: number }[] {
  type Layer = { id: string; isComposite: boolean; getNumInstances: () => number; draw: (o: unknown) => void };
  const deck = (window as unknown as BenchWindow).__atlasMap!.overlay._deck as unknown as {
    device: { gl: WebGL2RenderingContext };
    layerManager: { getLayers: () => Layer[] };
    redraw: (reason: string) => void;
  };
  const gl = deck.device.gl;
  const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  const costs: { layer: string; instances: number; ms: number }[] = [];
  const layers = deck.layerManager.getLayers().filter((l) => !l.isComposite);
  for (const layer of layers) {
    const draw = layer.draw;
    layer.draw = (o: unknown) => {
      sync();
      const t = performance.now();
      draw.call(layer, o);
      sync();
      costs.push({ layer: layer.id, instances: layer.getNumInstances(), ms: performance.now() - t });
    };
  }
  try {
    deck.redraw('bench: layer costs');
  } finally {
    for (const layer of layers) delete (layer as { draw?: unknown }).draw;
  }
  return costs;
}

/** Diagnostic (ours): one MapLibre base-map redraw (private `_render`, like `_deck` above), median of three, GPU-synced. */
export function basemapDrawCost(): number {
  const map = (window as unknown as BenchWindow).__atlasMap!.map as unknown as { _render: (t: number) => void; painter: { context: { gl: WebGL2RenderingContext } } };
  const gl = map.painter.context.gl;
  const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    sync();
    const t = performance.now();
    map._render(performance.now());
    sync();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}
