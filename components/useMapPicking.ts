'use client';
/** What the map says about a picked feature (tooltip text), and what a click on it does. */
import { useCallback } from 'react';
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
  update: (change: Partial<FilterView>) => void,
  onPicked: () => void,
) {
  const tr = useT();
  const { t } = tr;
  const { withUnit, number } = useMeasureFormat();
  const stateName = useCallback((id: string) => loaded?.data.stateById.get(id)?.name ?? id, [loaded]);

  const describe = useCallback(
    ({ object, layerId }: Picked) => {
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
    [loaded, diaspora, stateName, t, tr, withUnit, number],
  );

  // A municipality: select it and focus its state (drill-down). A state: select or focus it.
  const onSelect = useCallback(
    ({ object, layerId }: Picked) => {
      if (layerId === 'us-states' || layerId === 'us-selection') update({ usState: (object as UsStateFeature).properties.fips });
      else if (layerId === 'mx-states-measure') update({ state: (object as { properties: MexicanState }).properties.id });
      else {
        const f = object as MunicipalFeature;
        update({ state: f.properties.id.slice(0, 2), ...(f.properties.row >= 0 ? { selected: f.properties.id } : {}) });
      }
      onPicked();
    },
    [update, onPicked],
  );
  return { describe, onSelect };
}
