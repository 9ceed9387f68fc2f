'use client';
/**
 * The dashboard: loads the data, reads the view state from the URL, runs the one
 * selector, and hands its output to the map and the panels.
 */
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useSWR from 'swr';
import { DEGREES, DEGREE_COLORS, NO_DATA_COLOR, rgbToHex } from '../geo/degrees';
import { toggleDegree } from '../geo/filters';
import { buildSearchIndex, type SearchEntry } from '../geo/search';
import { loadAtlas, type MunicipalFeature } from '../geo/load-atlas';
import { selectView } from '../geo/select-view';
import { parseViewState } from '../geo/view-state';
import { DegreeLegend } from './controls/DegreeLegend';
import { SearchBox } from './controls/SearchBox';
import { ShareControls } from './controls/ShareControls';
import { StateFilter } from './controls/StateFilter';
import { LanguageContext } from './i18n/LanguageContext';
import { preferredLanguage, translator } from './i18n/messages';
import { DetailsPanel } from './panels/DetailsPanel';
import { RankedList } from './panels/RankedList';
import { SummaryTable } from './panels/SummaryTable';
import { useViewState } from './state/useViewState';

const AtlasMap = dynamic(() => import('./map/AtlasMap'), { ssr: false });

const STATIC = { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false, shouldRetryOnError: false };

export default function Atlas() {
  const [view, update] = useViewState();
  const [browserLang, setBrowserLang] = useState<'es' | 'en'>('es');
  const [ignored, setIgnored] = useState<string[]>([]);
  useEffect(() => {
    setBrowserLang(preferredLanguage(navigator.languages));
    setIgnored(parseViewState(window.location.search).ignored);
  }, []);
  const tr = useMemo(() => translator(view.lang ?? browserLang), [view.lang, browserLang]);
  const { t } = tr;
  useEffect(() => {
    document.documentElement.lang = tr.lang;
    document.title = t('title');
  }, [tr, t]);

  const { data: loaded, error, isLoading, mutate } = useSWR('atlas', () => loadAtlas(), STATIC);
  const output = useMemo(() => (loaded ? selectView(loaded.data, view) : null), [loaded, view]);
  const searchIndex = useMemo(() => (loaded ? buildSearchIndex(loaded.data.municipalities, loaded.data.states) : []), [loaded]);
  // Choosing a search result selects it and flies to its state.
  const choose = useCallback(
    (entry: SearchEntry) => update(entry.kind === 'state' ? { state: entry.id } : { state: entry.id.slice(0, 2), selected: entry.id }),
    [update],
  );
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
  const stateNames = useMemo(() => new Map(loaded?.data.states.map((s) => [s.id, s.name]) ?? []), [loaded]);

  const describe = useCallback(
    (f: MunicipalFeature) => {
      const m = loaded?.data.municipalities[f.properties.row];
      const stateName = stateNames.get(f.properties.id.slice(0, 2)) ?? '';
      if (!m) return `${f.properties.id}, ${stateName}\n${t('noDataClass')}`;
      return `${m.name}, ${stateName}\n${tr.degreeName(m.degree)}\n${t('tooltipHint')}`;
    },
    [loaded, stateNames, t, tr],
  );
  // A click on the map selects the municipality and focuses its state (drill-down).
  const selectFromMap = useCallback(
    (f: MunicipalFeature) => update({ state: f.properties.id.slice(0, 2), ...(f.properties.row >= 0 ? { selected: f.properties.id } : {}) }),
    [update],
  );

  const unknown = [...ignored, ...(output?.unknown.map((k) => (k === 'state' ? 'e' : 'm')) ?? [])];
  return (
    <LanguageContext.Provider value={tr}>
      <div className="app">
        <header className="app-header">
          <div>
            <h1>{t('title')}</h1>
            <p className="subtitle">{t('subtitle')}</p>
          </div>
          {loaded && <SearchBox index={searchIndex} onChoose={choose} />}
          <ShareControls />
          <button type="button" className="lang-switch" lang={tr.lang === 'es' ? 'en' : 'es'} onClick={() => update({ lang: tr.lang === 'es' ? 'en' : 'es' })}>
            {t('switchLanguage')}
          </button>
        </header>
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
                onSelect={selectFromMap}
                label={t('mapLabel')}
                unavailableText={t('mapUnavailable')}
                png={png}
              />
            ) : (
              <div className="map map-placeholder" role="status">
                {error ? '' : t('loading')}
              </div>
            )}
          </div>
          <aside className="side">
            {error && (
              <div className="panel error" role="alert">
                <p>
                  {t('loadError')}: {String(error.message ?? error)}
                </p>
                <button type="button" onClick={() => mutate()}>
                  {t('retry')}
                </button>
              </div>
            )}
            {isLoading && <p className="hint">{t('loading')}</p>}
            {loaded && output && (
              <>
                <section className="panel filters" aria-label={t('filters')}>
                  <StateFilter states={loaded.data.states} value={output.filter.state} onChange={(state) => update({ state })} />
                  <DegreeLegend degrees={view.degrees} onToggle={(d) => update({ degrees: toggleDegree(view.degrees, d) })} />
                </section>
                <SummaryTable summary={output.summary} focusState={output.focusState} />
                <DetailsPanel
                  selected={output.selected}
                  filteredState={output.filter.state}
                  onFilterToState={(state) => update({ state })}
                  onClear={() => update({ selected: null })}
                />
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
    </LanguageContext.Provider>
  );
}
