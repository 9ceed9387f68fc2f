'use client';
import type { MexicanState } from '../../geo/types';
import { useT } from '../i18n/LanguageContext';

export function StateFilter({ states, value, onChange }: { states: MexicanState[]; value: string | null; onChange: (state: string | null) => void }) {
  const { t } = useT();
  return (
    <div className="state-filter">
      <label htmlFor="state-filter">{t('stateFilter')}</label>
      <select id="state-filter" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('allStates')}</option>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {value && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t('showAllStates')}
        </button>
      )}
    </div>
  );
}
