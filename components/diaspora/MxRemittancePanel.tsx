'use client';
/** The Mexican side of the money: states by remittances received (total or per household). */
import type { DiasporaView } from '../../geo/diaspora-view';
import { useT } from '../i18n/LanguageContext';
import { AreaList } from './AreaList';
import { ClassLegend } from './ClassLegend';
import { PartialYearNote } from './PartialYearNote';
import { MX_MEASURE_LABEL, useMeasureFormat } from './useMeasureFormat';

export function MxRemittancePanel({ view, selectedState, onSelect }: { view: DiasporaView; selectedState: string | null; onSelect: (id: string) => void }) {
  const { t } = useT();
  const { quarters, yearLabel } = useMeasureFormat();
  const mx = view.mx!;
  const year = yearLabel(mx);
  const label = t(MX_MEASURE_LABEL[mx.measure]);
  const source = `${t('sourceBanxicoMx', { year: mx.year })}${mx.dwellingsOf !== null ? ` ${t('perDwellingSource', { edition: mx.dwellingsOf, year: mx.year })}` : ''}`;
  return (
    <section className="panel mx-panel" aria-labelledby="mx-title">
      <h2 id="mx-title">{t('mxRanking', { measure: label, year })}</h2>
      <ClassLegend title={label} breaks={mx.breaks} unit={mx.unit} />
      <PartialYearNote partial={mx.partial} />
      <AreaList
        testId="mx-list"
        csv={{ title: `${label}, ${year}`, source, fileName: `mx-${mx.measure}-${mx.year}.csv` }}
        areas={mx.areas}
        unit={mx.unit}
        selectedId={selectedState}
        onSelect={onSelect}
        valueNote={mx.partial && t('partialYear', { quarters: quarters(mx.partial.quarters) })}
      />
      <p className="source muted" data-testid="mx-source">{source}</p>
    </section>
  );
}
