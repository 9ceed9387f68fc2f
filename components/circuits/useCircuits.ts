'use client';
/** Loads the circuits asset when the layer is on, and runs its selector for the current view and zoom. */
import { useMemo } from 'react';
import useSWR from 'swr';
import { geometryBbox } from '../../geo/bbox';
import { selectCircuits, type LngLat, type Positions } from '../../geo/circuits-view';
import { loadCircuits } from '../../geo/load-circuits';
import type { LoadedAtlas } from '../../geo/load-atlas';
import { BASE_PATH } from '../state/site';
import { STATIC_DATA } from '../state/staticData';
import { useAtlasDetail } from '../state/useAtlasDetail';
import type { FilterView } from '../state/useViewState';

const centre = (b: [number, number, number, number]): LngLat => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** `prefetch`: load the asset anyway (the search box wants the consulates' names). */
export function useCircuits(loaded: LoadedAtlas | undefined, view: FilterView, detail: boolean, prefetch = false) {
  const wanted = view.circuitsYear !== null;
  // The regions views read the same asset (its state → region tables).
  const needed = wanted || prefetch || view.mxMeasure === 'regc' || view.mxMeasure === 'regdm';
  const { data: asset, error, isLoading, mutate } = useSWR(needed ? 'circuits' : null, () => loadCircuits(BASE_PATH), STATIC_DATA);
  // Where arcs start: the centre of each municipality's and state's extent — computed only
  // once the layer is on, not on every page load, and only once the full geometry is there
  // (the selector takes a municipality without a polygon for an unknown one).
  const geometry = useAtlasDetail(loaded, wanted);
  const positions = useMemo<Positions | null>(() => {
    if (!wanted || !loaded || !geometry) return null;
    const municipality = new Map<string, LngLat>();
    for (const f of geometry.municipalFeatures) {
      const b = geometryBbox(f.geometry);
      if (b) municipality.set(f.properties.id, centre(b));
    }
    return { municipality, state: new Map(loaded.states.map((s) => [s.id, centre(s.bbox)])) };
  }, [loaded, geometry, wanted]);
  const scheme = view.mxMeasure === 'regdm' ? 'durandMassey' : 'conapo';
  const circuits = useMemo(
    () => (asset && positions ? selectCircuits(asset, positions, { year: view.circuitsYear!, origin: view.origin, destination: view.destination, scheme, detail }) : null),
    [asset, wanted, positions, view.circuitsYear, view.origin, view.destination, scheme, detail],
  );
  return { circuits, asset: asset ?? null, error: needed ? error : undefined, isLoading, retry: () => mutate() };
}
