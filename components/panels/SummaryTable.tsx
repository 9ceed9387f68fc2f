'use client';
/** Conapo's table of degrees for what the filters leave in view. */
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { summaryCsv } from '../../geo/export-csv';
import { downloadCsv } from '../export/download';
import { EDITION_INFO, type Edition } from '../../geo/editions';
import type { Summary } from '../../geo/summary';
import type { MexicanState } from '../../geo/types';
import { useT } from '../i18n/LanguageContext';

/** Conapo's table for the edition shown: population of that year's census, households (2000) or dwellings (2010, 2020). */
export function SummaryTable({ summary, focusState, edition, cellNote }: { summary: Summary; focusState: MexicanState | null; edition: Edition; cellNote: string | null }) {
  const { t, degreeName, integer, decimal } = useT();
  const scope = focusState?.name ?? t('allStates');
  const homes = t('homes', { unit: EDITION_INFO[edition].unit });
  const population = `${t('population')} ${edition}`;
  const caption = `${t('summaryOf', { edition })} — ${scope}${cellNote ? ` — ${cellNote}` : ''}`;
  const exportCsv = () => {
    const headers = [t('degree'), t('municipalities'), '%', population, '%', homes, '%'];
    const csv = summaryCsv(summary, caption, { headers, total: t('total'), credit: t('sourceCredit'), degreeName });
    downloadCsv(csv, `conapo-${edition}-summary-${focusState?.id ?? 'mx'}.csv`);
  };
  const pct = (v: number | null) => (v === null ? '—' : decimal(v, 2));
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {t('summary')} {edition}: <span className="scope">{scope}</span>
      </h2>
      <table className="summary" data-testid="summary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('degree')}</th>
            <th scope="col">{t('municipalities')}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{population}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{homes}</th>
            <th scope="col">{t('share')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.degree} data-degree={r.degree} className={r.included ? '' : 'excluded'}>
              <th scope="row">
                <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[r.degree]) }} aria-hidden />
                {degreeName(r.degree)}
                {!r.included && <span className="excluded-tag"> ({t('excluded')})</span>}
              </th>
              <td>{integer(r.municipalities)}</td>
              <td>{pct(r.share.municipalities)}</td>
              <td>{integer(r.population)}</td>
              <td>{pct(r.share.population)}</td>
              <td>{integer(r.homes)}</td>
              <td>{pct(r.share.homes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-degree="total">
            <th scope="row">{t('total')}</th>
            <td>{integer(summary.total.municipalities)}</td>
            <td>{summary.total.municipalities ? decimal(100, 2) : '—'}</td>
            <td>{integer(summary.total.population)}</td>
            <td>{summary.total.population ? decimal(100, 2) : '—'}</td>
            <td>{integer(summary.total.homes)}</td>
            <td>{summary.total.homes ? decimal(100, 2) : '—'}</td>
          </tr>
        </tfoot>
      </table>
      <div className="actions">
        <button type="button" onClick={exportCsv} data-export="summary">
          {t('exportCsv')}
        </button>
      </div>
    </section>
  );
}
