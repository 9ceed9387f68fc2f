'use client';
/**
 * Everything Conapo and INEGI say about the selected municipality, the three editions side by
 * side (degree, ranks, the four components, population, households or dwellings), with a
 * chart of the components across editions. Where a place did not exist in an edition, it says so.
 */
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { EDITION_INFO, EDITIONS, type Edition, type EditionData } from '../../geo/editions';
import type { SelectedMunicipality } from '../../geo/select-view';
import type { Municipality } from '../../geo/types';
import { useT } from '../i18n/LanguageContext';
import { ComponentsChart } from './ComponentsChart';

interface Props {
  selected: SelectedMunicipality | null;
  /** The editions loaded so far (all three are asked for while something is selected). */
  editions: Partial<Record<Edition, EditionData>>;
  edition: Edition;
  name: string;
  filteredState: string | null;
  onFilterToState: (state: string) => void;
  onClear: () => void;
}

export function DetailsPanel({ selected, editions, edition, name, filteredState, onFilterToState, onClear }: Props) {
  const { t, degreeName, integer, decimal } = useT();
  if (!selected) {
    return (
      <section className="panel" aria-labelledby="details-title" data-testid="details">
        <h2 id="details-title">{t('details')}</h2>
        <p className="hint">{t('noSelection')}</p>
      </section>
    );
  }
  const { id, state, current, inFilter } = selected;
  /** undefined: not loaded yet; null: the place did not exist that year. */
  const rows = Object.fromEntries(EDITIONS.map((e) => [e, editions[e] ? (editions[e]!.byId.get(id) ?? null) : undefined])) as Record<Edition, Municipality | null | undefined>;
  const percent = (v: number) => `${decimal(v, 2)} %`;
  const cell = (e: Edition, show: (m: Municipality) => string) => (rows[e] === undefined ? '…' : rows[e] === null ? t('didNotExist') : show(rows[e]!));
  const rank = (r: number | null, of: number) => (r === null ? t('noRank') : t('rankOf', { rank: integer(r), of: integer(of) }));
  const unitOf = (e: Edition) => ({ unit: EDITION_INFO[e].unit });
  const lines: { label: string; show: (m: Municipality, e: Edition) => string }[] = [
    { label: t('degree'), show: (m) => degreeName(m.degree) },
    { label: t('rankNational'), show: (m, e) => rank(m.rank.national, editions[e]!.rankedNational) },
    { label: t('rankInState'), show: (m, e) => rank(m.rank.inState, editions[e]!.rankedInState.get(m.state) ?? 0) },
    { label: t('compRem'), show: (m) => percent(m.remittances) },
    { label: t('compEmigPeriod'), show: (m) => percent(m.emigrants) },
    { label: t('compCirc'), show: (m) => percent(m.circular) },
    { label: t('compRet'), show: (m) => percent(m.returnMigrants) },
    { label: t('homesRow'), show: (m, e) => `${integer(m.homes)} ${t('homes', unitOf(e)).toLowerCase()}` },
    { label: t('population'), show: (m) => integer(m.population) },
    { label: t('index'), show: (m) => (m.index === null ? t('noIndex') : decimal(m.index, 3)) },
  ];
  const swatchDegree = current?.degree;
  return (
    <section className="panel" aria-labelledby="details-title" data-testid="details">
      <h2 id="details-title">{t('details')}</h2>
      <h3 className="details-name">
        {swatchDegree && <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[swatchDegree]) }} aria-hidden />}
        {name} <span className="muted">({id})</span>
      </h3>
      <p className="muted">{state.name}</p>
      {!current && <p className="notice">{t('noDataClass', { edition })}</p>}
      {current && !inFilter && <p className="notice">{t('hiddenByFilter')}</p>}
      <table className="details-editions" data-testid="details-editions">
        <thead>
          <tr>
            <th scope="col" />
            {EDITIONS.map((e) => (
              <th scope="col" key={e} className={e === edition ? 'current' : undefined} aria-current={e === edition ? 'true' : undefined}>
                {e}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              {EDITIONS.map((e) => (
                <td key={e} data-edition={e} className={e === edition ? 'current' : undefined}>
                  {cell(e, (m) => line.show(m, e))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('indexNotComparable')}</p>
      <ComponentsChart
        rows={rows}
        caption={t('componentsChart')}
        labels={{ remittances: t('compRem'), emigrants: t('compEmig'), circular: t('compCirc'), returnMigrants: t('compRet') }}
      />
      <div className="actions">
        {filteredState !== state.id && (
          <button type="button" onClick={() => onFilterToState(state.id)}>
            {t('filterToState', { state: state.name })}
          </button>
        )}
        <button type="button" onClick={onClear}>
          {t('clearSelection')}
        </button>
      </div>
    </section>
  );
}
