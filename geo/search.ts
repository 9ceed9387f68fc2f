/**
 * Place search: finds municipalities and states by name, ignoring accents, case,
 * punctuation and Conapo's inverted names ("El Llano" finds "Llano, El").
 */
import type { Degree } from './degrees';
import type { MexicanState, Municipality } from './types';

export type SearchKind = 'municipality' | 'state' | 'usState' | 'consulate';

export interface SearchEntry {
  kind: SearchKind;
  /** CVEGEO (municipality), INEGI state code, US FIPS code or consulate key. */
  id: string;
  /** Name as the data writes it. */
  name: string;
  /** For municipalities, the state's name (homonyms abound: 13 "Benito Juárez"). */
  context: string | null;
  /** Normalised forms of the name that a query may match. */
  keys: string[];
  /** For municipalities, the degree in the edition shown. */
  degree?: Degree;
}

/** Lower case, no accents, no punctuation, single spaces: "Cosío" → "cosio". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Llano, El" → "El Llano"; "Trinidad García de la Cadena" is left as it is. */
export function uninvert(name: string): string {
  const m = /^(.+?),\s*(el|la|los|las|lo)$/i.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}

/** Other places to find: US states and consulates (names in both languages where they differ). */
export interface ExtraPlace {
  kind: 'usState' | 'consulate';
  id: string;
  names: string[];
  context: string | null;
}

export function buildSearchIndex(municipalities: Municipality[], states: MexicanState[], extra: ExtraPlace[] = []): SearchEntry[] {
  const stateName = new Map(states.map((s) => [s.id, s.name]));
  return [
    ...states.map((s) => ({ kind: 'state' as const, id: s.id, name: s.name, context: null, keys: [normalize(s.name)] })),
    ...municipalities.map((m) => ({
      kind: 'municipality' as const,
      id: m.id,
      name: m.name,
      context: stateName.get(m.state) ?? null,
      keys: [...new Set([normalize(m.name), normalize(uninvert(m.name))])],
      degree: m.degree,
    })),
    ...extra.map((p) => ({ kind: p.kind, id: p.id, name: p.names[0], context: p.context, keys: [...new Set(p.names.map(normalize))] })),
  ];
}

const KIND_ORDER: Record<SearchKind, number> = { state: 0, usState: 1, consulate: 2, municipality: 3 };

/** How well an entry matches: 0 exact, 1 prefix, 2 word prefix, 3 substring; null = no match. */
function score(entry: SearchEntry, q: string): number | null {
  let best: number | null = null;
  for (const key of entry.keys) {
    const s = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(` ${q}`) ? 2 : key.includes(q) ? 3 : null;
    if (s !== null && (best === null || s < best)) best = s;
  }
  return best;
}

/** Best matches first; at the same quality states, then US states, consulates, municipalities; then by name. */
export function search(index: SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = normalize(query);
  if (q.length === 0) return [];
  return index
    .map((entry) => ({ entry, s: score(entry, q) }))
    .filter((r): r is { entry: SearchEntry; s: number } => r.s !== null)
    .sort((a, b) => a.s - b.s || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.name.localeCompare(b.entry.name, 'es') || a.entry.id.localeCompare(b.entry.id))
    .slice(0, limit)
    .map((r) => r.entry);
}
