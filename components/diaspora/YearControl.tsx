'use client';
/** A year slider (arrow keys step it) with play/pause; the year is in the link. A partial year says which quarters it has. */
import { useEffect, useState } from 'react';
import type { PartialYear } from '../../geo/diaspora';
import { useT } from '../i18n/LanguageContext';
import { useMeasureFormat } from './useMeasureFormat';

const STEP_MS = 1200;

export function YearControl({ years, year, partial, onChange }: { years: number[]; year: number; partial: PartialYear | null; onChange: (year: number) => void }) {
  const { t } = useT();
  const { quarters, yearLabel } = useMeasureFormat();
  const [playing, setPlaying] = useState(false);
  const index = Math.max(0, years.indexOf(year));
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (index >= years.length - 1) setPlaying(false);
      else onChange(years[index + 1]);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, years, onChange]);
  if (years.length === 0) return null;
  return (
    <div className="year-control">
      <label htmlFor="year-slider">
        {t('year')}: <strong data-testid="year-value">{year}</strong>
        {partial && <span className="muted" data-testid="year-partial"> ({t('partialYear', { quarters: quarters(partial.quarters) })})</span>}
      </label>
      <input
        id="year-slider"
        type="range"
        min={0}
        max={years.length - 1}
        step={1}
        value={index}
        aria-valuetext={yearLabel({ year, partial })}
        onChange={(e) => onChange(years[Number(e.target.value)])}
      />
      <button
        type="button"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && index >= years.length - 1) onChange(years[0]);
          setPlaying((p) => !p);
        }}
      >
        {playing ? t('pause') : t('play')}
      </button>
    </div>
  );
}
