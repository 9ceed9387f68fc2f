'use client';
/** A ranked list of states for a measure and year: hovering a row outlines it on the map, a click selects it. */
import { DIASPORA_COLORS, type AreaValue, type Unit } from '../../geo/diaspora-view';
import { rgbToHex } from '../../geo/degrees';
import { useT } from '../i18n/LanguageContext';
import { useMeasureFormat } from './useMeasureFormat';

interface Props {
  testId: string;
  areas: AreaValue[];
  unit: Unit;
  selectedId: string | null;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
}

export function AreaList({ testId, areas, unit, selectedId, onSelect, onHover }: Props) {
  const { integer } = useT();
  const { number } = useMeasureFormat();
  return (
    <ol className="ranked-list area-list" data-testid={testId} onMouseLeave={() => onHover?.(null)}>
      {areas.map((a) => (
        <li key={a.id} data-id={a.id}>
          <button
            type="button"
            aria-current={a.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect?.(a.id)}
            onMouseEnter={() => onHover?.(a.id)}
            onFocus={() => onHover?.(a.id)}
            onBlur={() => onHover?.(null)}
          >
            <span className="rank">{integer(a.rank)}</span>
            <span className="swatch" style={{ background: a.cls === null ? '#e1e1e1' : rgbToHex(DIASPORA_COLORS[a.cls]) }} aria-hidden />
            <span className="name">{a.name}</span>
            <span className="value">
              {number(unit, a.value)}
              {a.moe !== null && <span className="muted"> ± {number(unit, a.moe)}</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
