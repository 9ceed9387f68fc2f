'use client';
/** Everything Conapo and INEGI say about the selected municipality, with its ranks. */
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import type { SelectedMunicipality } from '../../geo/select-view';
import { useT } from '../i18n/LanguageContext';

interface Props {
  selected: SelectedMunicipality | null;
  filteredState: string | null;
  onFilterToState: (state: string) => void;
  onClear: () => void;
}

export function DetailsPanel({ selected, filteredState, onFilterToState, onClear }: Props) {
  const { t, degreeName, integer, decimal } = useT();
  if (!selected) {
    return (
      <section className="panel" aria-labelledby="details-title" data-testid="details">
        <h2 id="details-title">{t('details')}</h2>
        <p className="hint">{t('noSelection')}</p>
      </section>
    );
  }
  const { municipality: m, state, ranks, inFilter } = selected;
  const percent = (v: number) => `${decimal(v, 2)} %`;
  const rank = (r: number | null, of: number) => (r === null ? t('noRank') : t('rankOf', { rank: integer(r), of: integer(of) }));
  const rows: [string, string][] = [
    [t('state'), state.name],
    [t('degree'), degreeName(m.degree)],
    [t('index'), m.index === null ? t('noIndex') : decimal(m.index, 3)],
    [t('remittances'), percent(m.remittances)],
    [t('emigrants'), percent(m.emigrants)],
    [t('circular'), percent(m.circular)],
    [t('returnMigrants'), percent(m.returnMigrants)],
    [t('households'), integer(m.households)],
    [t('population2000'), integer(m.population)],
    [t('rankNational'), rank(ranks.national, ranks.nationalOf)],
    [t('rankInState'), rank(ranks.inState, ranks.inStateOf)],
  ];
  return (
    <section className="panel" aria-labelledby="details-title" data-testid="details">
      <h2 id="details-title">{t('details')}</h2>
      <h3 className="details-name">
        <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[m.degree]) }} aria-hidden />
        {m.name} <span className="muted">({m.id})</span>
      </h3>
      {!inFilter && <p className="notice">{t('hiddenByFilter')}</p>}
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        {filteredState !== m.state && (
          <button type="button" onClick={() => onFilterToState(m.state)}>
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
