'use client';
/**
 * The view state lives in the URL (nuqs): this hook is the one place that reads and
 * writes it. Deliberate changes (a state, a selection, a degree) add a history entry so
 * Back and Forward step through what the reader did.
 */
import { createParser, useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { DEGREES, type Degree } from '../../geo/degrees';
import { DEFAULT_EDITION, type Edition } from '../../geo/editions';
import { DEFAULT_VIEW, parseKey, viewKeys, type TransitionCell, type ViewState } from '../../geo/view-state';

const parsers = {
  e: createParser({ parse: (raw) => parseKey('e', raw), serialize: (v: string) => v }),
  g: createParser<Degree[]>({
    parse: (raw) => parseKey('g', raw),
    serialize: (d) => viewKeys.g.serialize(d) ?? DEGREES.join(','),
    eq: (a, b) => a.join() === b.join(),
  }).withDefault([...DEGREES]),
  m: createParser({ parse: (raw) => parseKey('m', raw), serialize: (v: string) => v }),
  lang: createParser({ parse: (raw) => parseKey('lang', raw), serialize: (v: string) => v }),
  u: createParser({ parse: (raw) => parseKey('u', raw), serialize: (v: string) => v }),
  x: createParser({ parse: (raw) => parseKey('x', raw), serialize: (v: string) => v }),
  y: createParser({ parse: (raw) => parseKey('y', raw), serialize: (v: number) => String(v) }),
  s: createParser({ parse: (raw) => parseKey('s', raw), serialize: (v: string) => v }),
  k: createParser({ parse: (raw) => parseKey('k', raw), serialize: (v: number) => String(v) }),
  o: createParser({ parse: (raw) => parseKey('o', raw), serialize: (v: string) => v }),
  d: createParser({ parse: (raw) => parseKey('d', raw), serialize: (v: string) => v }),
  i: createParser<Edition>({ parse: (raw) => parseKey('i', raw), serialize: (v) => String(v) }).withDefault(DEFAULT_EDITION),
  b: createParser<Edition>({ parse: (raw) => parseKey('b', raw), serialize: (v) => String(v) }),
  t: createParser<TransitionCell>({ parse: (raw) => parseKey('t', raw), serialize: (v) => viewKeys.t.serialize(v)!, eq: (a, b) => a.from === b.from && a.to === b.to }),
  cm: createParser({ parse: (raw) => parseKey('cm', raw), serialize: (v: string) => v }),
  lb: createParser<boolean>({ parse: (raw) => parseKey('lb', raw), serialize: (on) => (on ? '1' : '0') }).withDefault(true),
};

/** Everything but the camera, which useCamera keeps apart so camera moves do not re-render the panels. */
export type FilterView = Omit<ViewState, 'camera'>;

/**
 * `update(change)` adds a history entry; pass `{ history: 'replace' }` for steps that should
 * not (the year while the slider is dragged or played).
 */
export function useViewState(): [FilterView, (change: Partial<FilterView>, options?: { history: 'push' | 'replace' }) => void] {
  const [query, setQuery] = useQueryStates(parsers, { history: 'push', clearOnDefault: true });
  const view = useMemo<FilterView>(
    () => ({
      state: query.e ?? DEFAULT_VIEW.state,
      degrees: query.g,
      selected: query.m ?? null,
      lang: query.lang ?? null,
      usMeasure: query.u ?? null,
      mxMeasure: query.x ?? null,
      year: query.y ?? null,
      usState: query.s ?? null,
      circuitsYear: query.k ?? null,
      origin: query.o ?? null,
      destination: query.d ?? null,
      edition: query.i,
      base: query.b ?? null,
      cell: query.t ?? null,
      change: query.cm ?? null,
      labels: query.lb,
    }),
    [query.e, query.g, query.m, query.lang, query.u, query.x, query.y, query.s, query.k, query.o, query.d, query.i, query.b, query.t, query.cm, query.lb],
  );
  const update = useCallback(
    (change: Partial<FilterView>, options?: { history: 'push' | 'replace' }) => {
      const next: Partial<typeof query> = {};
      if ('state' in change) next.e = change.state ?? null;
      if ('degrees' in change) next.g = [...change.degrees!];
      if ('selected' in change) next.m = change.selected ?? null;
      if ('lang' in change) next.lang = change.lang ?? null;
      if ('usMeasure' in change) next.u = change.usMeasure ?? null;
      if ('mxMeasure' in change) next.x = change.mxMeasure ?? null;
      if ('year' in change) next.y = change.year ?? null;
      if ('usState' in change) next.s = change.usState ?? null;
      if ('circuitsYear' in change) next.k = change.circuitsYear ?? null;
      if ('origin' in change) next.o = change.origin ?? null;
      if ('destination' in change) next.d = change.destination ?? null;
      if ('edition' in change) next.i = change.edition!;
      if ('base' in change) next.b = change.base ?? null;
      if ('cell' in change) next.t = change.cell ?? null;
      if ('change' in change) next.cm = change.change ?? null;
      if ('labels' in change) next.lb = change.labels!;
      void setQuery(next, options);
    },
    [setQuery],
  );
  return [view, update];
}
