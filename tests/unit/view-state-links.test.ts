// Links with a camera, the exact key list of a full view, and a property-based fuzz:
// whatever the query string, parsing never throws and yields a valid view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { EDITIONS } from '../../geo/editions';
import { CAMERA_LIMITS, CHANGE_MEASURES, CIRCUIT_YEARS, REGION_NAMES, cameraPrecision, DEFAULT_VIEW, LANGUAGES, MX_MEASURES, parseViewState, serializeViewState, US_MEASURES, VIEW_KEYS, YEAR_LIMITS, type ViewState } from '../../geo/view-state';

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

  it('round-trips generated views exactly, up to the camera precision', () => {
    const viewArb = fc.record({
      camera: fc.option(
        fc.record({
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          zoom: fc.double({ min: 0, max: 16, noNaN: true }),
        }),
        { nil: null },
      ),
      usMeasure: fc.option(fc.constantFrom(...US_MEASURES), { nil: null }),
      mxMeasure: fc.option(fc.constantFrom(...MX_MEASURES), { nil: null }),
      year: fc.option(fc.integer({ min: YEAR_LIMITS[0], max: YEAR_LIMITS[1] }), { nil: null }),
      usState: fc.option(fc.stringMatching(/^\d{2}$/), { nil: null }),
      circuitsYear: fc.option(fc.constantFrom(...CIRCUIT_YEARS), { nil: null }),
      origin: fc.option(fc.oneof(fc.stringMatching(/^\d{2}$/), fc.stringMatching(/^\d{5}$/), fc.constantFrom(...REGION_NAMES)), { nil: null }),
      destination: fc.option(fc.oneof(fc.stringMatching(/^\d{2}$/), fc.stringMatching(/^[a-z][a-z_]{1,39}$/)), { nil: null }),
      state: fc.option(fc.integer({ min: 1, max: 32 }).map((n) => String(n).padStart(2, '0')), { nil: null }),
      degrees: fc.subarray([...DEGREES]),
      selected: fc.option(fc.stringMatching(/^\d{5}$/), { nil: null }),
      edition: fc.constantFrom(...EDITIONS),
      base: fc.option(fc.constantFrom(...EDITIONS), { nil: null }),
      cell: fc.option(fc.record({ from: fc.constantFrom(...DEGREES), to: fc.constantFrom(...DEGREES) }), { nil: null }),
      change: fc.option(fc.constantFrom(...CHANGE_MEASURES), { nil: null }),
      labels: fc.boolean(),
      lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        const query = serializeViewState(view);
        const { view: back, ignored } = parseViewState(query);
        expect(ignored).toEqual([]);
        // Once rounded by serialization, a view is a fixed point.
        expect(serializeViewState(back)).toBe(query);
        expect({ ...back, camera: null }).toEqual({ ...view, camera: null });
        if (view.camera) {
          const tolerance = 10 ** -cameraPrecision(view.camera.zoom);
          expect(Math.abs(back.camera!.lat - view.camera.lat)).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(back.camera!.lon - view.camera.lon)).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(back.camera!.zoom - view.camera.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        } else expect(back.camera).toBeNull();
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

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

/** True when `view` is something the page can show. */
function isValidView(view: ViewState): boolean {
  const c = view.camera;
  const cameraOk =
    c === null ||
    ([c.lat, c.lon, c.zoom].every(Number.isFinite) &&
      c.lat >= CAMERA_LIMITS.lat[0] && c.lat <= CAMERA_LIMITS.lat[1] &&
      c.lon >= CAMERA_LIMITS.lon[0] && c.lon <= CAMERA_LIMITS.lon[1] &&
      c.zoom >= CAMERA_LIMITS.zoom[0] && c.zoom <= CAMERA_LIMITS.zoom[1]);
  return (
    cameraOk &&
    (view.state === null || (/^\d{2}$/.test(view.state) && Number(view.state) >= 1 && Number(view.state) <= 32)) &&
    view.degrees.every((d) => DEGREES.includes(d)) &&
    new Set(view.degrees).size === view.degrees.length &&
    (view.selected === null || /^\d{5}$/.test(view.selected)) &&
    (view.lang === null || LANGUAGES.includes(view.lang)) &&
    (view.usMeasure === null || US_MEASURES.includes(view.usMeasure)) &&
    (view.mxMeasure === null || MX_MEASURES.includes(view.mxMeasure)) &&
    (view.year === null || (Number.isInteger(view.year) && view.year >= YEAR_LIMITS[0] && view.year <= YEAR_LIMITS[1])) &&
    (view.usState === null || /^\d{2}$/.test(view.usState)) &&
    (view.circuitsYear === null || CIRCUIT_YEARS.includes(view.circuitsYear as 2006)) &&
    (view.origin === null || /^\d{2}$|^\d{5}$/.test(view.origin) || REGION_NAMES.includes(view.origin as 'Norte')) &&
    (view.destination === null || /^\d{2}$|^[a-z][a-z_]{1,39}$/.test(view.destination))
  );
}

describe('hostile links (property-based fuzz)', () => {
  const key = fc.constantFrom('c', 'u', 'x', 'y', 's', 'k', 'o', 'd', 'e', 'g', 'm', 'lang', 'v', 'x', '', 'C', 'e[]', '__proto__', 'constructor');
  const nasty = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-0', '<script>alert(1)</script>', '%', '%E0%A4%A', '\u0000', '🇲🇽', 'none', 'muy-alto,,alto', '32056'),
    fc.double().map(String),
    fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
    fc.integer({ min: 0, max: 120_000 }).map((n) => 'x'.repeat(n)),
  );
  const query = fc.array(fc.tuple(key, nasty), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
  const raw = fc.oneof(query, fc.string({ unit: 'binary', maxLength: 300 }));

  it('never throws and always returns a valid view, for 10,000 generated query strings', () => {
    fc.assert(
      fc.property(raw, (q) => {
        const { view, ignored } = parseViewState(q);
        expect(isValidView(view)).toBe(true);
        expect(Array.isArray(ignored)).toBe(true);
        // Whatever was read serializes to a link that reads back the same.
        expect(parseViewState(serializeViewState(view)).view).toEqual(parseViewState(serializeViewState(view)).view);
      }),
      { numRuns: 10_000 },
    );
    // 10,000 cases take ~3 s alone; a shared 2-core machine under load needs more room.
  }, 60_000);

  it('uses the first of repeated keys, and survives a 100 KB value', () => {
    expect(parseViewState('e=14&e=32').view.state).toBe('14');
    expect(parseViewState(`m=${'1'.repeat(100_000)}&e=32`)).toEqual({ view: { ...DEFAULT_VIEW, state: '32' }, ignored: ['m'] });
  });
});
