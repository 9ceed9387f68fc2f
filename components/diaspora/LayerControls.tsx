'use client';
/** Which layers the map shows, the year, and quick focus on either country or the outlying US areas. */
import type { Bbox } from '../../geo/bbox';
import { CIRCUIT_YEARS } from '../../geo/circuits';
import type { DiasporaView } from '../../geo/diaspora-view';
import { FOCUS, type FocusKey } from '../../geo/focus';
import { MX_MEASURES, US_MEASURES, type MxMeasure, type UsMeasure } from '../../geo/view-state';
import { useT } from '../i18n/LanguageContext';
import { MX_MEASURE_LABEL, US_MEASURE_LABEL } from './useMeasureFormat';
import { YearControl } from './YearControl';


interface Props {
  usMeasure: UsMeasure | null;
  mxMeasure: MxMeasure | null;
  diaspora: DiasporaView | null;
  onUsMeasure: (m: UsMeasure | null) => void;
  onMxMeasure: (m: MxMeasure | null) => void;
  onYear: (year: number) => void;
  onFocus: (bbox: Bbox) => void;
  circuitsYear: number | null;
  onCircuits: (year: number | null) => void;
}

export function LayerControls({ usMeasure, mxMeasure, diaspora, onUsMeasure, onMxMeasure, onYear, onFocus, circuitsYear, onCircuits }: Props) {
  const { t } = useT();
  return (
    <section className="panel layers" aria-label={t('layers')}>
      <fieldset className="mx-layer">
        <legend>{t('mxLayer')}</legend>
        {[null, ...MX_MEASURES].map((m) => (
          <label key={m ?? 'iim'}>
            <input type="radio" name="mx-layer" value={m ?? 'iim'} checked={mxMeasure === m} onChange={() => onMxMeasure(m)} />
            {t(m ? MX_MEASURE_LABEL[m] : 'mxIntensity')}
          </label>
        ))}
      </fieldset>
      <div className="us-layer">
        <label htmlFor="us-layer">{t('usLayer')}</label>
        <select id="us-layer" value={usMeasure ?? ''} onChange={(e) => onUsMeasure((e.target.value || null) as UsMeasure | null)}>
          <option value="">{t('usOff')}</option>
          {US_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(US_MEASURE_LABEL[m])}
            </option>
          ))}
        </select>
      </div>
      <div className="us-layer">
        <label htmlFor="circuits-layer">{t('circuits')}</label>
        <select id="circuits-layer" value={circuitsYear ?? ''} onChange={(e) => onCircuits(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('circuitsOff')}</option>
          {[...CIRCUIT_YEARS].reverse().map((y) => (
            <option key={y} value={y}>
              {t('circuitsYear', { year: y })}
            </option>
          ))}
        </select>
      </div>
      {diaspora && diaspora.years.length > 0 && (
        <YearControl years={diaspora.years} year={diaspora.year} partial={diaspora.partial} onChange={onYear} />
      )}
      <div className="focus" role="group" aria-label={t('focus')}>
        <span className="muted">{t('focus')}:</span>
        {(Object.keys(FOCUS) as FocusKey[]).map((key) => (
          <button key={key} type="button" onClick={() => onFocus(FOCUS[key])}>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}
