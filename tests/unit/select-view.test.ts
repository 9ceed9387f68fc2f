import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { prepareAtlas, selectView } from '../../geo/select-view';
import { DEFAULT_VIEW, type ViewState } from '../../geo/view-state';
import { SAMPLE, STATES } from './fixtures';

const data = prepareAtlas(SAMPLE, STATES);
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('prepareAtlas', () => {
  it('sorts states by name and indexes rows and states by id', () => {
    expect(data.states.map((s) => s.id)).toEqual(['01', '02']);
    expect(data.byId.get('02002')?.name).toBe('Mexicali');
    expect(data.stateById.get('02')?.name).toBe('Baja California');
  });
});

describe('selectView', () => {
  it('lists every municipality by index, without index last, for the default view', () => {
    const out = selectView(data, DEFAULT_VIEW);
    expect(out.list.map((m) => m.id)).toEqual(['01001', '01002', '02001', '02002', '02003', '01003']);
    expect(out).toMatchObject({ focusState: null, selected: null, unknown: [], filter: { state: null, degrees: DEGREES } });
    expect(out.summary.total.municipalities).toBe(6);
  });

  it('filters the list and the summary by state and degree', () => {
    const out = selectView(data, view({ state: '02', degrees: ['medio', 'bajo', 'nulo'] }));
    expect(out.focusState?.name).toBe('Baja California');
    expect(out.list.map((m) => m.id)).toEqual(['02001', '02002', '02003']);
    expect(out.summary.total).toEqual({ municipalities: 3, population: 2450, households: 550 });
    expect(selectView(data, view({ degrees: ['alto'] })).list.map((m) => m.id)).toEqual(['01002']);
  });

  it('fills the selection with its state, ranks and whether the filter shows it', () => {
    const shown = selectView(data, view({ selected: '02001' })).selected!;
    expect(shown.municipality.name).toBe('Ensenada');
    expect(shown.state.id).toBe('02');
    expect(shown.ranks).toEqual({ national: 2, inState: 1, nationalOf: 4, inStateOf: 2 });
    expect(shown.inFilter).toBe(true);
    const hidden = selectView(data, view({ state: '01', selected: '02001' }));
    expect(hidden.selected?.inFilter).toBe(false);
    expect(hidden.list.map((m) => m.id)).not.toContain('02001');
  });

  it('reports an unknown municipality and an unknown state, and falls back to the country', () => {
    const out = selectView(data, view({ state: '31', selected: '31999' }));
    expect(out.unknown).toEqual(['state', 'selected']);
    expect(out.focusState).toBeNull();
    expect(out.selected).toBeNull();
    expect(out.filter.state).toBeNull();
    expect(out.list).toHaveLength(6);
  });
});
