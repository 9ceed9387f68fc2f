'use client';
/**
 * The texts of the PNG export for what the map shows: its title, a subtitle naming the layer,
 * the edition and the scope, and one legend section per layer on screen (intensity or its
 * change, remittances, regions, the US layer, the circuits' arcs), in the reader's language.
 */
import { useMemo } from 'react';
import { REGION_COLORS, SCHEMES } from '../geo/circuits';
import { DEGREES, DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR, rgbToHex, type Rgb } from '../geo/degrees';
import { DIASPORA_COLORS, DIASPORA_NO_CLASS, type DiasporaView, type LayerView } from '../geo/diaspora-view';
import type { ViewOutput } from '../geo/select-view';
import { changeLegendEntries } from './controls/ChangeLegend';
import { MX_MEASURE_LABEL, US_MEASURE_LABEL, useMeasureFormat } from './diaspora/useMeasureFormat';
import { useT } from './i18n/LanguageContext';
import type { PngLabels } from './map/exportPng';
import type { FilterView } from './state/useViewState';

const entry = (color: Rgb | readonly number[], label: string) => ({ color: rgbToHex(color as Rgb), label });

export function usePngLabels(view: FilterView, output: ViewOutput | null, diaspora: DiasporaView | null): PngLabels & { button: string; fileName: string } {
  const tr = useT();
  const { t } = tr;
  const { number, yearLabel } = useMeasureFormat();
  return useMemo(() => {
    const scope = output?.focusState?.name ?? t('allStates');
    // A partial year is drawn grey (geo/diaspora-view): its legend says so instead of listing classes it is not in.
    const classes = (layer: LayerView) =>
      layer.partial ? [entry(DIASPORA_NO_CLASS, t('partialNotClassed'))] : layer.breaks.slice(0, -1).map((from, i) => entry(DIASPORA_COLORS[i], `${number(layer.unit, from)} – ${number(layer.unit, layer.breaks[i + 1])}`));
    const legend: PngLabels['legend'] = [];
    const c = output?.comparison;
    let subtitle = `${t('subtitle', { edition: view.edition })} — ${scope}`;
    if (view.mxMeasure === null && c) {
      const { title, entries } = changeLegendEntries(tr, view.change, c.earlier.edition, c.later.edition);
      subtitle = `${t('subtitleCompare', { from: c.earlier.edition, to: c.later.edition })} — ${scope}`;
      legend.push({ title, entries: [...entries.map((e) => entry(e.color, e.label)), entry(FILTERED_OUT_COLOR, t('filteredOut'))] });
    } else if (view.mxMeasure === null) {
      legend.push({
        title: t('degreeFilter', { edition: view.edition }),
        entries: [...DEGREES.filter((d) => view.degrees.includes(d)).map((d) => entry(DEGREE_COLORS[d], tr.degreeName(d))), entry(NO_DATA_COLOR, t('noDataClass', { edition: view.edition }))],
      });
    } else if (view.mxMeasure === 'regc' || view.mxMeasure === 'regdm') {
      const scheme = view.mxMeasure === 'regc' ? 'conapo' : 'durandMassey';
      subtitle = t(MX_MEASURE_LABEL[view.mxMeasure]);
      legend.push({ title: t('regionsLegend', { scheme: t(MX_MEASURE_LABEL[view.mxMeasure]) }), entries: SCHEMES[scheme].map((r, i) => entry(REGION_COLORS[i], r)) });
    } else if (diaspora?.mx) {
      subtitle = `${t(MX_MEASURE_LABEL[diaspora.mx.measure])}, ${yearLabel(diaspora.mx)}`;
      legend.push({ title: subtitle, entries: classes(diaspora.mx) });
    }
    if (diaspora?.us) {
      const title = `${t(US_MEASURE_LABEL[diaspora.us.measure])}, ${yearLabel(diaspora.us)}`;
      subtitle = `${subtitle} · ${title}`;
      legend.push({ title, entries: classes(diaspora.us) });
    }
    if (view.circuitsYear !== null) {
      const scheme = view.mxMeasure === 'regdm' ? 'durandMassey' : 'conapo';
      legend.push({ title: t('arcsByRegion', { scheme: t(scheme === 'conapo' ? 'mxRegionsConapo' : 'mxRegionsDurandMassey') }), entries: SCHEMES[scheme].map((r, i) => entry(REGION_COLORS[i], r)) });
    }
    const layer = c ? `change-${c.earlier.edition}-${c.later.edition}` : view.mxMeasure ?? `intensity-${view.edition}`;
    return { button: t('exportPng'), fileName: `atlas-${layer}${view.usMeasure ? `-us-${view.usMeasure}` : ''}.png`, title: t('title'), subtitle, credit: t('sourceCredit'), legend };
  }, [t, tr, number, yearLabel, view, output, diaspora]);
}
