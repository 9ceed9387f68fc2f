'use client';
/** Loads the diaspora asset when a US or remittance layer is on, and runs its selector. */
import { useMemo } from 'react';
import useSWR from 'swr';
import { diasporaScales, isMoneyMeasure, selectDiaspora } from '../../geo/diaspora-view';
import { loadDiaspora } from '../../geo/load-diaspora';
import type { AtlasData } from '../../geo/select-view';
import { STATIC_DATA } from '../state/staticData';
import type { FilterView } from '../state/useViewState';

export function useDiaspora(data: AtlasData | undefined, view: FilterView) {
  const wanted = view.usMeasure !== null || isMoneyMeasure(view.mxMeasure);
  const { data: loaded, error, isLoading, mutate } = useSWR(wanted ? 'diaspora' : null, () => loadDiaspora(), STATIC_DATA);
  // Conapo's 2000 households by state: the denominator of remittances per household.
  const households = useMemo(() => {
    const byState = new Map<string, number>();
    for (const m of data?.municipalities ?? []) byState.set(m.state, (byState.get(m.state) ?? 0) + m.households);
    return byState;
  }, [data]);
  const names = useMemo(() => new Map(data?.states.map((s) => [s.id, s.name]) ?? []), [data]);
  const scales = useMemo(() => (loaded ? diasporaScales(loaded.asset, households) : null), [loaded, households]);
  const diaspora = useMemo(
    () =>
      loaded && scales && wanted
        ? selectDiaspora(loaded.asset, scales, households, names, { usMeasure: view.usMeasure, mxMeasure: view.mxMeasure, year: view.year, usState: view.usState })
        : null,
    [loaded, scales, households, names, wanted, view.usMeasure, view.mxMeasure, view.year, view.usState],
  );
  return { diaspora, usFeatures: loaded?.usFeatures ?? null, error: wanted ? error : undefined, isLoading, retry: () => mutate() };
}
