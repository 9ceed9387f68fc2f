import { rendererKind, type RendererKind } from './redrawPolicy';
import { rendererOf } from './redrawTiming';

/**
 * Whether this browser can give the map a WebGL2 context (MapLibre 6 and deck.gl 9 need it),
 * and what renders it, from one probe context released at once. Null: no WebGL2.
 */
export function probeWebGL2(): { renderer: RendererKind } | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const renderer = rendererKind(rendererOf(gl));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { renderer };
  } catch {
    return null;
  }
}
