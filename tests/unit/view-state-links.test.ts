// Links with a camera, the exact key list of a full view, and two property-based fuzzes, both
// built on what a link may name as the raw sources list it (tests/support/link-lists), not on
// the parser's own constants: every valid view survives a round trip exactly, and whatever the
// query string, parsing yields a view an independent validator accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraPrecision, DEFAULT_VIEW, parseViewState, serializeViewState, VIEW_KEYS, type ViewState } from '../../geo/view-state';
import { LISTS } from '../support/link-lists';

const full: ViewState = {
  camera: { lat: 23.4567, lon: -102.1234, zoom: 6.25 },
  usMeasure: 'share',
  mxMeasure: 'remhh',
  year: 2010,
  usState: '48',
  circuitsYear: 2011,
  origin: 'Tradicional',
  destination: 'los_angeles',
  state: '32',
  degrees: ['muy-alto', 'medio'],
  selected: '32026',
  edition: 2020,
  base: 2000,
  cell: { from: 'alto', to: 'muy-alto' },
  change: 'emig',
  labels: false,
  lang: 'es',
};

describe('camera and the full view', () => {
  it('serializes every key, in a fixed order, with precision following the zoom', () => {
    const query = serializeViewState(full);
    expect([...new URLSearchParams(query).keys()]).toEqual(['c', 'i', 'b', 't', 'cm', 'u', 'x', 'y', 's', 'k', 'o', 'd', 'e', 'g', 'm', 'lb', 'lang']);
    expect(query).toContain('i=2020&b=2000&t=alto.muy-alto&cm=emig&u=share&x=remhh&y=2010&s=48&k=2011&o=Tradicional&d=los_angeles&e=32');
    expect(new URLSearchParams(query).get('c')).toBe('23.457,-102.123,6.25');
    expect(VIEW_KEYS).toEqual(['c', 'i', 'b', 't', 'cm', 'u', 'x', 'y', 's', 'k', 'o', 'd', 'e', 'g', 'm', 'lb', 'lang']);
    expect(parseViewState(query)).toEqual({ view: { ...full, camera: { lat: 23.457, lon: -102.123, zoom: 6.25 } }, ignored: [] });
  });

  it('links stay short when zoomed out and precise when zoomed in', () => {
    expect(cameraPrecision(2)).toBeLessThan(cameraPrecision(12));
    const far = serializeViewState({ ...DEFAULT_VIEW, camera: { lat: 23.456789, lon: -102.123456, zoom: 1 } });
    const near = serializeViewState({ ...DEFAULT_VIEW, camera: { lat: 23.456789, lon: -102.123456, zoom: 14 } });
    expect(decodeURIComponent(far)).toBe('c=23.5,-102.1,1');
    expect(decodeURIComponent(near)).toBe('c=23.45679,-102.12346,14');
  });

  it('clamps a camera out of range instead of dropping it', () => {
    expect(parseViewState('c=99,-999,40').view.camera).toEqual({ lat: 85, lon: -180, zoom: 16 });
  });

  it('rejects cameras that are not three plain numbers', () => {
    for (const c of ['NaN,1,2', '1,2', '1,2,3,4', 'Infinity,0,1', '1e3,2,3', '', ',,']) {
      expect(parseViewState(`c=${encodeURIComponent(c)}`).ignored, c).toEqual(['c']);
    }
  });

  it('clamps a year out of range and drops unknown measures', () => {
    expect(parseViewState('y=1999&u=pop').view).toMatchObject({ year: 2000, usMeasure: 'pop' });
    expect(parseViewState('y=2099').view.year).toBe(2030);
    expect(parseViewState('u=gdp&x=iim&s=6').ignored).toEqual(['u', 'x', 's']);
    expect(parseViewState('k=2010&o=Atlantis&d=Los%20Angeles').ignored).toEqual(['k', 'o', 'd']);
  });

  it('reports an unknown link version but still opens the view', () => {
    expect(parseViewState('v=9&e=32')).toEqual({ view: { ...DEFAULT_VIEW, state: '32' }, ignored: ['v'] });
    expect(parseViewState('v=1&e=32').ignored).toEqual([]);
  });
});

/** Decimal places a camera keeps at a zoom, written out: about a pixel, as maplibre's hash (ln 2 per zoom level from 512 px / 360° / 0.5). */
const digitsAt = (zoom: number) => Math.max(0, Math.ceil((zoom * Math.log(2) + Math.log(512 / 360 / 0.5)) / Math.log(10)));

