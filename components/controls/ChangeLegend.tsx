'use client';
/** The comparison map's legend: classes of degree change, or of a component's change in percentage points. */
import { POINT_BREAKS } from '../../geo/compare';
import { FILTERED_OUT_COLOR, NO_DATA_COLOR, rgbToHex, type Rgb } from '../../geo/degrees';
import { POINT_COLORS, STEP_COLORS } from '../../geo/map-colors';
import type { ChangeMeasure } from '../../geo/view-state';
import { useT, type Translator } from '../i18n/LanguageContext';
import { COMPONENT_LABEL } from './EditionControl';

export interface LegendEntry {
  color: Rgb;
  label: string;
}

/** The classes of the comparison map, in the reader's language (shared with the PNG export). */
export function changeLegendEntries(tr: Translator, change: ChangeMeasure | null, earlier: number, later: number): { title: string; entries: LegendEntry[] } {
  const { t, decimal } = tr;
  const pp = (v: number) => decimal(v, 0);
  const classes =
    change === null
      ? (['stepDown2', 'stepDown1', 'stepSame', 'stepUp1', 'stepUp2'] as const).map((key, i) => ({ color: STEP_COLORS[i], label: t(key) }))
      : POINT_COLORS.map((color, i) => ({
          color,
          label:
            i === 0 ? t('pointBelow', { value: pp(POINT_BREAKS[0]) })
            : i === POINT_BREAKS.length ? t('pointAbove', { value: pp(POINT_BREAKS[POINT_BREAKS.length - 1]) })
            : t('pointRange', { from: pp(POINT_BREAKS[i - 1]), to: pp(POINT_BREAKS[i]) }),
        }));
  const what = change === null ? t('changeDegree') : t('changeComponent', { component: t(COMPONENT_LABEL[change]) });
  return {
    title: `${t('legendChange', { from: earlier, to: later })}: ${what}`,
    entries: [...classes, { color: NO_DATA_COLOR, label: t('notComparable', { earlier, later }) }],
  };
}

export function ChangeLegend({ change, earlier, later }: { change: ChangeMeasure | null; earlier: number; later: number }) {
  const tr = useT();
  const { title, entries } = changeLegendEntries(tr, change, earlier, later);
  return (
    <div className="class-legend change-legend" data-testid="change-legend">
      <p className="legend-title">{title}</p>
      <ul>
        {[...entries, { color: FILTERED_OUT_COLOR, label: tr.t('filteredOut') }].map((e) => (
          <li key={e.label}>
            <span className="swatch" style={{ background: rgbToHex(e.color) }} aria-hidden />
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
