'use client';
/**
 * The dashboard: loads the data, reads the view state from the URL, runs the one
 * selector, and hands its output to the map and the panels.
 */
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useSWR from 'swr';
import { geometryBbox, type Bbox } from '../geo/bbox';
import { DEGREES, DEGREE_COLORS, NO_DATA_COLOR, rgbToHex } from '../geo/degrees';
import { toggleDegree } from '../geo/filters';
import { loadAtlas } from '../geo/load-atlas';
import { buildSearchIndex, type SearchEntry } from '../geo/search';
import { selectView } from '../geo/select-view';
import { US_STATE_NAMES, US_STATES } from '../geo/us-states';
import { parseViewState } from '../geo/view-state';
import { AppHeader } from './AppHeader';
import { DegreeLegend } from './controls/DegreeLegend';
import { FOCUS, LayerControls } from './diaspora/LayerControls';
import { MxRemittancePanel } from './diaspora/MxRemittancePanel';
import { useDiaspora } from './diaspora/useDiaspora';
import { UsPanel } from './diaspora/UsPanel';
import { StateFilter } from './controls/StateFilter';
import { useT } from './i18n/LanguageContext';
import { LoadError } from './panels/LoadError';
import { MapDescription } from './panels/MapDescription';
import { DetailsPanel } from './panels/DetailsPanel';
import { RankedList } from './panels/RankedList';
import { SummaryTable } from './panels/SummaryTable';
import { STATIC_DATA } from './state/staticData';
import { useViewState } from './state/useViewState';
import { useMapPicking } from './useMapPicking';
import { CircuitsPanel } from './circuits/CircuitsPanel';
import { useCircuits } from './circuits/useCircuits';

const AtlasMap = dynamic(() => import('./map/AtlasMap'), { ssr: false });

