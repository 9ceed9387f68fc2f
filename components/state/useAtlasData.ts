'use client';
/**
 * Loads what the intensity views need — the geometry once, each edition when it is first
 * wanted — and runs the one selector. While a newly chosen edition loads, the previous
 * output stays on screen (its panels name the edition they show).
 */
import { useMemo, useRef } from 'react';
import useSWR from 'swr';
import { EDITIONS, type Edition, type EditionData } from '../../geo/editions';
import { loadAtlas } from '../../geo/load-atlas';
import { levelForZoom } from '../../geo/lod';
import { loadEdition } from '../../geo/load-edition';
import { municipalColors } from '../../geo/map-colors';
import { comparesEditions, selectView, type ViewOutput } from '../../geo/select-view';
import { parseKey } from '../../geo/view-state';
import { fillsInWorker, startGeometryWorker } from './geometryWorker';
import { BASE_PATH } from './site';
import { STATIC_DATA } from './staticData';
import type { FilterView } from './useViewState';

/** One SWR entry per edition (a fixed list, so hooks are called in a fixed order). */
function useEditions(wanted: ReadonlySet<Edition>) {
  const results = EDITIONS.map((edition) =>
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useSWR(wanted.has(edition) ? ['edition', edition] : null, () => loadEdition(edition, BASE_PATH), STATIC_DATA),
  );
  const data = Object.fromEntries(EDITIONS.flatMap((e, i) => (results[i].data ? [[e, results[i].data]] : []))) as Partial<Record<Edition, EditionData>>;
  const failed = results.find((r, i) => wanted.has(EDITIONS[i]) && r.error);
  return { data, error: failed?.error as unknown, retry: () => results.forEach((r) => void r.mutate()) };
}

/**
 * The geometry, with the fill of the first view's level of detail (the link's camera, else
 * the country) asked of the worker as soon as the atlas arrives, not when the map mounts.
 * A first view at the country's scale starts from the overview.
 */
async function loadGeometry() {
  startGeometryWorker();
  const camera = parseKey('c', new URLSearchParams(window.location.search).get('c') ?? '');
  const level = levelForZoom(camera?.zoom ?? 0);
  const atlas = await loadAtlas(BASE_PATH, fetch, fillsInWorker, level === 0 ? 'overview' : 'full');
  void atlas.fillAt(level).catch(() => undefined);
  return atlas;
}

/**
 * `extra`: editions wanted besides the one shown and its comparison (all three for a
 * selected municipality's details; 2010 and 2020 for remittances per dwelling).
 */
export function useAtlasData(view: FilterView, extra: readonly Edition[]) {
  const atlas = useSWR('atlas', loadGeometry, STATIC_DATA);
  const comparing = comparesEditions(view);
  const wanted = new Set<Edition>([view.edition, ...(comparing ? [view.base!] : []), ...extra]);
  const editions = useEditions(wanted);
  const current = editions.data[view.edition];
  const earlier = comparing ? (editions.data[view.base!] ?? null) : null;

  const fresh = useMemo(
    () => (atlas.data && current ? selectView(atlas.data, current, earlier, view) : null),
    [atlas.data, current, earlier, view],
  );
  // Keep showing the last complete output while the next edition loads.
  const last = useRef<ViewOutput | null>(null);
  if (fresh && (!comparing || fresh.comparison)) last.current = fresh;
  const output = last.current;
  const colors = useMemo(
    () => (atlas.data && output ? { rgba: municipalColors(atlas.data.municipalIds, output, view.change), key: `${output.edition.edition}|${output.comparison?.earlier.edition}|${output.filter.state}|${output.filter.degrees.join()}|${output.comparison?.cell?.from}.${output.comparison?.cell?.to}|${view.change}` } : null),
    [atlas.data, output, view.change],
  );
  return {
    loaded: atlas.data,
    editions: editions.data,
    output,
    colors,
    /** The edition (or comparison) asked for is still loading. */
    pending: !fresh || (comparing && !fresh.comparison),
    error: (atlas.error ?? editions.error) as unknown,
    isLoading: atlas.isLoading,
    retry: () => {
      void atlas.mutate();
      editions.retry();
    },
  };
}
