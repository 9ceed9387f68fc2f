'use client';
/**
 * The camera's place in the URL (`c`). Camera moves replace the current history entry,
 * debounced, so panning never adds Back steps and never writes once per frame. Only the
 * map uses this hook: a camera write re-renders no panel.
 */
import { createParser, debounce, useQueryState } from 'nuqs';
import { parseKey, viewKeys, type Camera } from '../../geo/view-state';

const cameraParser = createParser<Camera>({
  parse: (raw) => parseKey('c', raw),
  serialize: (camera) => viewKeys.c.serialize(camera) ?? '',
  eq: (a, b) => viewKeys.c.serialize(a) === viewKeys.c.serialize(b),
});

export function useCamera() {
  return useQueryState('c', cameraParser.withOptions({ history: 'replace', limitUrlUpdates: debounce(300) }));
}
