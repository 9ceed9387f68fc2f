import { describe, expect, it } from 'vitest';
import { CATALOGUES, preferredLanguage } from '../../components/i18n/messages';

/** Every key path of a nested catalogue, e.g. "degrees.muy-alto". */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('message catalogues', () => {
  it('Spanish and English have exactly the same keys', () => {
    expect(keyPaths(CATALOGUES.en).sort()).toEqual(keyPaths(CATALOGUES.es).sort());
  });

  it('no message is empty, and placeholders match across languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const flat = (c: object) => Object.fromEntries(keyPaths(c).map((k) => [k, k.split('.').reduce((o: any, p) => o[p], c) as string]));
    const es = flat(CATALOGUES.es);
    const en = flat(CATALOGUES.en);
    for (const key of Object.keys(es)) {
      expect(es[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('picks the browser language when we speak it, else Spanish', () => {
    expect(preferredLanguage(['en-GB', 'es'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'es-MX'])).toBe('es');
    expect(preferredLanguage(['de'])).toBe('es');
    expect(preferredLanguage(undefined)).toBe('es');
  });
});
