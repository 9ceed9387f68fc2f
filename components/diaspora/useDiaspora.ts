'use client';
/** Loads the diaspora asset when a US or remittance layer is on, and runs its selector. */
import { useMemo } from 'react';
import useSWR from 'swr';
import { DWELLING_EDITIONS, dwellingsByState, type StateDwellings } from '../../geo/diaspora';
import { diasporaScales, isMoneyMeasure, selectDiaspora } from '../../geo/diaspora-view';
import type { Edition, EditionData } from '../../geo/editions';
import { loadDiaspora } from '../../geo/load-diaspora';
import type { MexicanState } from '../../geo/types';
import { BASE_PATH } from '../state/site';
import { STATIC_DATA } from '../state/staticData';
import type { FilterView } from '../state/useViewState';


export function useDiaspora(states: MexicanState[] | undefined, editions: Partial<Record<Edition, EditionData>>, view: FilterView) {
  const wanted = view.usMeasure !== null || isMoneyMeasure(view.mxMeasure);
  const { data: loaded, error, isLoading, mutate } = useSWR(wanted ? 'diaspora' : null, () => loadDiaspora(BASE_PATH), STATIC_DATA);
  const [d2010, d2020] = [editions[2010], editions[2020]];
  const dwellings = useMemo<StateDwellings | null>(() => (d2010 && d2020 ? { 2010: dwellingsByState(d2010.municipalities), 2020: dwellingsByState(d2020.municipalities) } : null), [d2010, d2020]);
  const names = useMemo(() => new Map(states?.map((s) => [s.id, s.name]) ?? []), [states]);
  const scales = useMemo(() => (loaded ? diasporaScales(loaded.asset) : null), [loaded]);
  const diaspora = useMemo(
    () =>
      loaded && scales && wanted
        ? selectDiaspora(loaded.asset, scales, dwellings, names, { usMeasure: view.usMeasure, mxMeasure: view.mxMeasure, year: view.year, usState: view.usState })
        : null,
    [loaded, scales, dwellings, names, wanted, view.usMeasure, view.mxMeasure, view.year, view.usState],
  );
  return { diaspora, usFeatures: loaded?.usFeatures ?? null, error: wanted ? error : undefined, isLoading, retry: () => mutate() };
}
