/**
 * The shareable view state and its URL form: one module parses and serializes it.
 * Short readable keys, defaults omitted; parsing never throws — anything it cannot use
 * is dropped (or clamped, for numbers out of range) and reported in `ignored`, so the
 * page opens a valid view and can say quietly what it ignored. Keys are checked against the
 * lists known here (the 32 states, US FIPS codes, regions, editions); a well-formed key that
 * only the data can judge (a municipality, a consulate) is checked by the selectors, which
 * report it the same way once the data has loaded.
 *
 *   c=23.51,-102.1,6.2   camera: latitude, longitude, zoom (precision follows the zoom)
 *   e=32                 state filter (INEGI code)
 *   g=muy-alto,alto      degrees shown (omitted = all six; "none" = none)
 *   m=32056              selected municipality (CVEGEO of one of the 32 states)
 *   i=2010               edition of Conapo's index shown (omitted = 2000, what every older link showed)
 *   b=2000               compare: the earlier edition the shown one is compared with (omitted = no comparison)
 *   t=muy-alto.alto      compare: the transition cell chosen (degree in b . degree in i)
 *   cm=rem|emig|circ|ret compare: map the change of a component in percentage points (omitted = change of degree)
 *   u=pop|share|rem      US layer: Mexican-origin population, its share, remittances sent (omitted = off)
 *   x=rem|remhh|regc|regdm  Mexican layer: remittances received, per household, regions of
 *                        origin (Conapo's or Durand & Massey's) (omitted = intensity 2000)
 *   k=2011|2006          circuits layer (matrículas consulares) for that year (omitted = off)
 *   o=16 | 16053 | Tradicional   origin of the circuits: a state, a municipality or a region
 *   d=los_angeles | 06   destination of the circuits: a consulate or a US state (FIPS)
 *   y=2018               year of the US and remittance layers (omitted = the latest the layer has)
 *   s=06                 selected US state (FIPS of the 50 states, DC or Puerto Rico)
 *   lb=0                 place names off (omitted = on)
 *   lang=en              language (omitted = the browser's)
 *   v=1                  link format version (omitted = 1; older links are migrated here)
 */
import { CIRCUIT_YEARS, REGION_NAMES } from './circuits';
import { DEGREES, isDegree, type Degree } from './degrees';
import { DEFAULT_EDITION, EDITIONS, type Edition } from './editions';
import { STATE_IDS } from './types';
import { US_STATES } from './us-states';

export const VIEW_STATE_VERSION = 1;

export type Language = 'es' | 'en';
export const LANGUAGES: readonly Language[] = ['es', 'en'];

export interface Camera {
  lat: number;
  lon: number;
  zoom: number;
}

export const US_MEASURES = ['pop', 'share', 'rem'] as const;
export type UsMeasure = (typeof US_MEASURES)[number];
export const MX_MEASURES = ['rem', 'remhh', 'regc', 'regdm'] as const;
export type MxMeasure = (typeof MX_MEASURES)[number];
export const YEAR_LIMITS = [2000, 2030] as const;

/** The four components whose change (percentage points) the comparison map can show. */
export const CHANGE_MEASURES = ['rem', 'emig', 'circ', 'ret'] as const;
export type ChangeMeasure = (typeof CHANGE_MEASURES)[number];

/** A cell of the transition table: degree in the earlier edition → degree in the shown one. */
export interface TransitionCell {
  from: Degree;
  to: Degree;
}

export interface ViewState {
  camera: Camera | null;
  usMeasure: UsMeasure | null;
  mxMeasure: MxMeasure | null;
  year: number | null;
  usState: string | null;
  circuitsYear: number | null;
  origin: string | null;
  destination: string | null;
  state: string | null;
  degrees: readonly Degree[];
  selected: string | null;
  edition: Edition;
  base: Edition | null;
  cell: TransitionCell | null;
  change: ChangeMeasure | null;
  /** Place names drawn on the map. */
  labels: boolean;
  lang: Language | null;
}

