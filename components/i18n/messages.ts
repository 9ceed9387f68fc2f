import { DEGREE_NAMES_EN, DEGREE_NAMES_ES, type Degree } from '../../geo/degrees';
import type { Language } from '../../geo/view-state';
import { en } from './en';
import { es } from './es';

export type MessageKey = keyof typeof es;
export type Messages = Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Messages> = { es, en };

/** Locale for numbers: Mexican Spanish (1,234.5 in Mexico too) vs US English. */
const LOCALES: Record<Language, string> = { es: 'es-MX', en: 'en-US' };

export interface Translator {
  lang: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  degreeName: (degree: Degree) => string;
  integer: (n: number) => string;
  decimal: (n: number, digits: number) => string;
}

export function translator(lang: Language): Translator {
  const messages = CATALOGUES[lang];
  const integer = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  return {
    lang,
    t: (key, values) => messages[key].replace(/\{(\w+)\}/g, (_, name) => String(values?.[name] ?? `{${name}}`)),
    degreeName: (degree) => (lang === 'es' ? DEGREE_NAMES_ES : DEGREE_NAMES_EN)[degree],
    integer: (n) => integer.format(n),
    decimal: (n, digits) => {
      if (!decimals.has(digits)) decimals.set(digits, new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }));
      return decimals.get(digits)!.format(n);
    },
  };
}

/** The browser's preferred language if it is one we speak, else Spanish. */
export function preferredLanguage(languages: readonly string[] | undefined): Language {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === 'es' || base === 'en') return base;
  }
  return 'es';
}
