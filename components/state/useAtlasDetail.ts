'use client';
/**
 * The atlas's full geometry for a component that needs it (geo/load-atlas `detail`): asked
 * for while `wanted`, and returned as soon as it has arrived — asked for here or elsewhere.
 * Null until then; a view draws from the overview meanwhile.
 */
import { useEffect, useState } from 'react';
import type { AtlasGeometry, LoadedAtlas } from '../../geo/load-atlas';

export function useAtlasDetail(loaded: LoadedAtlas | undefined, wanted: boolean): AtlasGeometry | null {
  const [, setArrivals] = useState(0);
  useEffect(() => {
    if (!loaded || !wanted || loaded.detailReady()) return;
    let live = true;
    loaded.detail().then(
      () => live && setArrivals((n) => n + 1),
      (error: Error) => console.error(`atlas: the full geometry failed: ${error.message}`),
    );
    return () => {
      live = false;
    };
  }, [loaded, wanted]);
  return loaded?.detailReady() ?? null;
}
