'use client';
/**
 * Which edition of Conapo's index the map shows (2000, 2010, 2020), and the comparison of two
 * editions: the pair, and what the comparison map shows (change of degree or of a component).
 */
import { EDITIONS, type Edition } from '../../geo/editions';
import { CHANGE_MEASURES, type ChangeMeasure } from '../../geo/view-state';
import { comparesEditions } from '../../geo/select-view';
import { useT } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import type { FilterView } from '../state/useViewState';

/** The comparisons offered: always an earlier edition against a later one. */
const PAIRS: [Edition, Edition][] = [
  [2000, 2010],
  [2010, 2020],
  [2000, 2020],
];

export const COMPONENT_LABEL: Record<ChangeMeasure, MessageKey> = { rem: 'compRem', emig: 'compEmig', circ: 'compCirc', ret: 'compRet' };

type Props = Pick<FilterView, 'edition' | 'base' | 'change'> & { onChange: (change: Partial<FilterView>) => void };

export function EditionControl({ edition, base, change, onChange }: Props) {
  const { t } = useT();
  const comparing = comparesEditions({ edition, base });
  // A new edition drops the chosen cell (it named degrees of the old pair), and a comparison
  // that would no longer run forwards in time.
  const chooseEdition = (next: Edition) => onChange({ edition: next, cell: null, ...(base !== null && base >= next ? { base: null } : {}) });
  const choosePair = (value: string) => {
    const [from, to] = value ? (value.split('-').map(Number) as [Edition, Edition]) : [null, edition];
    onChange({ base: from, edition: to, cell: null });
  };
  return (
    <div className="edition-control">
      <fieldset className="edition-choice">
        <legend>{t('edition')}</legend>
        {EDITIONS.map((e) => (
          <label key={e}>
            <input type="radio" name="edition" value={e} checked={edition === e} onChange={() => chooseEdition(e)} />
            {e}
          </label>
        ))}
      </fieldset>
      <div className="compare-choice">
        <label htmlFor="compare">{t('compare')}</label>
        <select id="compare" value={comparing ? `${base}-${edition}` : ''} onChange={(e) => choosePair(e.target.value)}>
          <option value="">{t('compareOff')}</option>
          {PAIRS.map(([from, to]) => (
            <option key={`${from}-${to}`} value={`${from}-${to}`}>
              {t('comparePair', { from, to })}
            </option>
          ))}
        </select>
      </div>
      {comparing && (
        <>
          <div className="compare-choice">
            <label htmlFor="change-measure">{t('changeMeasure')}</label>
            <select id="change-measure" value={change ?? ''} onChange={(e) => onChange({ change: (e.target.value || null) as ChangeMeasure | null })}>
              <option value="">{t('changeDegree')}</option>
              {CHANGE_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t('changeComponent', { component: t(COMPONENT_LABEL[m]) })}
                </option>
              ))}
            </select>
          </div>
          <p className="hint" data-testid="index-not-comparable">{t('indexNotComparable')}</p>
        </>
      )}
    </div>
  );
}
