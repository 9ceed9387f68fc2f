'use client';
/** The legend is the degree filter: each class is a toggle button with its colour and name. */
import { DEGREES, DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR, rgbToHex, type Degree } from '../../geo/degrees';
import { useT } from '../i18n/LanguageContext';

export function DegreeLegend({ degrees, edition, onToggle }: { degrees: readonly Degree[]; edition: number; onToggle: (degree: Degree) => void }) {
  const { t, degreeName } = useT();
  return (
    <fieldset className="legend">
      <legend>{t('degreeFilter', { edition })}</legend>
      <p className="hint">{t('degreeToggleHint')}</p>
      <ul>
        {DEGREES.map((d) => {
          const on = degrees.includes(d);
          return (
            <li key={d}>
              <button type="button" className="legend-toggle" aria-pressed={on} data-degree={d} onClick={() => onToggle(d)}>
                <span className="swatch" style={{ background: on ? rgbToHex(DEGREE_COLORS[d]) : 'transparent', borderColor: rgbToHex(DEGREE_COLORS[d]) }} aria-hidden />
                <span className={on ? '' : 'off'}>{degreeName(d)}</span>
              </button>
            </li>
          );
        })}
        <li className="legend-static">
          <span className="swatch" style={{ background: rgbToHex(NO_DATA_COLOR) }} aria-hidden />
          <span>{t('noDataClass', { edition })}</span>
        </li>
        <li className="legend-static">
          <span className="swatch" style={{ background: rgbToHex(FILTERED_OUT_COLOR) }} aria-hidden />
          <span>{t('filteredOut')}</span>
        </li>
      </ul>
    </fieldset>
  );
}
