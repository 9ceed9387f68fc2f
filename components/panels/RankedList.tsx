'use client';
/** Municipalities in the filter by rank in the edition shown; a row selects on the map, a map selection scrolls here. */
import { useDeferredValue, useEffect, useRef } from 'react';
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { EDITION_INFO, type Edition } from '../../geo/editions';
import { rankingCsv } from '../../geo/export-csv';
import type { Municipality } from '../../geo/types';
import { downloadCsv } from '../export/download';
import { useT } from '../i18n/LanguageContext';

interface Props {
  list: Municipality[];
  edition: Edition;
  stateNames: Map<string, string>;
  /** Rank within the state when a state is in focus, else in the country. */
  byState: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const NONE: Municipality[] = [];
/** Rows rendered at once when the list changes (a screenful and more); the rest follow in a deferred pass. */
const FIRST_ROWS = 60;

export function RankedList({ list, edition, stateNames, byState, selectedId, onSelect }: Props) {
  const { t, integer, decimal, degreeName } = useT();
  // Up to 2,443 rows (12,000 elements): the first rows render with the rest of the page, the
  // others in a deferred pass, so the page's first render — and the map, created right after
  // it — is not held back by them (measured: ~0.3 s of render and layout before the map's code ran).
  const deferred = useDeferredValue(list, NONE);
  const shown = deferred === list ? list : list.slice(0, FIRST_ROWS);
  const exportCsv = () => {
    const unit = { unit: EDITION_INFO[edition].unit };
    const headers = [
      t(byState ? 'rankInState' : 'rankNational'), t('cvegeo'), t('municipality'), t('state'), t('degree'), t('index'),
      t('remittances', unit), t('emigrants', { ...unit, period: EDITION_INFO[edition].emigrantsPeriod }), t('circular', unit), t('returnMigrants', unit),
      t('homes', unit), t('populationYear', { year: edition }),
    ];
    downloadCsv(rankingCsv(list, stateNames, byState, { headers, total: t('total'), credit: t('sourceCredit'), degreeName }), `conapo-${edition}-ranking.csv`);
  };
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-id="${selectedId}"]`);
    // Scroll only the list, never the page.
    if (row && listRef.current) listRef.current.scrollTop = row.offsetTop - listRef.current.offsetTop - listRef.current.clientHeight / 3;
  }, [selectedId, shown]);
  return (
    <section className="panel ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">
        {t('ranking', { edition })} <span className="muted">({t('rankingCount', { count: integer(list.length) })})</span>
      </h2>
      {list.length === 0 ? (
        <p className="hint">{t('rankingEmpty')}</p>
      ) : (
        <ol ref={listRef} className="ranked-list" data-testid="ranked-list" aria-busy={shown !== list}>
          {shown.map((m) => {
            const rank = byState ? m.rank.inState : m.rank.national;
            return (
              <li key={m.id} data-id={m.id}>
                <button type="button" aria-current={m.id === selectedId ? 'true' : undefined} onClick={() => onSelect(m.id)}>
                  <span className="rank">{rank ? integer(rank) : '–'}</span>
                  <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[m.degree]) }} aria-hidden />
                  <span className="name">
                    {m.name}
                    {!byState && <span className="muted">, {stateNames.get(m.state)}</span>}
                  </span>
                  <span className="value">{m.index === null ? t('noIndex') : decimal(m.index, 3)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="actions">
        <button type="button" onClick={exportCsv} data-export="ranking" disabled={list.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
    </section>
  );
}
