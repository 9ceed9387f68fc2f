import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { topology as toTopology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { joinAtlas } from '../../data/boundaries';
import { DataBuildError } from '../../data/errors';
import type { CensusPopulation } from '../../data/inegi';
import { COUNTRY_NAMES, STATE_LABEL_NAMES } from '../../data/label-names';
import { buildLabels, type LabelInputs } from '../../data/labels';
import type { UsStatesTopology } from '../../geo/diaspora';
import { LABELS_FORMAT } from '../../geo/labels';
import { US_STATES } from '../../geo/us-states';
import { municipality, squaresTopology, thrown } from './fixtures';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

// The 2×2 squares: 01001 (-100…-99, 20…21), 01002 (-99…-98, 20…21), 02001 and 02002 above them.
const atlas = joinAtlas(squaresTopology(), new Map([['01', 'Aguascalientes'], ['02', 'Baja California']]), 'boundaries');

function census(over: Partial<CensusPopulation> = {}): CensusPopulation {
  return {
    byMunicipality: new Map([['01001', 500], ['01002', 1500], ['02001', 1500], ['02002', 50]]),
    nationalTotal: 3550,
    names: new Map([['01001', 'Llano, El'], ['01002', 'Asientos'], ['02001', 'Ensenada'], ['02002', 'Mexicali']]),
    ...over,
  };
}

const country = (iso: string, geometry: Geometry): Feature<Geometry, { iso: string }> => ({ type: 'Feature', properties: { iso }, geometry });
const COUNTRIES = [
  country('840', rect(-120, 32, -80, 45)),
  country('484', rect(-110, 15, -90, 30)),
  // France: a large part in Europe, outside the region, and a small one inside it.
  country('250', { type: 'MultiPolygon', coordinates: [rect(0, 43, 6, 49).coordinates, rect(-54, 3, -52, 5).coordinates] }),
  // Russia as world-atlas cuts it: one ring from 170° E across the antimeridian to 170° W, jumping from 179.9 to -180.
  country('643', { type: 'Polygon', coordinates: [[[170, 64], [179.9, 64], [-180, 64], [-170, 64], [-170, 68], [-180, 68], [179.9, 68], [170, 68], [170, 64]]] }),
];

/** 52 areas: 1° squares at 30° N; Texas a 3° square, Alaska a 2° square at 60° N plus a small island. */
function usTopology(): UsStatesTopology {
  const features: Feature<Geometry>[] = US_STATES.map((s, i) => {
    const x = -170 + 2 * i;
    if (s.fips === '48') return { type: 'Feature', id: s.fips, properties: {}, geometry: rect(x, 30, x + 3, 33) };
    if (s.fips === '02') return { type: 'Feature', id: s.fips, properties: {}, geometry: { type: 'MultiPolygon', coordinates: [rect(x, 50, x + 0.2, 50.2).coordinates, rect(x, 60, x + 2, 62).coordinates] } };
    return { type: 'Feature', id: s.fips, properties: {}, geometry: rect(x, 30, x + 1, 31) };
  });
  return toTopology({ states: { type: 'FeatureCollection', features } as FeatureCollection }) as unknown as UsStatesTopology;
}

const inputs = (over: Partial<LabelInputs> = {}): LabelInputs => ({
  atlas,
  census: census(),
  countries: COUNTRIES,
  region: [-180, 0, -50, 85],
  usStates: usTopology(),
  files: { census: 'census-2020.csv', boundaries: 'boundaries.json' },
  ...over,
});

describe('buildLabels', () => {
  const asset = buildLabels(inputs());

  it('lists municipalities most populous first, ties by id, with 2020 names turned right', () => {
    expect(asset.format).toBe(LABELS_FORMAT);
    expect(asset.municipalities.id).toEqual(['01002', '02001', '01001', '02002']);
    expect(asset.municipalities.population).toEqual([1500, 1500, 500, 50]);
    expect(asset.municipalities.name).toEqual(['Asientos', 'Ensenada', 'El Llano', 'Mexicali']);
  });

  it('puts each municipality\'s point mid-square: 1° wide, a little taller on a Mercator map', () => {
    const i = asset.municipalities.id.indexOf('01001');
    expect(asset.municipalities.lon[i]).toBeCloseTo(-99.5, 2);
    // Any height between y(20°) + 0.5 and y(21°) − 0.5 in Mercator units is as far from the edges: 20.467…20.534.
    expect(asset.municipalities.lat[i]).toBeGreaterThan(20.466);
    expect(asset.municipalities.lat[i]).toBeLessThan(20.535);
  });

  it('names states by their short form, adds up their 2020 population, and labels the merged outline', () => {
    expect(asset.states.id).toEqual(['01', '02']);
    expect(asset.states.nameEs).toEqual(['Aguascalientes', 'Baja California']);
    expect(asset.states.population).toEqual([2000, 1550]);
    // State 01 is the 2°×1° box (-100…-98, 20…21): wider than tall, so its point sits at
    // mid-height on a Mercator map, latitude 20.5008, anywhere 0.536 from the sides.
    expect(Math.abs(asset.states.lat[0] - 20.5008)).toBeLessThan(5e-4);
    expect(asset.states.lon[0]).toBeGreaterThan(-99.47);
    expect(asset.states.lon[0]).toBeLessThan(-98.53);
  });

  it('ranks countries by the area of the part labelled, inside the region', () => {
    expect(asset.countries.id).toEqual(['840', '484', '643', '250']);
    expect(asset.countries.rank).toEqual([1, 2, 3, 4]);
    expect(asset.countries.nameEs).toEqual(['Estados Unidos', 'México', 'Rusia', 'Guayana Francesa']);
    expect(asset.countries.nameEn).toEqual(['United States', 'Mexico', 'Russia', 'French Guiana']);
    const at = (iso: string) => [asset.countries.lon[asset.countries.id.indexOf(iso)], asset.countries.lat[asset.countries.id.indexOf(iso)]];
    // France: on its part in the region (-54…-52, 3…5), not in Europe.
    expect(at('250')[0]).toBeCloseTo(-53, 2);
    // Russia: on the part west of the antimeridian (-180…-170, 64…68), not across the map.
    expect(at('643')[0]).toBeGreaterThan(-180);
    expect(at('643')[0]).toBeLessThan(-170);
    expect(at('643')[1]).toBeGreaterThan(64);
    expect(at('643')[1]).toBeLessThan(68);
  });

  it('ranks the 52 US areas by the area of their largest polygon, names them in both languages', () => {
    expect(asset.usStates.id).toHaveLength(52);
    // Texas 3°×3° at 30° N, then Alaska's 2°×2° at 60° N (≈ 4 × cos 61° = 1.9 square degrees at the equator's scale), then the 1° squares by FIPS.
    expect(asset.usStates.id.slice(0, 4)).toEqual(['48', '02', '01', '04']);
    expect(asset.usStates.rank.slice(0, 3)).toEqual([1, 2, 3]);
    const alaska = asset.usStates.id.indexOf('02');
    expect(asset.usStates.lat[alaska]).toBeGreaterThan(60);
    const nm = asset.usStates.id.indexOf('35');
    expect([asset.usStates.nameEs[nm], asset.usStates.nameEn[nm]]).toEqual(['Nuevo México', 'New Mexico']);
  });

  it('stops on a base-map country without a name, naming it', () => {
    const e = thrown(() => buildLabels(inputs({ countries: [...COUNTRIES, country('999', rect(-60, 10, -59, 11))] }))) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.where).toBe('id 999');
    expect(e.fix).toContain('COUNTRY_NAMES');
  });

  it('stops when a polygon has no 2020 census row or name, or a census row has no polygon', () => {
    const noRow = census();
    noRow.byMunicipality.delete('02002');
    noRow.nationalTotal = 3500;
    expect((thrown(() => buildLabels(inputs({ census: noRow }))) as DataBuildError).where).toBe('key 02002');
    const noName = census({ names: new Map([['01001', ''], ['01002', 'Asientos'], ['02001', 'Ensenada'], ['02002', 'Mexicali']]) });
    expect((thrown(() => buildLabels(inputs({ census: noName }))) as DataBuildError).problem).toBe('municipality 01001 of the boundaries has no name in the 2020 census');
    const extra = census({ byMunicipality: new Map([...census().byMunicipality, ['03001', 10]]), nationalTotal: 3560 });
    expect((thrown(() => buildLabels(inputs({ census: extra }))) as DataBuildError).where).toBe('key 03001');
  });

  it('stops when the municipal rows do not add up to the file\'s national total', () => {
    const e = thrown(() => buildLabels(inputs({ census: census({ nationalTotal: 3551 }) }))) as DataBuildError;
    expect(e.problem).toBe("municipal rows add up to 3550, the file's national total row says 3551");
  });
});

