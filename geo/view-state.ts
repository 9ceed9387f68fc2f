/**
 * The shareable view state and its URL form: one module parses and serializes it.
 * Short readable keys, defaults omitted; parsing never throws — anything it cannot use
 * is dropped and reported in `ignored` so the page can say so quietly.
 *
 *   e=32            state filter (INEGI code)
 *   g=muy-alto,alto degrees shown (omitted = all six)
 *   m=32056         selected municipality (CVEGEO)
 *   lang=en         language (omitted = the browser's)
 */
import { DEGREES, type Degree } from './degrees';

export const VIEW_STATE_VERSION = 1;

export type Language = 'es' | 'en';
export const LANGUAGES: readonly Language[] = ['es', 'en'];

export interface ViewState {
  state: string | null;
  degrees: readonly Degree[];
  selected: string | null;
  lang: Language | null;
}

export const DEFAULT_VIEW: ViewState = { state: null, degrees: DEGREES, selected: null, lang: null };

/** Each key's parse (null = not usable) and serialize (null = default, leave it out). */
export const viewKeys = {
  e: {
    parse: (raw: string): string | null => {
      const n = Number(raw);
      return /^\d{1,2}$/.test(raw) && n >= 1 && n <= 32 ? String(n).padStart(2, '0') : null;
    },
    serialize: (state: string | null) => state,
  },
  g: {
    parse: (raw: string): Degree[] | null => {
      if (raw === '' || raw === 'none') return raw === 'none' ? [] : null;
      const wanted = new Set(raw.split(','));
      const known = DEGREES.filter((d) => wanted.has(d));
      return known.length === 0 ? null : known;
    },
    serialize: (degrees: readonly Degree[]) =>
      degrees.length === DEGREES.length ? null : degrees.length === 0 ? 'none' : DEGREES.filter((d) => degrees.includes(d)).join(','),
  },
  m: {
    parse: (raw: string): string | null => (/^\d{5}$/.test(raw) ? raw : null),
    serialize: (id: string | null) => id,
  },
  lang: {
    parse: (raw: string): Language | null => (LANGUAGES as readonly string[]).includes(raw) ? (raw as Language) : null,
    serialize: (lang: Language | null) => lang,
  },
} as const;

type Key = keyof typeof viewKeys;
const FIELD: Record<Key, keyof ViewState> = { e: 'state', g: 'degrees', m: 'selected', lang: 'lang' };

export function parseViewState(query: string | URLSearchParams): { view: ViewState; ignored: string[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const view: ViewState = { ...DEFAULT_VIEW };
  const ignored: string[] = [];
  for (const key of Object.keys(viewKeys) as Key[]) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = viewKeys[key].parse(raw.slice(0, 200));
    if (value === null) ignored.push(key);
    else (view as unknown as Record<string, unknown>)[FIELD[key]] = value;
  }
  return { view, ignored };
}

export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(viewKeys) as Key[]) {
    const serialize = viewKeys[key].serialize as (v: unknown) => string | null;
    const value = serialize(view[FIELD[key]]);
    if (value !== null) params.set(key, value);
  }
  return params.toString();
}
