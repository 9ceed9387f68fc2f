'use client';
/** What the map says about a picked feature (tooltip text), and what a click on it does. */
import { useCallback } from 'react';
import type { Consulate } from '../geo/circuits';
import type { Arc, CircuitsView } from '../geo/circuits-view';
import type { DiasporaView } from '../geo/diaspora-view';
import type { Edition, EditionData } from '../geo/editions';
import type { LoadedAtlas, MunicipalFeature } from '../geo/load-atlas';
import type { ViewOutput } from '../geo/select-view';
import type { UsStateFeature } from '../geo/load-diaspora';
import type { MexicanState } from '../geo/types';
import type { Picked } from './map/createMap';
import { MX_MEASURE_LABEL, US_MEASURE_LABEL, useMeasureFormat } from './diaspora/useMeasureFormat';
import { useT } from './i18n/LanguageContext';
import type { FilterView } from './state/useViewState';

/** Names of places by id, when no edition has them (the place names of the map, 2020 list). */
export type NameFallback = ReadonlyMap<string, string>;

/** A municipality's name: as the edition shown writes it, else as the newest loaded edition does, else the map's place name, else its key. */
export function municipalityName(id: string, output: ViewOutput | null, editions: Partial<Record<Edition, EditionData>>, fallback?: NameFallback): string {
  const found = output?.edition.byId.get(id) ?? [...Object.values(editions)].reverse().map((e) => e?.byId.get(id)).find(Boolean);
  return found?.name ?? fallback?.get(id) ?? id;
}

export function useMapPicking(
  loaded: LoadedAtlas | undefined,
  output: ViewOutput | null,
  editions: Partial<Record<Edition, EditionData>>,
  fallback: NameFallback,
  diaspora: DiasporaView | null,
  circuits: CircuitsView | null,
  update: (change: Partial<FilterView>) => void,
  onPicked: () => void,
) {
  const tr = useT();
  const { t } = tr;
  const { withUnit, moe, yearLabel } = useMeasureFormat();
  const stateName = useCallback((id: string) => loaded?.stateById.get(id)?.name ?? id, [loaded]);

  const consulateName = useCallback((c: Consulate) => (tr.lang === 'es' ? c.nameEs : c.nameEn), [tr.lang]);
  /** "Zacatecas → Los Ángeles": an arc's origin (municipality, state or region) and consulate, named. */
  const arcLabel = useCallback(
    (origin: string, destination: string) => {
      const from = /^\d{5}$/.test(origin) ? municipalityName(origin, output, editions, fallback) : /^\d{2}$/.test(origin) ? stateName(origin) : origin;
      const to = circuits?.consulates.find((c) => c.key === destination);
      return `${from} → ${to ? consulateName(to) : destination}`;
    },
    [output, editions, fallback, stateName, circuits, consulateName],
  );
  const describe = useCallback(
    ({ object, layerId }: Picked) => {
      if (layerId === 'consulates') {
        const c = object as Consulate;
        return `${consulateName(c)}\n${t('cards', { count: tr.integer(circuits?.consulateCards.get(c.key) ?? 0) })}, ${circuits?.year ?? ''}`;
      }
      if (layerId === 'circuit-arcs') {
        const a = object as Arc;
        return `${arcLabel(a.origin, a.destination)}\n${t('cards', { count: tr.integer(a.count) })}, ${circuits?.year ?? ''}`;
      }
      if (layerId === 'mx-regions') return stateName((object as { properties: MexicanState }).properties.id);
      if (layerId === 'us-states' || layerId === 'us-selection') {
        const fips = (object as UsStateFeature).properties.fips;
        const area = diaspora?.us?.byId.get(fips);
        if (!diaspora?.us || !area) return fips;
        const margin = area.moe !== null ? ` ± ${moe(diaspora.us.unit, area.moe)}` : '';
        return `${area.name}\n${t(US_MEASURE_LABEL[diaspora.us.measure])}, ${yearLabel(diaspora.us)}: ${withUnit(diaspora.us.unit, area.value)}${margin}`;
      }
      if (layerId === 'mx-states-measure') {
        const id = (object as { properties: MexicanState }).properties.id;
        const area = diaspora?.mx?.byId.get(id);
        if (!diaspora?.mx) return stateName(id);
        return `${stateName(id)}\n${t(MX_MEASURE_LABEL[diaspora.mx.measure])}, ${yearLabel(diaspora.mx)}: ${withUnit(diaspora.mx.unit, area?.value)}`;
      }
      const id = (object as MunicipalFeature).properties.id;
      const where = `${municipalityName(id, output, editions, fallback)}, ${stateName(id.slice(0, 2))}`;
      const comparison = output?.comparison;
      if (comparison) {
        const [a, b] = [comparison.earlier.byId.get(id), comparison.later.byId.get(id)];
        if (!a || !b) return `${where}\n${t('notComparable', { earlier: comparison.earlier.edition, later: comparison.later.edition })}`;
        return `${where}\n${comparison.earlier.edition}: ${tr.degreeName(a.degree)} → ${comparison.later.edition}: ${tr.degreeName(b.degree)}\n${t('tooltipHint')}`;
      }
      const m = output?.edition.byId.get(id);
      if (!m) return `${where}\n${t('noDataClass', { edition: output?.edition.edition ?? '' })}`;
      return `${where}\n${tr.degreeName(m.degree)} (${output!.edition.edition})\n${t('tooltipHint')}`;
    },
    [output, diaspora, circuits, stateName, consulateName, arcLabel, editions, fallback, t, tr, withUnit, moe, yearLabel],
  );

  // A municipality: select it and focus its state (drill-down). A state: select or focus it.
  const onSelect = useCallback(
    ({ object, layerId }: Picked) => {
      if (layerId === 'us-states' || layerId === 'us-selection') update({ usState: (object as UsStateFeature).properties.fips });
      else if (layerId === 'mx-states-measure') update({ state: (object as { properties: MexicanState }).properties.id });
      else if (layerId === 'consulates') update({ destination: (object as Consulate).key, origin: null });
      else if (layerId === 'mx-regions') update({ origin: (object as { properties: MexicanState }).properties.id, destination: null });
      else if (layerId === 'circuit-arcs') return;
      else {
        const { id } = (object as MunicipalFeature).properties;
        // With the circuits on, a municipality also becomes the origin of the flows shown.
        update({ state: id.slice(0, 2), selected: id, ...(circuits ? { origin: id, destination: null } : {}) });
      }
      onPicked();
    },
    [update, onPicked, circuits],
  );
  return { describe, onSelect, arcLabel };
}
