import type { Language } from '../../geo/view-state';
import { en } from './en';
import { es } from './es';

/** The catalogue's shape, from the Spanish reference; English must match it key for key. */
export type Messages = { [K in keyof typeof es]: (typeof es)[K] extends string ? string : Record<keyof (typeof es)[K], string> };
export type MessageKey = { [K in keyof typeof es]: (typeof es)[K] extends string ? K : never }[keyof typeof es];

export const CATALOGUES: Record<Language, Messages> = { es, en };

/** The browser's preferred language if it is one we speak, else Spanish. */
export function preferredLanguage(languages: readonly string[] | undefined): Language {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === 'es' || base === 'en') return base;
  }
  return 'es';
}
