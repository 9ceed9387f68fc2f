'use client';
/**
 * i18n with use-intl (ICU messages, Intl number formats; works in a static export).
 * `useT` is the small surface the components use: messages, degree names and numbers
 * whose separators follow the language (es: 97.483.412 · 3,16; en: 97,483,412 · 3.16).
 */
import { useMemo, type ReactNode } from 'react';
import { IntlProvider, useFormatter, useLocale, useTranslations } from 'use-intl';
import type { Degree } from '../../geo/degrees';
import type { Language } from '../../geo/view-state';
import { CATALOGUES, type MessageKey } from './messages';

export function LanguageProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return (
    <IntlProvider locale={lang} messages={CATALOGUES[lang]} timeZone="America/Mexico_City">
      {children}
    </IntlProvider>
  );
}

export interface Translator {
  lang: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  degreeName: (degree: Degree) => string;
  integer: (n: number) => string;
  decimal: (n: number, digits: number) => string;
}

export function useT(): Translator {
  const translate = useTranslations();
  const format = useFormatter();
  const lang = useLocale() as Language;
  return useMemo(
    () => ({
      lang,
      t: (key, values) => translate(key, values),
      degreeName: (degree) => translate(`degrees.${degree}`),
      // Group every number of four digits or more, in both languages, so columns read alike.
      integer: (n) => format.number(n, { maximumFractionDigits: 0, useGrouping: 'always' }),
      decimal: (n, digits) => format.number(n, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' }),
    }),
    [translate, format, lang],
  );
}
