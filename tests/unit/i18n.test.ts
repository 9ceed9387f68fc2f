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
    // ICU arguments: "{name}" and "{name, select, a {…} other {…}}" (whose branch texts are not arguments).
    const placeholders = (s: string) => {
      const names: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const m = /^\{\s*(\w+)\s*(\}|,\s*(select|plural)\s*,)/.exec(s.slice(i));
        if (!m) continue;
        names.push(m[1]);
        if (m[2] === '}') continue;
        // Skip the branches: to the brace that closes this argument.
        let depth = 0;
        for (; i < s.length; i++) {
          if (s[i] === '{') depth++;
          else if (s[i] === '}' && --depth === 0) break;
        }
      }
      return names.sort();
    };
    expect(placeholders('{unit, select, households {Hogares} other {Viviendas}} de {from} a {to}')).toEqual(['from', 'to', 'unit']);
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
