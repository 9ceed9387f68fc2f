import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DataBuildError } from '../../data/errors';
import { US_STATES, usStatesTopology } from '../../data/us-states';
import { thrown } from './fixtures';

type Raw = Topology<{ states: GeometryCollection<{ name: string }> }>;

/**
 * A us-atlas-like topology: one unit square per state at x = index, y = 0 (one closed arc
 * each), Virgin Islands (78) far away at y = 50 with its own arc, Alabama (01) and Alaska (02)
 * also sharing a border arc that Alaska uses reversed, and a `nation` object to be dropped.
 */
function rawAtlas(edit: (g: Raw['objects']['states']['geometries']) => Raw['objects']['states']['geometries'] = (g) => g): Raw {
  const square = (x: number, y: number) => [[x, y], [0, 1], [1, 0], [0, -1], [-1, 0]];
  const arcs = [square(100, 50), ...US_STATES.map((_, i) => square(i, 0)), [[0, 0], [0, 1]]];
  const shared = arcs.length - 1;
  const geometries: Raw['objects']['states']['geometries'] = [
    { type: 'Polygon', id: '78', properties: { name: 'United States Virgin Islands' }, arcs: [[0]] },
    ...US_STATES.map((s, i) => ({ type: 'Polygon' as const, id: s.fips, properties: { name: s.name }, arcs: [[i + 1]] })).reverse(),
  ];
  const polygon = (id: string) => geometries.find((g) => g.id === id) as { arcs: number[][] };
  polygon('01').arcs = [[1, shared]];
  polygon('02').arcs = [[2, ~shared]];
  return {
    type: 'Topology',
    transform: { scale: [0.5, 0.25], translate: [-180, 10] },
    objects: { states: { type: 'GeometryCollection', geometries: edit(geometries) }, nation: { type: 'GeometryCollection', geometries: [] } } as never,
    arcs,
  };
}

describe('usStatesTopology', () => {
  const t = usStatesTopology(rawAtlas());
  const geometries = t.objects.states.geometries as { type: string; id: string; arcs: number[][]; properties?: unknown }[];

  it('keeps the 52 areas by FIPS, in FIPS order, with only an id, and drops other objects', () => {
    expect(geometries.map((g) => g.id)).toEqual(US_STATES.map((s) => s.fips));
    expect(geometries.every((g) => g.properties === undefined)).toBe(true);
    expect(Object.keys(t.objects)).toEqual(['states']);
  });

  it('drops the arcs only the territories used and renumbers the rest, keeping reversed references', () => {
    expect(t.arcs).toHaveLength(53);
    const alabama = geometries[0].arcs[0];
    const alaska = geometries[1].arcs[0];
    expect(alaska[1]).toBe(~alabama[1]);
    expect(t.arcs[alabama[0]]).toEqual([[0, 0], [0, 1], [1, 0], [0, -1], [-1, 0]]);
  });

  it('keeps the quantization and recomputes the bbox without the territories', () => {
    expect(t.transform).toEqual({ scale: [0.5, 0.25], translate: [-180, 10] });
    expect(t.bbox).toEqual([-180, 10, -180 + 52 * 0.5, 10 + 0.25]);
  });

  it('rejects a missing state or a state whose name does not match its FIPS', () => {
    const missing = thrown(() => usStatesTopology(rawAtlas((g) => g.filter((x) => x.id !== '15')))) as DataBuildError;
    expect(missing).toBeInstanceOf(DataBuildError);
    expect(missing.problem).toBe('has 51 of the 52 states; missing 15');
    const renamed = thrown(() => usStatesTopology(rawAtlas((g) => g.map((x) => (x.id === '06' ? { ...x, properties: { name: 'Texas' } } : x))))) as DataBuildError;
    expect(renamed.problem).toBe('geometry 06 is named "Texas", expected "California"');
  });
});

describe('US_STATES Spanish names', () => {
  it('names all 52 areas in Spanish, each name distinct', () => {
    expect(US_STATES).toHaveLength(52);
    expect(US_STATES.every((s) => s.nameEs.trim() !== '' && s.nameEs === s.nameEs.trim())).toBe(true);
    expect(new Set(US_STATES.map((s) => s.nameEs)).size).toBe(52);
  });

  it('uses the standard Spanish exonyms, and the English name where Spanish keeps it', () => {
    const es = Object.fromEntries(US_STATES.map((s) => [s.usps, s.nameEs]));
    expect(es).toMatchObject({
      NM: 'Nuevo México', NC: 'Carolina del Norte', SC: 'Carolina del Sur', ND: 'Dakota del Norte', SD: 'Dakota del Sur',
      NY: 'Nueva York', NJ: 'Nueva Jersey', NH: 'Nuevo Hampshire', PA: 'Pensilvania', LA: 'Luisiana', MO: 'Misuri',
      MS: 'Misisipi', WV: 'Virginia Occidental', HI: 'Hawái', MI: 'Míchigan', OR: 'Oregón', DC: 'Distrito de Columbia',
      TN: 'Tennessee', KS: 'Kansas', WA: 'Washington', PR: 'Puerto Rico', TX: 'Texas', CA: 'California',
    });
    // 17 names differ from the English one; every other area keeps its English name.
    expect(US_STATES.filter((s) => s.nameEs !== s.name).map((s) => s.usps)).toEqual(['DC', 'HI', 'LA', 'MI', 'MS', 'MO', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OR', 'PA', 'SC', 'SD', 'WV']);
  });
});
