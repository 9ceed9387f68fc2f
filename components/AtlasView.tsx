'use client';
/**
 * The dashboard: composes the hooks that load data and run the selectors (useAtlasData,
 * useDiaspora, useCircuits), the search, the map and the panels. It holds no logic of its own
 * beyond wiring: everything shown comes from the selectors' outputs.
 */
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useSWR from 'swr';
import type { Bbox } from '../geo/bbox';
import { DWELLING_EDITIONS } from '../geo/diaspora';
import { EDITIONS, type Edition } from '../geo/editions';
import { toggleDegree } from '../geo/filters';
import { FOCUS } from '../geo/focus';
import { loadLabels } from '../geo/load-labels';
import { US_STATE_NAMES } from '../geo/us-states';
import { parseViewState } from '../geo/view-state';
import { AppHeader } from './AppHeader';
import { useCircuits } from './circuits/useCircuits';
import { ChangeLegend } from './controls/ChangeLegend';
import { DegreeLegend } from './controls/DegreeLegend';
import { EditionControl } from './controls/EditionControl';
import { StateFilter } from './controls/StateFilter';
import { LayerControls } from './diaspora/LayerControls';
import { useDiaspora } from './diaspora/useDiaspora';
import { useT } from './i18n/LanguageContext';
import { DetailsPanel } from './panels/DetailsPanel';
import { LoadError } from './panels/LoadError';
import { MapDescription } from './panels/MapDescription';
import { PanelLoading } from './panels/PanelLoading';
import { RankedList } from './panels/RankedList';
import { SummaryTable } from './panels/SummaryTable';
import { BASE_PATH } from './state/site';
import { STATIC_DATA } from './state/staticData';
import { useAtlasData } from './state/useAtlasData';
import { useViewState } from './state/useViewState';
import { municipalityName, useMapPicking } from './useMapPicking';
import { usePngLabels } from './usePngLabels';
import { useSearchNavigation } from './useSearchNavigation';

const loadMap = () => import('./map/AtlasMap');
const AtlasMap = dynamic(loadMap, { ssr: false });
// Panels of layers that are off on the first view: their code loads when they are first shown,
// each behind its own loading placeholder (see PanelLoading for why that matters).
// (next/dynamic wants its options written out as an object literal in each call.)
const UsPanel = dynamic(() => import('./diaspora/UsPanel').then((m) => m.UsPanel), { loading: PanelLoading });
const MxRemittancePanel = dynamic(() => import('./diaspora/MxRemittancePanel').then((m) => m.MxRemittancePanel), { loading: PanelLoading });
const CircuitsPanel = dynamic(() => import('./circuits/CircuitsPanel').then((m) => m.CircuitsPanel), { loading: PanelLoading });
const TransitionTable = dynamic(() => import('./panels/TransitionTable').then((m) => m.TransitionTable), { loading: PanelLoading });
const ChangesList = dynamic(() => import('./panels/ChangesList').then((m) => m.ChangesList), { loading: PanelLoading });

/** Link keys the selector found naming something the data does not have. */
const UNKNOWN_KEY = { state: 'e', selected: 'm', base: 'b', origin: 'o', destination: 'd' } as const;

