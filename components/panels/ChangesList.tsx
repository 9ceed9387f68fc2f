'use client';
/**
 * The largest rises and falls between two editions, by degree steps then by places in the
 * national ranking; a row selects the municipality. The CSV holds every comparable
 * municipality in the filter with both editions' degrees, ranks and components.
 */
import { COMPONENT_OF, componentChange, type Change } from '../../geo/compare';
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { listCsv } from '../../geo/export-csv';
import type { Comparison } from '../../geo/select-view';
import { CHANGE_MEASURES } from '../../geo/view-state';
import { downloadCsv } from '../export/download';
import { useT } from '../i18n/LanguageContext';
import { COMPONENT_LABEL } from '../controls/EditionControl';

interface Props {
  comparison: Comparison;
  stateNames: Map<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const signed = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : format(n));

function ChangeRows({ label, testId, changes, stateNames, selectedId, onSelect }: { label: string; testId: string; changes: Change[] } & Omit<Props, 'comparison'>) {
  const { t, integer, degreeName } = useT();
  return (
    <>
      <h3 className="list-title">
        {label} <span className="muted">({integer(changes.length)})</span>
      </h3>
      {changes.length === 0 ? (
        <p className="hint">{t('changesEmpty')}</p>
      ) : (
        <ol className="ranked-list change-list" data-testid={testId}>
          {changes.map((c) => (
            <li key={c.id} data-id={c.id}>
              <button type="button" aria-current={c.id === selectedId ? 'true' : undefined} onClick={() => onSelect(c.id)}>
                <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[c.earlier.degree]) }} aria-hidden />→
                <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[c.later.degree]) }} aria-hidden />
                <span className="name">
                  {c.later.name}
                  <span className="muted">, {stateNames.get(c.later.state)}</span>
                  <span className="muted">
                    {' '}
                    ({degreeName(c.earlier.degree)} → {degreeName(c.later.degree)})
                  </span>
                </span>
                <span className="value">
                  {t('changeSteps', { steps: signed(c.steps, integer) })}
                  {c.rankChange !== null && <span className="muted"> · {t('changePlaces', { places: signed(c.rankChange, integer) })}</span>}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function ChangesList({ comparison, stateNames, selectedId, onSelect }: Props) {
  const { t, degreeName } = useT();
  const [from, to] = [comparison.earlier.edition, comparison.later.edition];
  const exportCsv = () => {
    const components = CHANGE_MEASURES.flatMap((m) => [`${t(COMPONENT_LABEL[m])} ${from}`, `${t(COMPONENT_LABEL[m])} ${to}`, `${t(COMPONENT_LABEL[m])} (pp)`]);
    const headers = [t('cvegeo'), t('municipality'), t('state'), `${t('degree')} ${from}`, `${t('degree')} ${to}`, t('stepsHeader'), `${t('rankNational')} ${from}`, `${t('rankNational')} ${to}`, t('rankChangeHeader'), ...components];
    const rows = [...comparison.rises, ...comparison.falls].map((c) => [
      c.id, c.later.name, stateNames.get(c.later.state) ?? c.later.state, degreeName(c.earlier.degree), degreeName(c.later.degree), c.steps,
      c.earlier.rank.national, c.later.rank.national, c.rankChange,
      ...CHANGE_MEASURES.flatMap((m) => [c.earlier[COMPONENT_OF[m]], c.later[COMPONENT_OF[m]], componentChange(c, m)]),
    ]);
    downloadCsv(listCsv(headers, rows, t('sourceCredit')), `conapo-changes-${from}-${to}.csv`);
  };
  const shared = { stateNames, selectedId, onSelect };
  return (
    <section className="panel ranking" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changesTitle', { from, to })}</h2>
      <p className="hint">{t('changesAbout')}</p>
      <ChangeRows label={t('rises')} testId="rises-list" changes={comparison.rises} {...shared} />
      <ChangeRows label={t('falls')} testId="falls-list" changes={comparison.falls} {...shared} />
      <div className="actions">
        <button type="button" onClick={exportCsv} data-export="changes" disabled={comparison.rises.length + comparison.falls.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
    </section>
  );
}