/** A camera already at its link precision: zoom in hundredths, latitude and longitude at digitsAt(zoom). */
const cameraArb = fc.integer({ min: 0, max: 100 * LISTS.camera.zoom }).chain((z) => {
  const zoom = z / 100;
  const scale = 10 ** digitsAt(zoom);
  const coordinate = (limit: number) => fc.integer({ min: -limit * scale, max: limit * scale }).map((n) => n / scale + 0); // + 0: no -0
  return fc.record({ lat: coordinate(LISTS.camera.lat), lon: coordinate(LISTS.camera.lon), zoom: fc.constant(zoom) });
});

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const edition = fc.constantFrom(...LISTS.editions) as fc.Arbitrary<ViewState['edition']>;
const degree = fc.constantFrom(...LISTS.degrees) as fc.Arbitrary<ViewState['degrees'][number]>;
/** The edition shown, and optionally an earlier one compared with it, a transition cell and a component. */
const editions = edition.chain((shown) => {
  const earlier = LISTS.editions.filter((e) => e < shown) as ViewState['edition'][];
  const comparison = earlier.length === 0 ? fc.constant(null) : option(fc.record({ base: fc.constantFrom(...earlier), cell: option(fc.record({ from: degree, to: degree })), change: option(fc.constantFrom(...LISTS.changeMeasures)) }));
  return comparison.map((c) => ({ edition: shown, base: c?.base ?? null, cell: c?.cell ?? null, change: (c?.change ?? null) as ViewState['change'] }));
});

/** Every valid view: each field one of the listed values (or absent). */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    camera: option(cameraArb),
    usMeasure: option(fc.constantFrom(...LISTS.usMeasures)),
    mxMeasure: option(fc.constantFrom(...LISTS.mxMeasures)),
    year: option(fc.integer({ min: LISTS.years.min, max: LISTS.years.max })),
    usState: option(fc.constantFrom(...LISTS.usFips)),
    circuitsYear: option(fc.constantFrom(...LISTS.circuitYears)),
    origin: option(fc.oneof(fc.constantFrom(...LISTS.states), fc.constantFrom(...LISTS.municipalities), fc.constantFrom(...LISTS.regions))),
    destination: option(fc.oneof(fc.constantFrom(...LISTS.consulates), fc.constantFrom(...LISTS.usFips))),
    state: option(fc.constantFrom(...LISTS.states)),
    // Conapo's order: the link keeps the degrees in it.
    degrees: fc.subarray([...LISTS.degrees]),
    selected: option(fc.constantFrom(...LISTS.municipalities)),
    editions,
    labels: fc.boolean(),
    lang: option(fc.constantFrom(...LISTS.languages)),
  })
  .map(({ editions: e, ...rest }) => ({ ...rest, ...e }) as ViewState);

describe('valid views (property-based)', () => {
  it('the lists are the real ones', () => {
    expect([LISTS.states.length, LISTS.municipalities.length, LISTS.consulates.length, LISTS.usFips.length, LISTS.regions.length]).toEqual([32, 2469, 50, 52, 8]);
    expect(LISTS.circuitYears).toEqual([2006, 2011]);
  });

  it('every valid view reads back exactly from its link, with nothing ignored', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(parseViewState(serializeViewState(view))).toEqual({ view, ignored: [] });
      }),
      { numRuns: 5000 },
    );
  }, 60_000);
});

/** Why `view` is not a view the page can show (empty: it is), judged from the lists alone. */
function problems(view: ViewState): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => ok || out.push(what);
  const among = (value: unknown, list: readonly unknown[]) => list.includes(value);
  const digits = (s: string) => [...s].every((c) => c >= '0' && c <= '9');
  // Only the data can say whether a municipality or a consulate exists: here, its form.
  const municipalityKey = (s: string) => s.length === 5 && digits(s) && among(s.slice(0, 2), LISTS.states);
  const consulateKey = (s: string) => s.split('_').every((w) => w.length > 0 && [...w].every((c) => c >= 'a' && c <= 'z'));
  const within = (n: number, limit: number) => Number.isFinite(n) && n >= -limit && n <= limit;
  const c = view.camera;
  check(c === null || (within(c.lat, LISTS.camera.lat) && within(c.lon, LISTS.camera.lon) && within(c.zoom, LISTS.camera.zoom) && c.zoom >= 0 && Object.keys(c).length === 3), 'camera');
  check(view.usMeasure === null || among(view.usMeasure, LISTS.usMeasures), 'usMeasure');
  check(view.mxMeasure === null || among(view.mxMeasure, LISTS.mxMeasures), 'mxMeasure');
  check(view.year === null || (Number.isInteger(view.year) && view.year >= LISTS.years.min && view.year <= LISTS.years.max), 'year');
  check(view.usState === null || among(view.usState, LISTS.usFips), 'usState');
  check(view.circuitsYear === null || among(view.circuitsYear, LISTS.circuitYears), 'circuitsYear');
  check(view.origin === null || among(view.origin, LISTS.states) || among(view.origin, LISTS.regions) || municipalityKey(view.origin), 'origin');
  check(view.destination === null || among(view.destination, LISTS.usFips) || consulateKey(view.destination), 'destination');
  check(view.state === null || among(view.state, LISTS.states), 'state');
  check(view.degrees.join() === LISTS.degrees.filter((d) => view.degrees.includes(d as never)).join(), 'degrees');
  check(view.selected === null || municipalityKey(view.selected), 'selected');
  check(among(view.edition, LISTS.editions), 'edition');
  check(view.base === null || among(view.base, LISTS.editions), 'base');
  check(view.cell === null || (among(view.cell.from, LISTS.degrees) && among(view.cell.to, LISTS.degrees) && Object.keys(view.cell).length === 2), 'cell');
  check(view.change === null || among(view.change, LISTS.changeMeasures), 'change');
  check(view.labels === true || view.labels === false, 'labels');
  check(view.lang === null || among(view.lang, LISTS.languages), 'lang');
  const fields = ['camera', 'usMeasure', 'mxMeasure', 'year', 'usState', 'circuitsYear', 'origin', 'destination', 'state', 'degrees', 'selected', 'edition', 'base', 'cell', 'change', 'labels', 'lang'];
  check(Object.keys(view).sort().join() === fields.sort().join(), 'fields');
  return out;
}