describe('label name tables', () => {
  it('has a short name for each of the 32 states, all distinct, in both languages', () => {
    const ids = Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(Object.keys(STATE_LABEL_NAMES).sort()).toEqual(ids);
    expect(new Set(Object.values(STATE_LABEL_NAMES).map((n) => n.es)).size).toBe(32);
  });

  it('uses the common short forms, and English names only where English readers have their own', () => {
    const es = (id: string) => STATE_LABEL_NAMES[id].es;
    expect([es('05'), es('16'), es('30'), es('09'), es('15'), es('19'), es('22')]).toEqual(['Coahuila', 'Michoacán', 'Veracruz', 'Ciudad de México', 'Estado de México', 'Nuevo León', 'Querétaro']);
    const different = Object.entries(STATE_LABEL_NAMES).filter(([, n]) => n.en !== n.es).sort(([a], [b]) => a.localeCompare(b));
    expect(different).toEqual([['09', { es: 'Ciudad de México', en: 'Mexico City' }], ['15', { es: 'Estado de México', en: 'State of Mexico' }]]);
  });

  it('names the main countries of the region in Spanish and English', () => {
    expect(COUNTRY_NAMES['484']).toEqual({ es: 'México', en: 'Mexico' });
    expect(COUNTRY_NAMES['840']).toEqual({ es: 'Estados Unidos', en: 'United States' });
    expect(COUNTRY_NAMES['124']).toEqual({ es: 'Canadá', en: 'Canada' });
    expect(COUNTRY_NAMES['084']).toEqual({ es: 'Belice', en: 'Belize' });
    expect(COUNTRY_NAMES['591']).toEqual({ es: 'Panamá', en: 'Panama' });
    expect(Object.keys(COUNTRY_NAMES).every((k) => /^\d{3}$/.test(k))).toBe(true);
  });
});
