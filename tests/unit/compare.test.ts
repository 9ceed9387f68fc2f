import { describe, expect, it } from 'vitest';
import { componentChange, degreeSteps, pointClass, stepClass } from '../../geo/compare';
import { DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR } from '../../geo/degrees';
import { prepareEdition } from '../../geo/editions';
import { colourOf, municipalColors, POINT_COLORS, STEP_COLORS } from '../../geo/map-colors';
import { selectView, type Places } from '../../geo/select-view';
import { DEFAULT_VIEW } from '../../geo/view-state';
import { LATER, SAMPLE, STATES } from './fixtures';

describe('degree change', () => {
  it('counts steps of intensity: up is positive', () => {
    expect(degreeSteps('alto', 'muy-alto')).toBe(1);
    expect(degreeSteps('muy-alto', 'alto')).toBe(-1);
    expect(degreeSteps('nulo', 'muy-alto')).toBe(5);
    expect(degreeSteps('medio', 'medio')).toBe(0);
  });

  it('classes steps as ≤ −2, −1, 0, +1, ≥ +2', () => {
    expect([-5, -2, -1, 0, 1, 2, 5].map(stepClass)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
});

describe('component change', () => {
  it('is the later share minus the earlier one, in percentage points', () => {
    const c = { earlier: SAMPLE[0], later: LATER[0] };
    expect(componentChange(c, 'rem')).toBe(3); // 8 % − 5 %
    expect(componentChange(c, 'emig')).toBe(0);
  });

  it('classes points with fixed breaks: < −10, −10…−3, −3…−1, −1…1, 1…3, 3…10, > 10', () => {
    expect([-25, -10, -3.5, -3, -1.01, -1, 0, 1, 1.01, 3, 9.99, 10, 40].map(pointClass)).toEqual([0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6]);
  });
});

describe('map colours', () => {
  const ids = ['01001', '01002', '01003', '02001', '02002', '02003', '02004'];
  const places: Places = { municipalIndex: new Map(ids.map((id, i) => [id, i])), stateById: new Map(STATES.map((s) => [s.id, s])) };
  const [y2000, y2010] = [prepareEdition(2000, SAMPLE), prepareEdition(2010, LATER)];

  it('colours an edition by degree, the filtered-out grey, and places missing from the edition as no data', () => {
    const out = selectView(places, y2000, null, { ...DEFAULT_VIEW, state: '01' });
    expect(colourOf('01001', out, null)).toEqual(DEGREE_COLORS['muy-alto']);
    expect(colourOf('02001', out, null)).toEqual(FILTERED_OUT_COLOR);
    expect(colourOf('02004', out, null)).toEqual(NO_DATA_COLOR);
    const rgba = municipalColors(ids, out, null);
    expect([...rgba.subarray(0, 8)]).toEqual([...DEGREE_COLORS['muy-alto'], 255, ...DEGREE_COLORS.alto, 255]);
    expect(rgba).toHaveLength(ids.length * 4);
  });

  it('colours a comparison by degree change or by a component, and the places in one edition only as not comparable', () => {
    const out = selectView(places, y2010, y2000, { ...DEFAULT_VIEW, edition: 2010, base: 2000 });
    expect(colourOf('01002', out, null)).toEqual(STEP_COLORS[3]); // +1
    expect(colourOf('02002', out, null)).toEqual(STEP_COLORS[0]); // −2
    expect(colourOf('02001', out, null)).toEqual(STEP_COLORS[2]); // unchanged
    expect(colourOf('01001', out, 'rem')).toEqual(POINT_COLORS[5]); // +3 points: the 3…10 class
    expect(colourOf('02003', out, null)).toEqual(NO_DATA_COLOR);
    expect(colourOf('02004', out, null)).toEqual(NO_DATA_COLOR);
    const cell = selectView(places, y2010, y2000, { ...DEFAULT_VIEW, edition: 2010, base: 2000, cell: { from: 'alto', to: 'muy-alto' } });
    expect(colourOf('01002', cell, null)).toEqual(STEP_COLORS[3]);
    expect(colourOf('01001', cell, null)).toEqual(FILTERED_OUT_COLOR);
  });
});
