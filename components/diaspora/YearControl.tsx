'use client';
/** A year slider (arrow keys step it) with play/pause; the year is in the link. */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/LanguageContext';

const STEP_MS = 1200;

export function YearControl({ years, year, partial, onChange }: { years: number[]; year: number; partial: boolean; onChange: (year: number) => void }) {
  const { t } = useT();
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
        {partial && <span className="muted"> ({t('partialYear')})</span>}
      </label>
      <input
        id="year-slider"
        type="range"
        min={0}
        max={years.length - 1}
        step={1}
        value={index}
        aria-valuetext={String(year)}
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
