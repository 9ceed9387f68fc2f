'use client';
/** The circuits panel: what matrículas are, year/origin/destination filters, and the top flows with their shares. */
import { CIRCUIT_YEARS, REGION_NAMES, type CircuitsAsset } from '../../geo/circuits';
import type { CircuitsView } from '../../geo/circuits-view';
import { listCsv } from '../../geo/export-csv';
import { downloadCsv } from '../export/download';
import { useT } from '../i18n/LanguageContext';

interface Props {
  view: CircuitsView;
  asset: CircuitsAsset;
  stateNames: Map<string, string>;
  municipalityNames: Map<string, string>;
  usStateNames: Map<string, string>;
  detail: boolean;
  onYear: (year: number) => void;
  onOrigin: (origin: string | null) => void;
  onDestination: (destination: string | null) => void;
}

export function CircuitsPanel({ view, asset, stateNames, municipalityNames, usStateNames, detail, onYear, onOrigin, onDestination }: Props) {
  const { t, lang, integer, decimal } = useT();
  const consulateName = (key: string) => {
    const c = asset.consulates.find((x) => x.key === key);
    return c ? (lang === 'es' ? c.nameEs : c.nameEn) : key;
  };
  const placeName = (id: string) =>
    /^\d{5}$/.test(id) ? `${municipalityNames.get(id) ?? asset.notIn2000.find((n) => n.id === id)?.name ?? id}, ${stateNames.get(id.slice(0, 2)) ?? ''}`
    : /^\d{2}$/.test(id) ? (stateNames.get(id) ?? id)
    : id;
  const destinationName = (id: string) => (/^\d{2}$/.test(id) ? (usStateNames?.get(id) ?? id) : consulateName(id));
  const rowName = (id: string) => {
    if (view.list.kind === 'destinations') return destinationName(id);
    if (view.list.kind === 'origins') return placeName(id);
    const [o, d] = id.split('>');
    return `${placeName(o)} → ${consulateName(d)}`;
  };
  const title =
    view.list.kind === 'destinations' ? t('topDestinations', { origin: placeName(view.origin!.id) })
    : view.list.kind === 'origins' ? t('topOrigins', { destination: destinationName(view.destination!.id) })
    : t('topFlows', { year: view.year });
  const rows = view.list.flows.slice(0, 25);
  const identical = view.identical.map((group) => group.map(consulateName).join(' = ')).join('; ');
  return (
    <section className="panel circuits-panel" aria-labelledby="circuits-title">
      <h2 id="circuits-title">{t('circuits')}</h2>
      <p className="hint">{t('circuitsAbout')}</p>
      {view.defect && <p className="notice">{t('defect2006')}</p>}
      {identical && <p className="notice">{t('identicalConsulates', { names: identical })}</p>}
      <div className="circuit-filters">
        <label>
          {t('year')}{' '}
          <select id="circuits-year" value={view.year} onChange={(e) => onYear(Number(e.target.value))}>
            {CIRCUIT_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('origin')}{' '}
          <select id="circuits-origin" value={view.origin && view.origin.level !== 'municipality' ? view.origin.id : ''} onChange={(e) => onOrigin(e.target.value || null)}>
            <option value="">{view.origin?.level === 'municipality' ? placeName(view.origin.id) : t('anyOrigin')}</option>
            <optgroup label={t('originRegions')}>
              {REGION_NAMES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('originStates')}>
              {[...stateNames].sort((a, b) => a[1].localeCompare(b[1], 'es')).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          {t('destination')}{' '}
          <select id="circuits-destination" value={view.destination?.id ?? ''} onChange={(e) => onDestination(e.target.value || null)}>
            <option value="">{t('anyDestination')}</option>
            <optgroup label={t('consulates')}>
              {view.consulates.map((c) => (
                <option key={c.key} value={c.key}>
                  {lang === 'es' ? c.nameEs : c.nameEn}
                </option>
              ))}
            </optgroup>
            {usStateNames && (
              <optgroup label={t('usStates')}>
                {asset.usStates.map((f) => (
                  <option key={f} value={f}>
                    {usStateNames.get(f) ?? f}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
      </div>
      <p className="muted">{t(detail ? 'flowLevelDetail' : 'flowLevelAggregate')}</p>
      <p className="flows-hidden" data-testid="flows-hidden">
        {t('flowsHidden', { shown: integer(view.arcs.length), hidden: integer(view.hiddenCount), cards: integer(view.hiddenTotal) })}
        {view.unplacedCount > 0 && ` ${t('flowsUnplaced', { count: integer(view.unplacedCount), cards: integer(view.unplacedTotal) })}`}
      </p>
      <h3 className="list-title">{title}</h3>
      <p data-testid="flows-total">{t('flowsTotal', { count: integer(view.list.total), share: decimal((100 * view.list.total) / view.yearTotal, 2) })}</p>
      <ol className="ranked-list flow-list" data-testid="flow-list" tabIndex={0} aria-label={title}>
        {rows.map((f, i) => (
          <li key={f.id} data-id={f.id}>
            <span className="rank">{integer(i + 1)}</span>
            <span className="name">{rowName(f.id)}</span>
            <span className="value">
              {integer(f.count)} <span className="muted">({decimal(100 * f.share, 1)} %)</span>
            </span>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          data-export="flows"
          onClick={() =>
            downloadCsv(
              listCsv([t('rank'), 'id', title, t('cardsHeader'), '%'], view.list.flows.map((f, i) => [i + 1, f.id, rowName(f.id), f.count, 100 * f.share]), t('sourceSre', { year: view.year })),
              `matriculas-${view.year}-flows.csv`,
            )
          }
        >
          {t('exportCsv')}
        </button>
      </div>
      <p className="source muted">{t('sourceSre', { year: view.year })}</p>
    </section>
  );
}