export const DEFAULT_VIEW: ViewState = { camera: null, usMeasure: null, mxMeasure: null, year: null, usState: null, circuitsYear: null, origin: null, destination: null, state: null, degrees: DEGREES, selected: null, edition: DEFAULT_EDITION, base: null, cell: null, change: null, labels: true, lang: null };

export const CAMERA_LIMITS = { lat: [-85, 85], lon: [-180, 180], zoom: [0, 16] } as const;
const clamp = (n: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, n));

/** Decimal places that keep a link within about a pixel at this zoom (as maplibre's hash does). */
export function cameraPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function parseEdition(raw: string): Edition | null {
  return /^\d{4}$/.test(raw) && (EDITIONS as readonly number[]).includes(Number(raw)) ? (Number(raw) as Edition) : null;
}

/** A value too long to be a real link's is not worth parsing. */
const MAX_VALUE_LENGTH = 200;

const US_FIPS = new Set(US_STATES.map((s) => s.fips));
/** A CVEGEO of one of the 32 states; whether that municipality exists is the data's to say. */
const isMunicipalityKey = (raw: string) => /^\d{5}$/.test(raw) && STATE_IDS.includes(raw.slice(0, 2));

/** Each key's parse (null = not usable) and serialize (null = default, leave it out). */
export const viewKeys = {
  c: {
    parse: (raw: string): Camera | null => {
      const parts = raw.split(',');
      if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
      const [lat, lon, zoom] = parts.map(Number);
      return { lat: clamp(lat, CAMERA_LIMITS.lat), lon: clamp(lon, CAMERA_LIMITS.lon), zoom: clamp(zoom, CAMERA_LIMITS.zoom) };
    },
    serialize: (camera: Camera | null) => {
      if (!camera) return null;
      const digits = cameraPrecision(camera.zoom);
      const fixed = (n: number, d: number) => String(Number(n.toFixed(d)));
      return `${fixed(camera.lat, digits)},${fixed(camera.lon, digits)},${fixed(camera.zoom, 2)}`;
    },
  },
  e: {
    // A code without its leading zero ("1") reads as the state ("01"), as before.
    parse: (raw: string): string | null => (/^\d{1,2}$/.test(raw) && STATE_IDS.includes(raw.padStart(2, '0')) ? raw.padStart(2, '0') : null),
    serialize: (state: string | null) => state,
  },
  g: {
    parse: (raw: string): Degree[] | null => {
      if (raw === 'none') return [];
      const wanted = raw.split(',');
      if (wanted.some((d) => !(DEGREES as readonly string[]).includes(d))) return null;
      return DEGREES.filter((d) => wanted.includes(d));
    },
    serialize: (degrees: readonly Degree[]) =>
      degrees.length === DEGREES.length ? null : degrees.length === 0 ? 'none' : DEGREES.filter((d) => degrees.includes(d)).join(','),
  },
  m: {
    parse: (raw: string): string | null => (isMunicipalityKey(raw) ? raw : null),
    serialize: (id: string | null) => id,
  },
  u: {
    parse: (raw: string): UsMeasure | null => ((US_MEASURES as readonly string[]).includes(raw) ? (raw as UsMeasure) : null),
    serialize: (m: UsMeasure | null) => m,
  },
  x: {
    parse: (raw: string): MxMeasure | null => ((MX_MEASURES as readonly string[]).includes(raw) ? (raw as MxMeasure) : null),
    serialize: (m: MxMeasure | null) => m,
  },
  y: {
    parse: (raw: string): number | null => (/^\d{4}$/.test(raw) ? Math.min(YEAR_LIMITS[1], Math.max(YEAR_LIMITS[0], Number(raw))) : null),
    serialize: (year: number | null) => (year === null ? null : String(year)),
  },
  s: {
    parse: (raw: string): string | null => (US_FIPS.has(raw) ? raw : null),
    serialize: (fips: string | null) => fips,
  },
  k: {
    parse: (raw: string): number | null => ((CIRCUIT_YEARS as readonly number[]).includes(Number(raw)) && /^\d{4}$/.test(raw) ? Number(raw) : null),
    serialize: (year: number | null) => (year === null ? null : String(year)),
  },
  o: {
    parse: (raw: string): string | null => (STATE_IDS.includes(raw) || isMunicipalityKey(raw) || (REGION_NAMES as readonly string[]).includes(raw) ? raw : null),
    serialize: (origin: string | null) => origin,
  },
  d: {
    // A consulate key is SRE's lower-case words joined by "_" (as the data build requires).
    parse: (raw: string): string | null => (US_FIPS.has(raw) || /^[a-z]+(_[a-z]+)*$/.test(raw) ? raw : null),
    serialize: (destination: string | null) => destination,
  },
  i: {
    parse: (raw: string): Edition | null => parseEdition(raw),
    serialize: (edition: Edition) => (edition === DEFAULT_EDITION ? null : String(edition)),
  },
  b: {
    parse: (raw: string): Edition | null => parseEdition(raw),
    serialize: (edition: Edition | null) => (edition === null ? null : String(edition)),
  },
  t: {
    parse: (raw: string): TransitionCell | null => {
      const [from, to, ...rest] = raw.split('.');
      return rest.length === 0 && isDegree(from) && isDegree(to) ? { from, to } : null;
    },
    serialize: (cell: TransitionCell | null) => (cell === null ? null : `${cell.from}.${cell.to}`),
  },
  cm: {
    parse: (raw: string): ChangeMeasure | null => ((CHANGE_MEASURES as readonly string[]).includes(raw) ? (raw as ChangeMeasure) : null),
    serialize: (m: ChangeMeasure | null) => m,
  },
  lb: {
    parse: (raw: string): false | null => (raw === '0' ? false : null),
    serialize: (on: boolean) => (on ? null : '0'),
  },
  lang: {
    parse: (raw: string): Language | null => ((LANGUAGES as readonly string[]).includes(raw) ? (raw as Language) : null),
    serialize: (lang: Language | null) => lang,
  },
} as const;

