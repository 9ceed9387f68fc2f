'use client';
/**
 * The search box's places (states, the edition's municipalities with their degree, US states,
 * consulates) and what choosing one does: filter, select, open the circuits, and fly there.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { geometryBbox, type Bbox } from '../geo/bbox';
import type { CircuitsAsset } from '../geo/circuits';
import type { EditionData } from '../geo/editions';
import { FOCUS } from '../geo/focus';
import type { LoadedAtlas } from '../geo/load-atlas';
import type { UsStateFeature } from '../geo/load-diaspora';
import { buildSearchIndex, type SearchEntry } from '../geo/search';
import { US_STATE_NAMES, US_STATES } from '../geo/us-states';
import type { FilterView } from './state/useViewState';

interface Inputs {
  loaded: LoadedAtlas | undefined;
  edition: EditionData | undefined;
  circuitsAsset: CircuitsAsset | null;
  usFeatures: UsStateFeature[] | null;
  view: FilterView;
  update: (change: Partial<FilterView>) => void;
  fly: (bbox: Bbox) => void;
}

export function useSearchNavigation({ loaded, edition, circuitsAsset, usFeatures, view, update, fly }: Inputs) {
  const searchIndex = useMemo(() => {
    if (!loaded || !edition) return null;
    const usStates = US_STATES.map((s) => ({ kind: 'usState' as const, id: s.fips, names: [s.name], context: null }));
    const consulates = (circuitsAsset?.consulates ?? []).map((c) => ({ kind: 'consulate' as const, id: c.key, names: [c.nameEs, c.nameEn], context: US_STATE_NAMES.get(c.usState) ?? null }));
    return buildSearchIndex(edition.municipalities, loaded.states, [...usStates, ...consulates]);
  }, [loaded, edition, circuitsAsset]);

  // A US state chosen in the search is flown to once its outline has loaded.
  const [pendingUsFly, setPendingUsFly] = useState<string | null>(null);
  useEffect(() => {
    const feature = pendingUsFly && usFeatures?.find((f) => f.properties.fips === pendingUsFly);
    if (!feature) return;
    // Alaska's Aleutians cross the antimeridian: its own box is the mainland's.
    const bbox = pendingUsFly === '02' ? FOCUS.focusAlaska : geometryBbox(feature.geometry);
    if (bbox) fly(bbox);
    setPendingUsFly(null);
  }, [pendingUsFly, usFeatures, fly]);

  // Choosing a search result filters to its state; a municipality is also selected and flown to.
  const choose = useCallback(
    (entry: SearchEntry) => {
      if (entry.kind === 'state') return update({ state: entry.id });
      if (entry.kind === 'usState') {
        update({ usMeasure: view.usMeasure ?? 'pop', usState: entry.id });
        return setPendingUsFly(entry.id);
      }
      if (entry.kind === 'consulate') {
        update({ circuitsYear: view.circuitsYear ?? 2011, destination: entry.id, origin: null });
        const c = circuitsAsset?.consulates.find((x) => x.key === entry.id);
        return c && fly([c.lon - 4, c.lat - 3, c.lon + 4, c.lat + 3]);
      }
      update({ state: entry.id.slice(0, 2), selected: entry.id });
      const i = loaded?.municipalIndex.get(entry.id);
      if (i === undefined) return;
      // Its extent from the full geometry (fetched now if the page started from the overview).
      loaded!.detail().then(
        (geometry) => {
          const bbox = geometryBbox(geometry.municipalFeatures[i].geometry);
          if (bbox) fly(bbox);
        },
        (error: Error) => console.error(`search: no extent for ${entry.id}: ${error.message}`),
      );
    },
    [update, loaded, fly, view.usMeasure, view.circuitsYear, circuitsAsset],
  );
  return { searchIndex, choose };
}
