'use client';
/** The US side: national figure, the selected state with its series, and the ranked states. */
import type { DiasporaView } from '../../geo/diaspora-view';
import { useT } from '../i18n/LanguageContext';
import { AreaList } from './AreaList';
import { ClassLegend } from './ClassLegend';
import { PartialYearNote } from './PartialYearNote';
import { Sparkline } from './Sparkline';
import { US_MEASURE_LABEL, useMeasureFormat } from './useMeasureFormat';

interface Props {
  view: DiasporaView;
  onSelect: (fips: string) => void;
  onHover: (fips: string | null) => void;
  /** The state under the pointer on the map, marked in the list. */
  highlighted: string | null;
}

export function UsPanel({ view, onSelect, onHover, highlighted }: Props) {
  const { t, integer, decimal } = useT();
  const { withUnit, moe, quarters, yearLabel } = useMeasureFormat();
  const us = view.us!;
  const label = t(US_MEASURE_LABEL[us.measure]);
  const source = t(us.measure === 'rem' ? 'sourceBanxicoUs' : 'sourceAcs', { year: us.year });
  const s = view.usSelected;
  const year = yearLabel(us);
  return (
    <section className="panel us-panel" aria-labelledby="us-title">
      <h2 id="us-title">{t('usRanking', { measure: label, year })}</h2>
      <ClassLegend title={label} breaks={us.breaks} unit={us.unit} />
      <PartialYearNote partial={us.partial} />
      {view.national && (
        <p className="national" data-testid="us-national">
          <strong>{t(us.measure === 'rem' ? 'usNationalRemittances' : 'usNational')}:</strong> {withUnit(us.unit, view.national.value)}
          {view.national.moe !== null && <span className="muted"> {t('moe', { value: moe(us.unit, view.national.moe) })}</span>}
          {view.national.unidentified !== null && (
            <span className="muted"> · {t('unidentified', { value: withUnit('usd', view.national.unidentified) })}</span>
          )}
        </p>
      )}
      <div className="us-details" data-testid="us-details">
        <h3>{t('usDetails')}</h3>
        {s ? (
          <>
            <p className="details-name">{s.name}</p>
            <p data-testid="us-value">
              {label}, {year}: <strong>{withUnit(us.unit, s.value)}</strong>
              {s.moe !== null && <span className="muted"> {t('moe', { value: moe(us.unit, s.moe) })}</span>}
            </p>
            {s.share && us.measure === 'pop' && (
              <p data-testid="us-share">{t('shareOfState', { value: decimal(s.share.value, 2), moe: s.share.moe === null ? '—' : moe('percent', s.share.moe) })}</p>
            )}
            <p>
              {t('rankNational')}: {t('rankOf', { rank: integer(s.rank), of: integer(s.of) })}
            </p>
            <Sparkline series={s.series} year={us.year} label={t('seriesLabel', { measure: label, from: s.series[0]?.year ?? '', to: s.series.at(-1)?.year ?? '' })} />
          </>
        ) : (
          <p className="hint">{t('usSelectHint')}</p>
        )}
      </div>
      <AreaList testId="us-list" csv={{ title: `${label}, ${year}`, source, fileName: `us-${us.measure}-${us.year}.csv` }} areas={us.areas} unit={us.unit} selectedId={s?.id ?? null} highlightedId={highlighted} onSelect={onSelect} onHover={onHover} valueNote={us.partial && t('partialYear', { quarters: quarters(us.partial.quarters) })} />
      <p className="source muted">{source}</p>
    </section>
  );
}
