'use client';
/**
 * The dashboard root: picks the language (the link's, else the browser's) and provides
 * it; everything else is AtlasView.
 */
import { useEffect, useState } from 'react';
import type { Language } from '../geo/view-state';
import AtlasView from './AtlasView';
import { LanguageProvider } from './i18n/LanguageContext';
import { preferredLanguage } from './i18n/messages';
import { useViewState } from './state/useViewState';

export default function Atlas() {
  const [view] = useViewState();
  // The static page is prerendered in Spanish; the browser's language is read after hydration.
  const [browserLang, setBrowserLang] = useState<Language>('es');
  useEffect(() => setBrowserLang(preferredLanguage(navigator.languages)), []);
  const lang = view.lang ?? browserLang;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LanguageProvider lang={lang}>
      <AtlasView />
    </LanguageProvider>
  );
}