export default function AtlasView() {
  const tr = useT();
  const { t } = tr;
  const [view, update] = useViewState();
  const [ignored, setIgnored] = useState<string[]>([]);
  // On a phone the panels are a sheet over the map; a selection raises it.
  const [sheetOpen, setSheetOpen] = useState(false);
  useEffect(() => setIgnored(parseViewState(window.location.search).ignored), []);
  useEffect(() => {
    document.title = t('title');
  }, [t]);

  const { data: loaded, error, isLoading, mutate } = useSWR('atlas', () => loadAtlas(), STATIC_DATA);
  const output = useMemo(() => (loaded ? selectView(loaded.data, view) : null), [loaded, view]);
  const stateNames = useMemo(() => new Map(loaded?.data.states.map((s) => [s.id, s.name]) ?? []), [loaded]);
  const municipalityNames = useMemo(() => new Map(loaded?.data.municipalities.map((m) => [m.id, m.name]) ?? []), [loaded]);

  const [flyTo, setFlyTo] = useState<{ bbox: Bbox; nonce: number } | null>(null);
  const fly = useCallback((bbox: Bbox) => setFlyTo((previous) => ({ bbox, nonce: (previous?.nonce ?? 0) + 1 })), []);
  const [highlightedUs, setHighlightedUs] = useState<string | null>(null);
  // Hovering a US state on the map marks its row in the ranked list (and the row marks the state).
  const hoverUsState = useCallback(
    (picked: { object: unknown; layerId: string } | null) =>
      setHighlightedUs(picked && (picked.layerId === 'us-states' || picked.layerId === 'us-selection') ? (picked.object as { properties: { fips: string } }).properties.fips : null),
    [],
  );
  const { diaspora, usFeatures, error: diasporaError, isLoading: diasporaLoading, retry: retryDiaspora } = useDiaspora(loaded?.data, view);
  const mapDiaspora = useMemo(() => (diaspora && usFeatures ? { view: diaspora, usFeatures, highlightedUs } : null), [diaspora, usFeatures, highlightedUs]);
  const [detail, setDetail] = useState(false);
  const [searchFocused, setSearchFocused] = useState(false);
  const { circuits, asset: circuitsAsset, error: circuitsError, retry: retryCircuits } = useCircuits(loaded, view, detail, searchFocused);
  const searchIndex = useMemo(() => {
    if (!loaded) return null;
    const usStates = US_STATES.map((s) => ({ kind: 'usState' as const, id: s.fips, names: [s.name], context: null }));
    const consulates = (circuitsAsset?.consulates ?? []).map((c) => ({ kind: 'consulate' as const, id: c.key, names: [c.nameEs, c.nameEn], context: US_STATE_NAMES.get(c.usState) ?? null }));
    return buildSearchIndex(loaded.data.municipalities, loaded.data.states, [...usStates, ...consulates]);
  }, [loaded, circuitsAsset]);
  // A US state chosen in the search is flown to once its outline has loaded.
  const [pendingUsFly, setPendingUsFly] = useState<string | null>(null);
  useEffect(() => {
    const feature = pendingUsFly && usFeatures?.find((f) => f.properties.fips === pendingUsFly);
    if (!feature) return;
    // Alaska's Aleutians cross the antimeridian: its own box is the mainland's.
    const bbox = pendingUsFly === '02' ? FOCUS.focusAlaska : geometryBbox(feature.geometry);
    if (bbox) fly(bbox);
    setPendingUsFly(null);
  }, [pendingUsFly, usFeatures, fly]);
  // Choosing a search result filters to its state; a municipality is also selected and flown to.
  const choose = useCallback(
    (entry: SearchEntry) => {
      if (entry.kind === 'state') return update({ state: entry.id });
      if (entry.kind === 'usState') {
        update({ usMeasure: view.usMeasure ?? 'pop', usState: entry.id });
        return setPendingUsFly(entry.id);
      }
      if (entry.kind === 'consulate') {
        update({ circuitsYear: view.circuitsYear ?? 2011, destination: entry.id, origin: null });
        const c = circuitsAsset?.consulates.find((x) => x.key === entry.id);
        return c && fly([c.lon - 4, c.lat - 3, c.lon + 4, c.lat + 3]);
      }
      update({ state: entry.id.slice(0, 2), selected: entry.id });
      const feature = loaded?.municipalFeatures.find((f) => f.properties.id === entry.id);
      const bbox = feature && geometryBbox(feature.geometry);
      if (bbox) fly(bbox);
    },
    [update, loaded, fly, view.usMeasure, view.circuitsYear, circuitsAsset],
  );
  const regionOfState = useMemo(() => {
    if (!circuitsAsset || (view.mxMeasure !== 'regc' && view.mxMeasure !== 'regdm')) return null;
    const scheme = view.mxMeasure === 'regdm' ? 'durandMassey' : 'conapo';
    return new Map(circuitsAsset.states.map((s, i) => [s, circuitsAsset.stateRegion[scheme][i]]));
  }, [circuitsAsset, view.mxMeasure]);
  const mapCircuits = useMemo(() => ({ circuits, regionOfState }), [circuits, regionOfState]);
  const { describe, onSelect } = useMapPicking(loaded, diaspora, circuits, update, () => setSheetOpen(true));
  const png = useMemo(
    () => ({
      button: t('exportPng'),
      fileName: 'conapo-2000-map.png',
      title: t('title'),
      subtitle: `${t('subtitle')} — ${output?.focusState?.name ?? t('allStates')}`,
      credit: t('sourceCredit'),
      legend: [
        ...DEGREES.filter((d) => view.degrees.includes(d)).map((d) => ({ color: rgbToHex(DEGREE_COLORS[d]), label: tr.degreeName(d) })),
        { color: rgbToHex(NO_DATA_COLOR), label: t('noDataClass') },
      ],
    }),
    [t, tr, output?.focusState, view.degrees],
  );

  const unknown = [...ignored, ...(output?.unknown.map((k) => (k === 'state' ? 'e' : 'm')) ?? [])];
  return (
    <div className="app">
      <AppHeader searchIndex={searchIndex} onChoose={choose} onSearchFocus={() => setSearchFocused(true)} onSwitchLanguage={() => update({ lang: tr.lang === 'es' ? 'en' : 'es' })} />
      {unknown.length > 0 && (
        <p className="notice link-notice" role="status">
          {t('unknownInLink', { keys: unknown.join(', ') })}
        </p>
      )}
      <main className="layout">
        <div className="map-pane">
          {loaded && output ? (
            <AtlasMap
              loaded={loaded}
              filter={output.filter}
              focusState={output.focusState}
              selectedId={output.selected?.municipality.id ?? null}
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
            />
          ) : (
            <div className="map map-placeholder" role="status">
              {error ? '' : t('loading')}
            </div>
          )}
          {output && <MapDescription output={output} />}
        </div>
        <aside className={`side${sheetOpen ? ' open' : ''}`} aria-label={t('panels')}>
          <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
            {sheetOpen ? t('hidePanels') : t('showPanels')}
          </button>
          {error && <LoadError error={error} onRetry={() => mutate()} />}
          {isLoading && <p className="hint">{t('loading')}</p>}
          {loaded && output && (
            <>
              <section className="panel filters" aria-label={t('filters')}>
                <StateFilter states={loaded.data.states} value={output.filter.state} onChange={(state) => update({ state })} />
                <DegreeLegend degrees={view.degrees} onToggle={(d) => update({ degrees: toggleDegree(view.degrees, d) })} />
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
              {diasporaError && <LoadError error={diasporaError} onRetry={retryDiaspora} />}
              {diasporaLoading && <p className="hint">{t('loadingDiaspora')}</p>}
              {diaspora?.us && <UsPanel view={diaspora} highlighted={highlightedUs} onSelect={(usState) => update({ usState })} onHover={setHighlightedUs} />}
              {circuitsError && <LoadError error={circuitsError} onRetry={retryCircuits} />}
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
                filteredState={output.filter.state}
                onFilterToState={(state) => update({ state })}
                onClear={() => update({ selected: null })}
              />
              <SummaryTable summary={output.summary} focusState={output.focusState} />
              <RankedList
                list={output.list}
                ranks={loaded.data.ranks}
                stateNames={stateNames}
                byState={output.filter.state !== null}
                selectedId={output.selected?.municipality.id ?? null}
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
