'use client';
/** A ranked list of states for a measure and year: hovering a row outlines it on the map, a click selects it. */
import { DIASPORA_COLORS, DIASPORA_NO_CLASS, type AreaValue, type Unit } from '../../geo/diaspora-view';
import { rgbToHex } from '../../geo/degrees';
import { listCsv } from '../../geo/export-csv';
import { downloadCsv } from '../export/download';
import { useT } from '../i18n/LanguageContext';
import { useMeasureFormat } from './useMeasureFormat';

interface Props {
  testId: string;
  /** Title, source and file name of the CSV download of the list. */
  csv: { title: string; source: string; fileName: string };
  areas: AreaValue[];
  unit: Unit;
  selectedId: string | null;
  highlightedId?: string | null;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** Said after every value, e.g. "Q1 only" for a partial year. */
  valueNote?: string | null;
}

export function AreaList({ testId, csv, areas, unit, selectedId, highlightedId = null, onSelect, onHover, valueNote = null }: Props) {
  const { t, integer } = useT();
  const { number, moe } = useMeasureFormat();
  const exportCsv = () =>
    downloadCsv(listCsv([t('rank'), 'id', csv.title, unit, unit === 'percent' ? 'moe_pp' : 'moe'], areas.map((a) => [a.rank, a.id, a.name, a.value, a.moe]), csv.source), csv.fileName);
  return (
    <>
    <ol className="ranked-list area-list" data-testid={testId} onMouseLeave={() => onHover?.(null)}>
      {areas.map((a) => (
        <li key={a.id} data-id={a.id} className={a.id === highlightedId ? 'highlighted' : undefined}>
          <button
            type="button"
            aria-current={a.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect?.(a.id)}
            onMouseEnter={() => onHover?.(a.id)}
            onFocus={() => onHover?.(a.id)}
            onBlur={() => onHover?.(null)}
          >
            <span className="rank">{integer(a.rank)}</span>
            <span className="swatch" style={{ background: rgbToHex(a.cls === null ? DIASPORA_NO_CLASS : DIASPORA_COLORS[a.cls]) }} aria-hidden />
            <span className="name">{a.name}</span>
            <span className="value">
              {number(unit, a.value)}
              {a.moe !== null && <span className="muted"> ± {moe(unit, a.moe)}</span>}
              {valueNote && <span className="muted value-note"> ({valueNote})</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
    <div className="actions">
      <button type="button" onClick={exportCsv} data-export={testId}>
        {t('exportCsv')}
      </button>
    </div>
    </>
  );
}
