import { describe, expect, it } from 'vitest';
import { LABEL_SIZES, labelCandidates, labelPriority, municipalMinPopulation } from '../../geo/label-candidates';
import { placeLabels } from '../../geo/label-placement';
import type { MapLabel } from '../../geo/labels';

const label = (kind: MapLabel['kind'], id: string, es: string, en: string, over: Partial<MapLabel> = {}): MapLabel => ({ kind, id, lon: -100, lat: 20, name: { es, en }, population: null, rank: null, ...over });

const LABELS: MapLabel[] = [
  label('country', '484', 'México', 'Mexico', { rank: 3 }),
  label('state', '09', 'Ciudad de México', 'Mexico City', { population: 9_209_944 }),
  label('usState', '35', 'Nuevo México', 'New Mexico', { rank: 5 }),
  label('municipality', '02004', 'Tijuana', 'Tijuana', { population: 1_922_523 }),
  label('municipality', '14039', 'Guadalajara', 'Guadalajara', { population: 1_385_629 }),
  label('municipality', '01010', 'El Llano', 'El Llano', { population: 20_853 }),
];

const shown = (zoom: number, usStates = false) => labelCandidates(LABELS, { zoom, lang: 'es', usStates }).map((c) => c.id);

describe('municipalMinPopulation', () => {
  it('asks 2,000,000 at zoom 4, ten times fewer per whole zoom from 6 to 8, none from 9', () => {
    expect(municipalMinPopulation(3.99)).toBe(Infinity);
    expect(municipalMinPopulation(4)).toBe(2_000_000);
    expect(municipalMinPopulation(5)).toBe(500_000);
    expect(municipalMinPopulation(6)).toBe(100_000);
    expect(municipalMinPopulation(7)).toBe(10_000);
    expect(municipalMinPopulation(8)).toBe(1_000);
    expect(municipalMinPopulation(8.9)).toBe(1_000);
    expect(municipalMinPopulation(9)).toBe(0);
  });

  it('interpolates on a log scale: the geometric mean half-way', () => {
    expect(municipalMinPopulation(4.5)).toBe(1_000_000); // √(2,000,000 × 500,000)
    expect(municipalMinPopulation(6.5)).toBe(31_623); // √(100,000 × 10,000) = 31,622.8
  });
});

describe('labelCandidates', () => {
  it('names countries below zoom 5.5 and states from 3 to 8', () => {
    expect(shown(2.9)).toEqual(['country:484']);
    expect(shown(3)).toEqual(['country:484', 'state:09']);
    expect(shown(5.49)).toContain('country:484');
    expect(shown(5.5)).not.toContain('country:484');
    expect(shown(7.99)).toContain('state:09');
    expect(shown(8)).not.toContain('state:09');
  });

  it('names US states only when a US layer or the circuits are on', () => {
    expect(shown(4)).not.toContain('usState:35');
    expect(shown(4, true)).toContain('usState:35');
    expect(shown(2.9, true)).not.toContain('usState:35');
    expect(shown(8, true)).not.toContain('usState:35');
  });

  it('names only the largest municipalities zoomed out, all of them zoomed in', () => {
    expect(shown(3.9).filter((id) => id.startsWith('municipality'))).toEqual([]);
    // 4.5 asks 1,000,000: Tijuana and Guadalajara, not El Llano (20,853).
    expect(shown(4.5).filter((id) => id.startsWith('municipality'))).toEqual(['municipality:02004', 'municipality:14039']);
    // 4.2 asks 2,000,000 × 0.25^0.2 = 1,515,717: Tijuana only.
    expect(shown(4.2).filter((id) => id.startsWith('municipality'))).toEqual(['municipality:02004']);
    expect(shown(7).filter((id) => id.startsWith('municipality'))).toHaveLength(3);
  });

  it('writes names in the page\'s language, countries in capitals', () => {
    const text = (lang: 'es' | 'en') => labelCandidates(LABELS, { zoom: 4.5, lang, usStates: true }).map((c) => c.text);
    expect(text('es')).toEqual(['MÉXICO', 'Ciudad de México', 'Nuevo México', 'Tijuana', 'Guadalajara']);
    expect(text('en')).toEqual(['MEXICO', 'Mexico City', 'New Mexico', 'Tijuana', 'Guadalajara']);
  });

  it('carries the point, a size by kind and an id unique across kinds', () => {
    const [country, state, us, city] = labelCandidates(LABELS, { zoom: 4.5, lang: 'es', usStates: true });
    expect(country).toMatchObject({ id: 'country:484', kind: 'country', lon: -100, lat: 20, size: 14 });
    expect([state.size, us.size, city.size]).toEqual([13, 12, 11]);
    expect(LABEL_SIZES).toEqual({ country: 14, state: 13, usState: 12, municipality: 11, consulate: 11 });
  });
});

describe('labelPriority', () => {
  it('puts Mexican states over countries, countries over US states, states over municipalities; then rank or population', () => {
    const [country, state, us, tijuana, guadalajara] = LABELS.map(labelPriority);
    expect(state).toBe(4e9 + 9_209_944);
    expect(country).toBe(3e9 - 3);
    expect(us).toBe(2e9 - 5);
    expect(tijuana).toBe(1_922_523);
    expect(state > country && country > us && us > tijuana && tijuana > guadalajara).toBe(true);
  });

  it("makes a Mexican state's name win over the country's at the same place (the national view is Mexico)", () => {
    const at = labelCandidates(LABELS.slice(0, 2), { zoom: 4.5, lang: 'es', usStates: false }).map((c) => ({ ...c, x: 200, y: 150 }));
    const placed = placeLabels(at, { width: 400, height: 300, measure: (t, s) => t.length * s * 0.6 });
    expect(placed.map((p) => p.id)).toEqual([`state:${LABELS[1].id}`]);
  });
});
