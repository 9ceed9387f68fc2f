'use client';
/** Conapo's table of degrees for what the filters leave in view. */
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { summaryCsv } from '../../geo/export-csv';
import { downloadCsv } from '../export/download';
import type { Summary } from '../../geo/summary';
import type { MexicanState } from '../../geo/types';
import { useT } from '../i18n/LanguageContext';

export function SummaryTable({ summary, focusState }: { summary: Summary; focusState: MexicanState | null }) {
  const { t, degreeName, integer, decimal } = useT();
  const scope = focusState?.name ?? t('allStates');
  const exportCsv = () => {
    const headers = [t('degree'), t('municipalities'), '%', t('population'), '%', t('households'), '%'];
    const csv = summaryCsv(summary, `${t('summaryOf')} — ${scope}`, { headers, total: t('total'), credit: t('sourceCredit'), degreeName });
    downloadCsv(csv, `conapo-2000-summary-${focusState?.id ?? 'mx'}.csv`);
  };
  const pct = (v: number | null) => (v === null ? '—' : decimal(v, 2));
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {t('summary')}: <span className="scope">{scope}</span>
      </h2>
      <table className="summary" data-testid="summary-table">
        <caption>
          {t('summaryOf')} — {scope}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('degree')}</th>
            <th scope="col">{t('municipalities')}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{t('population')}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{t('households')}</th>
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
              <td>{integer(r.households)}</td>
              <td>{pct(r.share.households)}</td>
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
            <td>{integer(summary.total.households)}</td>
            <td>{summary.total.households ? decimal(100, 2) : '—'}</td>
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
