'use client';
/**
 * The municipal fills the map has asked for (one per level of detail used so far), as they
 * arrive from the geometry worker. The fill of the first view was asked for with the data
 * (components/state/useAtlasData), so it is usually ready by the time the map mounts.
 */
import { useEffect, useState } from 'react';
import type { BinaryFill } from '../../geo/binary-fill';
import type { LoadedAtlas } from '../../geo/load-atlas';

export function useFills(loaded: LoadedAtlas, levels: readonly number[]): BinaryFill[] {
  // Fills that arrived before the map mounted are drawn in its first frame.
  const [fills, setFills] = useState<{ from: LoadedAtlas; list: BinaryFill[] }>(() => ({ from: loaded, list: levels.flatMap((l) => loaded.fillReady(l) ?? []) }));
  useEffect(() => {
    let live = true;
    for (const level of levels) {
      loaded.fillAt(level).then(
        (fill) => {
          if (!live) return;
          setFills((previous) => {
            const list = previous.from === loaded ? previous.list : [];
            return list.some((f) => f.level === level) ? previous : { from: loaded, list: [...list, fill] };
          });
        },
        (error: Error) => console.error(`map: the fill of level ${level} failed: ${error.message}`),
      );
    }
    return () => {
      live = false;
    };
  }, [loaded, levels]);
  return fills.from === loaded ? fills.list : [];
}