describe('hostile links (property-based fuzz)', () => {
  const linkKeys = ['c', 'i', 'b', 't', 'cm', 'u', 'x', 'y', 's', 'k', 'o', 'd', 'e', 'g', 'm', 'lb', 'lang', 'v'];
  const key = fc.constantFrom(...linkKeys, '', 'C', 'e[]', '__proto__', 'constructor');
  // Near misses of real values sit next to the real ones, so the parser's every branch is exercised.
  const nearly = fc.constantFrom('0', '00', '1', '32', '33', '99', '06', '00001', '32999', '33001', '99999', '01001', 'Tradicional', 'tradicional', 'Atlantis', 'los_angeles', 'Los_Angeles', 'los angeles', '_x', 'x_', 'a__b', '1999', '2000', '2006', '2010', '2020', '2031', 'muy-alto.alto', 'alto.', 'pop', 'rem', 'regdm', 'es', 'EN');
  const nasty = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-0', '<script>alert(1)</script>', '%', '%E0%A4%A', '\u0000', '🇲🇽', 'none', 'muy-alto,,alto', '32056'),
    nearly,
    fc.constantFrom(...LISTS.municipalities, ...LISTS.consulates),
    fc.double().map(String),
    fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
    fc.integer({ min: 0, max: 120_000 }).map((n) => 'x'.repeat(n)),
  );
  const query = fc.array(fc.tuple(key, nasty), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
  const raw = fc.oneof(query, fc.string({ unit: 'binary', maxLength: 300 }));

  it('never throws and always returns a view the lists accept, for 10,000 generated query strings', () => {
    fc.assert(
      fc.property(raw, (q) => {
        const { view, ignored } = parseViewState(q);
        expect(problems(view)).toEqual([]);
        expect(ignored.every((k) => linkKeys.includes(k) || k === '?')).toBe(true);
        // Whatever was read is a view its own link reproduces (the camera once rounded to that link's precision).
        const again = parseViewState(serializeViewState(view));
        expect(again.ignored).toEqual([]);
        expect({ ...again.view, camera: null }).toEqual({ ...view, camera: null });
        expect(serializeViewState(again.view)).toBe(serializeViewState(view));
      }),
      { numRuns: 10_000 },
    );
    // 10,000 cases take ~3 s alone; a shared 2-core machine under load needs more room.
  }, 60_000);

  it('the validator itself refuses what the page cannot show', () => {
    const ok: ViewState = { ...DEFAULT_VIEW };
    expect(problems(ok)).toEqual([]);
    expect(problems({ ...ok, usState: '99', origin: '99', selected: '33001', destination: 'Los Angeles', degrees: ['alto', 'muy-alto'], camera: { lat: 90, lon: 0, zoom: 1 } })).toEqual(['camera', 'usState', 'origin', 'destination', 'degrees', 'selected']);
  });

  it('uses the first of repeated keys, and survives a 100 KB value', () => {
    expect(parseViewState('e=14&e=32').view.state).toBe('14');
    expect(parseViewState(`m=${'1'.repeat(100_000)}&e=32`)).toEqual({ view: { ...DEFAULT_VIEW, state: '32' }, ignored: ['m'] });
  });
});
