import { describe, expect, it } from 'vitest';
import { basemapStyle, BASE_COLORS } from '../../geo/basemap-style';
import { DEGREE_COLORS, DEGREES, degreeFromSourceLabel, isDegree, rgbToHex } from '../../geo/degrees';
import { EDITIONS, PUBLISHED } from '../../geo/editions';

describe('degrees', () => {
  it('maps the source labels, trimmed, and nothing else (not even Object properties)', () => {
    expect(degreeFromSourceLabel(' Very low ')).toBe('muy-bajo');
    expect(degreeFromSourceLabel('Null')).toBe('nulo');
    for (const label of ['very high', 'Muy alto', 'toString', '__proto__', '']) expect(degreeFromSourceLabel(label)).toBeUndefined();
  });

  it('has published counts that add up to the published number of municipalities, in every edition', () => {
    // 162 + 330 + 392 + 593 + 873 + 93 = 2,443; 178 + 431 + 514 + 719 + 603 + 11 = 2,456; 137 + 341 + 432 + 686 + 861 + 12 = 2,469.
    expect(EDITIONS.map((e) => PUBLISHED[e].municipalities)).toEqual([2443, 2456, 2469]);
    for (const e of EDITIONS) expect(DEGREES.reduce((s, d) => s + PUBLISHED[e].degrees[d], 0), String(e)).toBe(PUBLISHED[e].municipalities);
  });

  it('recognises degree codes only', () => {
    expect(DEGREES.every(isDegree)).toBe(true);
    expect([' alto', 'Alto', 0, null, 'none'].some(isDegree)).toBe(false);
  });

  it('writes colours as #rrggbb', () => {
    expect(rgbToHex([0, 10, 255])).toBe('#000aff');
    expect(new Set(DEGREES.map((d) => rgbToHex(DEGREE_COLORS[d]))).size).toBe(6);
  });
});

describe('basemapStyle', () => {
  it('fills Mexico (ISO 484) apart from other land, over a water background', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const line = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiLineString' as const, coordinates: [] } };
    const style = basemapStyle({ countries: empty, countryBorders: line, usStateBorders: line });
    expect(style.layers.map((l) => l.id)).toEqual(['water', 'land', 'us-state-borders', 'country-borders']);
    expect(style.layers[1].paint).toEqual({ 'fill-color': ['case', ['==', ['get', 'iso'], '484'], BASE_COLORS.mexico, BASE_COLORS.land] });
    expect(style.sources.countries.data).toBe(empty);
  });
});
