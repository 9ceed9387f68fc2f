'use client';
/** Legend of fixed classes: the same colours mean the same amounts in every year. */
import { DIASPORA_COLORS, type Unit } from '../../geo/diaspora-view';
import { rgbToHex } from '../../geo/degrees';
import { useT } from '../i18n/LanguageContext';
import { useMeasureFormat } from './useMeasureFormat';

export function ClassLegend({ title, breaks, unit }: { title: string; breaks: number[]; unit: Unit }) {
  const { t } = useT();
  const { number } = useMeasureFormat();
  const classes = breaks.slice(0, -1).map((from, i) => ({ from, to: breaks[i + 1] }));
  return (
    <div className="class-legend">
      <p className="legend-title">{title}</p>
      <ul>
        {classes.map((c, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: rgbToHex(DIASPORA_COLORS[i]) }} aria-hidden />
            {number(unit, c.from)} – {number(unit, c.to)}
          </li>
        ))}
      </ul>
      <p className="hint">{t('legendFixed')}</p>
    </div>
  );
}
