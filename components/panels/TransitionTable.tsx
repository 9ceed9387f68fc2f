'use client';
/**
 * The transition table of a comparison: municipalities by degree in the earlier edition (rows)
 * × degree in the later one (columns), with totals, for the current filter. A cell is a
 * filter: choosing it shows those municipalities on the map, in the list and in the summary.
 */
import { degreeSteps, stepClass } from '../../geo/compare';
import { DEGREES, type Degree } from '../../geo/degrees';
import { listCsv } from '../../geo/export-csv';
import { STEP_COLORS } from '../../geo/map-colors';
import type { Comparison } from '../../geo/select-view';
import type { TransitionCell } from '../../geo/view-state';
import { downloadCsv } from '../export/download';
import { useT } from '../i18n/LanguageContext';

interface Props {
  comparison: Comparison;
  scope: string;
  onCell: (cell: TransitionCell | null) => void;
}

/** A light tint of the cell's degree change, so the diagonal (no change) and the two sides read at a glance. */
const tint = (from: Degree, to: Degree) => {
  const [r, g, b] = STEP_COLORS[stepClass(degreeSteps(from, to))];
  return `rgba(${r}, ${g}, ${b}, 0.45)`;
};

export function TransitionTable({ comparison, scope, onCell }: Props) {
  const { t, integer, degreeName } = useT();
  const { transitions: tr, cell } = comparison;
  const [from, to] = [comparison.earlier.edition, comparison.later.edition];
  const title = t('transitions', { from, to });
  const exportCsv = () =>
    downloadCsv(
      listCsv(
        [`${from} \\ ${to}`, ...DEGREES.map(degreeName), t('total')],
        [...DEGREES.map((d, i) => [degreeName(d), ...tr.cells[i], tr.rowTotals[i]]), [t('total'), ...tr.columnTotals, tr.total]],
        `${title} — ${scope}. ${t('sourceCredit')}`,
      ),
      `conapo-transitions-${from}-${to}.csv`,
    );
  return (
    <section className="panel" aria-labelledby="transitions-title">
      <h2 id="transitions-title">
        {title}: <span className="scope">{scope}</span>
      </h2>
      <table className="transitions" data-testid="transition-table">
        <caption>{t('transitionsCaption', { from, to })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {from} \ {to}
            </th>
            {DEGREES.map((d) => (
              <th scope="col" key={d}>
                {degreeName(d)}
              </th>
            ))}
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {DEGREES.map((d, i) => (
            <tr key={d} data-from={d}>
              <th scope="row">{degreeName(d)}</th>
              {DEGREES.map((e, j) => {
                const chosen = cell?.from === d && cell?.to === e;
                const count = tr.cells[i][j];
                return (
                  <td key={e} style={{ background: tint(d, e) }}>
                    <button
                      type="button"
                      data-cell={`${d}.${e}`}
                      aria-pressed={chosen}
                      aria-label={t('cellLabel', { count: integer(count), fromDegree: degreeName(d), from, toDegree: degreeName(e), to })}
                      onClick={() => onCell(chosen ? null : { from: d, to: e })}
                    >
                      {integer(count)}
                    </button>
                  </td>
                );
              })}
              <td className="total">{integer(tr.rowTotals[i])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {tr.columnTotals.map((n, j) => (
              <td key={DEGREES[j]}>{integer(n)}</td>
            ))}
            <td data-testid="transitions-total">{integer(tr.total)}</td>
          </tr>
        </tfoot>
      </table>
      {tr.onlyLater > 0 && <p className="muted">{t('transitionsOnlyLater', { from, count: integer(tr.onlyLater) })}</p>}
      {tr.onlyEarlier > 0 && <p className="muted">{t('transitionsOnlyEarlier', { from, to, count: integer(tr.onlyEarlier) })}</p>}
      {cell && (
        <p className="notice" role="status">
          {t('cellChosen', { fromDegree: degreeName(cell.from), from, toDegree: degreeName(cell.to), to })}{' '}
          <button type="button" className="link-button" onClick={() => onCell(null)}>
            {t('clearCell')}
          </button>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={exportCsv} data-export="transitions">
          {t('exportCsv')}
        </button>
      </div>
    </section>
  );
}
