'use client';
/** What the map says about a picked feature (tooltip text), and what a click on it does. */
import { useCallback } from 'react';
import type { Consulate } from '../geo/circuits';
import type { Arc, CircuitsView } from '../geo/circuits-view';
import type { DiasporaView } from '../geo/diaspora-view';
import type { LoadedAtlas, MunicipalFeature } from '../geo/load-atlas';
import type { UsStateFeature } from '../geo/load-diaspora';
import type { MexicanState } from '../geo/types';
import type { Picked } from './map/createMap';
import { MX_MEASURE_LABEL, US_MEASURE_LABEL, useMeasureFormat } from './diaspora/useMeasureFormat';
import { useT } from './i18n/LanguageContext';
import type { FilterView } from './state/useViewState';

export function useMapPicking(
  loaded: LoadedAtlas | undefined,
  diaspora: DiasporaView | null,
  circuits: CircuitsView | null,
  update: (change: Partial<FilterView>) => void,
  onPicked: () => void,
) {
  const tr = useT();
  const { t } = tr;
  const { withUnit, number } = useMeasureFormat();
  const stateName = useCallback((id: string) => loaded?.data.stateById.get(id)?.name ?? id, [loaded]);

  const consulateName = useCallback((c: Consulate) => (tr.lang === 'es' ? c.nameEs : c.nameEn), [tr.lang]);
  const describe = useCallback(
    ({ object, layerId }: Picked) => {
      if (layerId === 'consulates') {
        const c = object as Consulate;
        return `${consulateName(c)}\n${t('cards', { count: tr.integer(circuits?.consulateCards.get(c.key) ?? 0) })}, ${circuits?.year ?? ''}`;
      }
      if (layerId === 'circuit-arcs') {
        const a = object as Arc;
        const from = /^\d{5}$/.test(a.origin) ? (loaded?.data.byId.get(a.origin)?.name ?? a.origin) : /^\d{2}$/.test(a.origin) ? stateName(a.origin) : a.origin;
        const to = circuits?.consulates.find((c) => c.key === a.destination);
        return `${from} → ${to ? consulateName(to) : a.destination}\n${t('cards', { count: tr.integer(a.count) })}, ${circuits?.year ?? ''}`;
      }
      if (layerId === 'mx-regions') return stateName((object as { properties: MexicanState }).properties.id);
      if (layerId === 'us-states' || layerId === 'us-selection') {
        const fips = (object as UsStateFeature).properties.fips;
        const area = diaspora?.us?.byId.get(fips);
        if (!diaspora?.us || !area) return fips;
        const moe = area.moe !== null ? ` ± ${number(diaspora.us.unit, area.moe)}` : '';
        return `${area.name}\n${t(US_MEASURE_LABEL[diaspora.us.measure])}, ${diaspora.us.year}: ${withUnit(diaspora.us.unit, area.value)}${moe}`;
      }
      if (layerId === 'mx-states-measure') {
        const id = (object as { properties: MexicanState }).properties.id;
        const area = diaspora?.mx?.byId.get(id);
        if (!diaspora?.mx) return stateName(id);
        return `${stateName(id)}\n${t(MX_MEASURE_LABEL[diaspora.mx.measure])}, ${diaspora.mx.year}: ${withUnit(diaspora.mx.unit, area?.value)}`;
      }
      const f = object as MunicipalFeature;
      const m = loaded?.data.municipalities[f.properties.row];
      const name = stateName(f.properties.id.slice(0, 2));
      if (!m) return `${f.properties.id}, ${name}\n${t('noDataClass')}`;
      return `${m.name}, ${name}\n${tr.degreeName(m.degree)}\n${t('tooltipHint')}`;
    },
    [loaded, diaspora, circuits, stateName, consulateName, t, tr, withUnit, number],
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
        const f = object as MunicipalFeature;
        // With the circuits on, a municipality also becomes the origin of the flows shown.
        update({ state: f.properties.id.slice(0, 2), ...(f.properties.row >= 0 ? { selected: f.properties.id } : {}), ...(circuits ? { origin: f.properties.id, destination: null } : {}) });
      }
      onPicked();
    },
    [update, onPicked, circuits],
  );
  return { describe, onSelect };
}