type Key = keyof typeof viewKeys;
/** Serialization order: also the order keys appear in a link. */
export const VIEW_KEYS: readonly Key[] = ['c', 'i', 'b', 't', 'cm', 'u', 'x', 'y', 's', 'k', 'o', 'd', 'e', 'g', 'm', 'lb', 'lang'];
const FIELD: Record<Key, keyof ViewState> = {
  c: 'camera', i: 'edition', b: 'base', t: 'cell', cm: 'change', u: 'usMeasure', x: 'mxMeasure', y: 'year', s: 'usState',
  k: 'circuitsYear', o: 'origin', d: 'destination', e: 'state', g: 'degrees', m: 'selected', lb: 'labels', lang: 'lang',
};

/** Parses one raw value of a key, guarding length: the shared entry for nuqs and for parseViewState. */
export function parseKey<K extends Key>(key: K, raw: string): ReturnType<(typeof viewKeys)[K]['parse']> | null {
  if (raw.length > MAX_VALUE_LENGTH) return null;
  return viewKeys[key].parse(raw) as ReturnType<(typeof viewKeys)[K]['parse']>;
}

export function parseViewState(query: string | URLSearchParams): { view: ViewState; ignored: string[] } {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { view: { ...DEFAULT_VIEW }, ignored: ['?'] };
  }
  const view: ViewState = { ...DEFAULT_VIEW };
  const ignored: string[] = [];
  const version = params.get('v');
  if (version !== null && version !== String(VIEW_STATE_VERSION)) ignored.push('v');
  for (const key of VIEW_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = parseKey(key, raw);
    if (value === null) ignored.push(key);
    else (view as unknown as Record<string, unknown>)[FIELD[key]] = value;
  }
  return { view, ignored };
}

export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const serialize = viewKeys[key].serialize as (v: unknown) => string | null;
    const value = serialize(view[FIELD[key]]);
    if (value !== null) params.set(key, value);
  }
  return params.toString();
}
