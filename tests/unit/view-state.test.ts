import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from '../../geo/view-state';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('serializeViewState / parseViewState', () => {
  const cases: [ViewState, string][] = [
    [DEFAULT_VIEW, ''],
    [view({ state: '32', degrees: ['muy-alto', 'alto'], selected: '32056', lang: 'en' }), 'e=32&g=muy-alto%2Calto&m=32056&lang=en'],
    [view({ state: '01' }), 'e=01'],
    [view({ degrees: [] }), 'g=none'],
    [view({ degrees: ['nulo'], lang: 'es' }), 'g=nulo&lang=es'],
    [view({ selected: '09015' }), 'm=09015'],
  ];
  it.each(cases)('writes %j as "%s" and reads it back', (state, query) => {
    expect(serializeViewState(state)).toBe(query);
    expect(parseViewState(query)).toEqual({ view: state, ignored: [] });
  });

  it("writes degrees in Conapo's order whatever their order in the state", () => {
    expect(serializeViewState(view({ degrees: ['nulo', 'alto'] }))).toBe('g=alto%2Cnulo');
  });

  it('reads unencoded commas, a leading "?", unpadded state codes and any degree order', () => {
    expect(parseViewState('?e=5&g=nulo,muy-alto').view).toEqual(view({ state: '05', degrees: ['muy-alto', 'nulo'] }));
  });

  it('reads a URLSearchParams as well as a string', () => {
    expect(parseViewState(new URLSearchParams({ m: '14039' })).view.selected).toBe('14039');
  });

  it('reads all six degrees listed explicitly as the default', () => {
    expect(serializeViewState(parseViewState(`g=${DEGREES.join(',')}`).view)).toBe('');
  });

  it('g=none means no degree at all', () => {
    expect(parseViewState('g=none')).toEqual({ view: view({ degrees: [] }), ignored: [] });
  });
});

describe('parseViewState with bad input', () => {
  it.each([
    ['e=99', 'e'],
    ['e=0', 'e'],
    ['e=abc', 'e'],
    ['e=', 'e'],
    ['e=1.5', 'e'],
    ['m=123', 'm'],
    ['m=3205a', 'm'],
    ['g=foo', 'g'],
    ['g=', 'g'],
    ['lang=fr', 'lang'],
  ])('drops %s and reports it', (query, key) => {
    expect(parseViewState(query)).toEqual({ view: DEFAULT_VIEW, ignored: [key] });
  });

  it('keeps the usable keys next to the ignored ones', () => {
    expect(parseViewState('e=99&g=alto&m=123&lang=en&zoom=4')).toEqual({ view: view({ degrees: ['alto'], lang: 'en' }), ignored: ['e', 'm'] });
  });

  it('never throws, and always returns a usable view that round-trips, for hostile input', () => {
    const pieces = ['e=', 'g=', 'm=', 'lang=', '%', '%%', '%E0%A4%A', '%ZZ', '&', '=', '#', '?', ',', 'none', 'alto', '32', '01001', '\u{1F600}', '\uD800', 'ñ', '\0', '+', ' '];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 400; i++) {
      let query = '';
      for (let j = 0, n = 1 + next(12); j < n; j++) query += pieces[next(pieces.length)];
      if (i % 50 === 0) query += 'g=' + 'alto,'.repeat(10_000) + '&m=' + '1'.repeat(100_000);
      const { view: v, ignored } = parseViewState(query);
      expect(v.state === null || /^(0[1-9]|[12]\d|3[0-2])$/.test(v.state)).toBe(true);
      expect(v.selected === null || /^\d{5}$/.test(v.selected)).toBe(true);
      expect(v.degrees.every((d) => DEGREES.includes(d))).toBe(true);
      expect([null, 'es', 'en']).toContain(v.lang);
      expect(ignored.every((k) => ['e', 'g', 'm', 'lang'].includes(k))).toBe(true);
      expect(parseViewState(serializeViewState(v))).toEqual({ view: v, ignored: [] });
    }
  });
});
