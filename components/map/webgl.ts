/** True when this browser can give the map a WebGL2 context (MapLibre 6 and deck.gl 9 need it). */
export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
