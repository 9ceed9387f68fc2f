'use client';
import { useState } from 'react';
import type { SearchEntry } from '../geo/search';
import { SearchBox } from './controls/SearchBox';
import { ShareControls } from './controls/ShareControls';
import { useT } from './i18n/LanguageContext';

interface Props {
  /** What the map shows (the edition, or the comparison). */
  subtitle: string;
  searchIndex: SearchEntry[] | null;
  onChoose: (entry: SearchEntry) => void;
  onSwitchLanguage: () => void;
  /** The search box got focus: a chance to fetch what it can also find (consulates). */
  onSearchFocus?: () => void;
}

export function AppHeader({ subtitle, searchIndex, onChoose, onSwitchLanguage, onSearchFocus }: Props) {
  const { t, lang } = useT();
  // On a phone the search box folds into a button, so the header keeps to two lines.
  const [searching, setSearching] = useState(false);
  return (
    <header className={`app-header${searching ? ' searching' : ''}`}>
      <div className="app-title">
        <h1>{t('title')}</h1>
        <p className="subtitle">{subtitle}</p>
      </div>
      <button type="button" className="search-toggle" aria-expanded={searching} onClick={() => setSearching((s) => !s)}>
        {searching ? t('closeSearch') : t('search')}
      </button>
      {searchIndex && <SearchBox index={searchIndex} onChoose={(entry) => { setSearching(false); onChoose(entry); }} onFocus={onSearchFocus} autoFocus={searching} />}
      <ShareControls />
      <button type="button" className="lang-switch" lang={lang === 'es' ? 'en' : 'es'} onClick={onSwitchLanguage}>
        {t('switchLanguage')}
      </button>
    </header>
  );
}