export default function AtlasView() {
  const tr = useT();
  const { t } = tr;
  const [view, update] = useViewState();
  const [ignored, setIgnored] = useState<string[]>([]);
  // On a phone the panels are a sheet over the map; a selection raises it.
  const [sheetOpen, setSheetOpen] = useState(false);
  useEffect(() => setIgnored(parseViewState(window.location.search).ignored), []);
  // The map's code (MapLibre, deck.gl) is the largest download: start it with the data, not after.
  useEffect(() => void loadMap(), []);
  useEffect(() => {
    document.title = t('title');
  }, [t]);

  // A selection shows all three editions side by side; remittances per dwelling divide by 2010's and 2020's dwellings.
  const extra: Edition[] = [...(view.selected ? EDITIONS : []), ...(view.mxMeasure === 'remhh' ? DWELLING_EDITIONS : [])];
  const { loaded, editions, output, colors, pending, error, isLoading, retry } = useAtlasData(view, extra);
  const stateNames = useMemo(() => new Map(loaded?.states.map((s) => [s.id, s.name]) ?? []), [loaded]);
  // Place names: after the geometry, so they never delay the first map. They also name the
  // municipalities an edition lacks (created later) in tooltips and panels.
  const { data: placeNames } = useSWR(loaded ? 'labels' : null, () => loadLabels(BASE_PATH), STATIC_DATA);
  const fallbackNames = useMemo(() => new Map(placeNames?.labels.filter((l) => l.kind === 'municipality').map((l) => [l.id, l.name.es]) ?? []), [placeNames]);
  const name = useCallback((id: string) => municipalityName(id, output, editions, fallbackNames), [output, editions, fallbackNames]);
  const municipalityNames = useMemo(() => new Map(loaded?.municipalIds.map((id) => [id, name(id)]) ?? []), [loaded, name]);

  const [flyTo, setFlyTo] = useState<{ bbox: Bbox; nonce: number } | null>(null);
  const fly = useCallback((bbox: Bbox) => setFlyTo((previous) => ({ bbox, nonce: (previous?.nonce ?? 0) + 1 })), []);
  const [highlightedUs, setHighlightedUs] = useState<string | null>(null);
  // Hovering a US state on the map marks its row in the ranked list (and the row marks the state).
  const hoverUsState = useCallback(
    (picked: { object: unknown; layerId: string } | null) =>
      setHighlightedUs(picked && (picked.layerId === 'us-states' || picked.layerId === 'us-selection') ? (picked.object as { properties: { fips: string } }).properties.fips : null),
    [],
  );
  const { diaspora, usFeatures, error: diasporaError, isLoading: diasporaLoading, retry: retryDiaspora } = useDiaspora(loaded?.states, editions, view);
  const mapDiaspora = useMemo(() => (diaspora && usFeatures ? { view: diaspora, usFeatures, highlightedUs } : null), [diaspora, usFeatures, highlightedUs]);
  const [detail, setDetail] = useState(false);
  const [searchFocused, setSearchFocused] = useState(false);
  const { circuits, asset: circuitsAsset, error: circuitsError, retry: retryCircuits } = useCircuits(loaded, view, detail, searchFocused);
  const { searchIndex, choose } = useSearchNavigation({ loaded, edition: output?.edition, circuitsAsset, usFeatures, view, update, fly });
  const regionOfState = useMemo(() => {
    if (!circuitsAsset || (view.mxMeasure !== 'regc' && view.mxMeasure !== 'regdm')) return null;
    const scheme = view.mxMeasure === 'regdm' ? 'durandMassey' : 'conapo';
    return new Map(circuitsAsset.states.map((s, i) => [s, circuitsAsset.stateRegion[scheme][i]]));
  }, [circuitsAsset, view.mxMeasure]);
  const mapCircuits = useMemo(() => ({ circuits, regionOfState }), [circuits, regionOfState]);
  const { describe, onSelect, arcLabel } = useMapPicking(loaded, output, editions, fallbackNames, diaspora, circuits, update, () => setSheetOpen(true));
  const png = usePngLabels(view, output, diaspora);

  const unknown = [...ignored, ...(output?.unknown.map((k) => UNKNOWN_KEY[k]) ?? []), ...(circuits?.unknown.map((k) => UNKNOWN_KEY[k]) ?? [])];
  const comparison = output?.comparison ?? null;
  const scope = output?.focusState?.name ?? t('allStates');
  const cellNote = comparison?.cell ? t('cellChosen', { fromDegree: tr.degreeName(comparison.cell.from), from: comparison.earlier.edition, toDegree: tr.degreeName(comparison.cell.to), to: comparison.later.edition }) : null;
  return (
    <div className="app">
      <AppHeader
        subtitle={comparison ? t('subtitleCompare', { from: comparison.earlier.edition, to: comparison.later.edition }) : t('subtitle', { edition: output?.edition.edition ?? view.edition })}
        searchIndex={searchIndex} onChoose={choose} onSearchFocus={() => setSearchFocused(true)} onSwitchLanguage={() => update({ lang: tr.lang === 'es' ? 'en' : 'es' })} />
      {unknown.length > 0 && (
        <p className="notice link-notice" role="status">
          {t('unknownInLink', { keys: unknown.join(', ') })}
        </p>
      )}
      <main className="layout">
        <div className="map-pane">
          {loaded && output && colors ? (
            <AtlasMap
              loaded={loaded}
              colors={colors}
              focusState={output.focusState}
              selectedId={output.selected?.id ?? null}
              describe={describe}
              onSelect={onSelect}
              onHover={hoverUsState}
              diaspora={mapDiaspora}
              home={view.usMeasure || view.circuitsYear ? FOCUS.focusBoth : FOCUS.focusMexico}
              circuits={mapCircuits}
              detail={detail}
              onDetailChange={setDetail}
              label={t('mapLabel')}
              texts={{ unavailable: t('mapUnavailable'), contextLost: t('mapContextLost') }}
              png={png}
              flyTo={flyTo}
              names={{ labels: placeNames ?? null, lang: tr.lang, shown: view.labels, onToggle: () => update({ labels: !view.labels }), toggleText: t('placeNames') }}
              credit={t('sourceCredit')}
            />
          ) : (
            <div className="map map-placeholder" role="status">
              {error ? '' : t('loading')}
            </div>
          )}
          {output && (
            <MapDescription output={output} change={view.change} mxMeasure={view.mxMeasure} diaspora={diaspora} circuits={circuits ? { view: circuits, describeArc: arcLabel } : null} name={name} />
          )}
        </div>
        <aside className={`side${sheetOpen ? ' open' : ''}`} aria-label={t('panels')}>
          <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
            {sheetOpen ? t('hidePanels') : t('showPanels')}
          </button>
          {error ? <LoadError error={error} onRetry={retry} /> : null}
          {isLoading && <p className="hint">{t('loading')}</p>}
          {loaded && output && (
            <>
              <section className="panel filters" aria-label={t('filters')}>
                <StateFilter states={loaded.states} value={output.filter.state} onChange={(state) => update({ state })} />
                <EditionControl edition={view.edition} base={view.base} change={view.change} onChange={update} />
                {pending && !error && (
                  <p className="hint" role="status">
                    {t('editionLoading', { edition: view.edition })}
                  </p>
                )}
                {comparison && <ChangeLegend change={view.change} earlier={comparison.earlier.edition} later={comparison.later.edition} />}
                <DegreeLegend degrees={view.degrees} edition={output.edition.edition} onToggle={(d) => update({ degrees: toggleDegree(view.degrees, d) })} />
              </section>
              <LayerControls
                usMeasure={view.usMeasure}
                mxMeasure={view.mxMeasure}
                diaspora={diaspora}
                onUsMeasure={(usMeasure) => {
                  // Turning the US layer on shows both countries at once.
                  if (usMeasure && !view.usMeasure) fly(FOCUS.focusBoth);
                  update({ usMeasure });
                }}
                onMxMeasure={(mxMeasure) => update({ mxMeasure })}
                onYear={(year) => update({ year }, { history: 'replace' })}
                onFocus={fly}
                circuitsYear={view.circuitsYear}
                onCircuits={(circuitsYear) => {
                  if (circuitsYear && !view.circuitsYear) fly(FOCUS.focusBoth);
                  update({ circuitsYear });
                }}
              />
              {diasporaError ? <LoadError error={diasporaError} onRetry={retryDiaspora} /> : null}
              {diasporaLoading && <p className="hint">{t('loadingDiaspora')}</p>}
              {diaspora?.us && <UsPanel view={diaspora} highlighted={highlightedUs} onSelect={(usState) => update({ usState })} onHover={setHighlightedUs} />}
              {circuitsError ? <LoadError error={circuitsError} onRetry={retryCircuits} /> : null}
              {circuits && circuitsAsset && (
                <CircuitsPanel
                  view={circuits}
                  asset={circuitsAsset}
                  stateNames={stateNames}
                  municipalityNames={municipalityNames}
                  usStateNames={US_STATE_NAMES}
                  detail={detail}
                  onYear={(circuitsYear) => update({ circuitsYear })}
                  onOrigin={(origin) => update({ origin, destination: null })}
                  onDestination={(destination) => update({ destination, origin: null })}
                />
              )}
              {diaspora?.mx && <MxRemittancePanel view={diaspora} selectedState={output.filter.state} onSelect={(state) => update({ state })} />}
              <DetailsPanel
                selected={output.selected}
                editions={editions}
                edition={output.edition.edition}
                name={output.selected ? name(output.selected.id) : ''}
                filteredState={output.filter.state}
                onFilterToState={(state) => update({ state })}
                onClear={() => update({ selected: null })}
              />
              {comparison && <TransitionTable comparison={comparison} scope={scope} onCell={(cell) => update({ cell })} />}
              <SummaryTable summary={output.summary} focusState={output.focusState} edition={output.edition.edition} cellNote={cellNote} />
              {comparison && <ChangesList comparison={comparison} stateNames={stateNames} selectedId={output.selected?.id ?? null} onSelect={(id) => update({ selected: id })} />}
              <RankedList
                list={output.list}
                edition={output.edition.edition}
                stateNames={stateNames}
                byState={output.filter.state !== null}
                selectedId={output.selected?.id ?? null}
                onSelect={(id) => update({ selected: id })}
              />
            </>
          )}
        </aside>
      </main>
      <footer className="app-footer">
        <p>{t('sourceCredit')}</p>
      </footer>
    </div>
  );
}
