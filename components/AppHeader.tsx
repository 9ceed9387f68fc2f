'use client';
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
  return (
    <header className="app-header">
      <div>
        <h1>{t('title')}</h1>
        <p className="subtitle">{subtitle}</p>
      </div>
      {searchIndex && <SearchBox index={searchIndex} onChoose={onChoose} onFocus={onSearchFocus} />}
      <ShareControls />
      <button type="button" className="lang-switch" lang={lang === 'es' ? 'en' : 'es'} onClick={onSwitchLanguage}>
        {t('switchLanguage')}
      </button>
    </header>
  );
}
