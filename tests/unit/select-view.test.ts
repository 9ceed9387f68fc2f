import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { prepareEdition } from '../../geo/editions';
import { comparesEditions, selectView, type Places } from '../../geo/select-view';
import { DEFAULT_VIEW, type ViewState } from '../../geo/view-state';
import { LATER, SAMPLE, STATES } from './fixtures';

const ids = ['01001', '01002', '01003', '02001', '02002', '02003', '02004'];
const places: Places = { municipalIndex: new Map(ids.map((id, i) => [id, i])), stateById: new Map(STATES.map((s) => [s.id, s])) };
const y2000 = prepareEdition(2000, SAMPLE);
const y2010 = prepareEdition(2010, LATER);
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('selectView, one edition', () => {
  it('lists every municipality by rank, without rank last, for the default view', () => {
    const out = selectView(places, y2000, null, DEFAULT_VIEW);
    expect(out.list.map((m) => m.id)).toEqual(['01001', '01002', '02001', '02002', '02003', '01003']);
    expect(out).toMatchObject({ focusState: null, selected: null, unknown: [], comparison: null, filter: { state: null, degrees: DEGREES } });
    expect(out.summary.total).toEqual({ municipalities: 6, population: 4000, homes: 860 });
    expect(out.edition.edition).toBe(2000);
  });

  it('filters the list and the summary by state and degree', () => {
    const out = selectView(places, y2000, null, view({ state: '02', degrees: ['medio', 'bajo', 'nulo'] }));
    expect(out.focusState?.name).toBe('Baja California');
    expect(out.list.map((m) => m.id)).toEqual(['02001', '02002', '02003']);
    expect([...out.kept].sort()).toEqual(['02001', '02002', '02003']);
    // 300 + 2000 + 150 inhabitants; 70 + 450 + 30 households.
    expect(out.summary.total).toEqual({ municipalities: 3, population: 2450, homes: 550 });
    expect(selectView(places, y2000, null, view({ degrees: ['alto'] })).list.map((m) => m.id)).toEqual(['01002']);
  });

  it('selects a polygon even where the edition has no row for it, and says whether the filter shows it', () => {
    const shown = selectView(places, y2000, null, view({ selected: '02001' })).selected!;
    expect(shown).toMatchObject({ id: '02001', state: { id: '02' }, inFilter: true });
    expect(shown.current!.name).toBe('Ensenada');
    const hidden = selectView(places, y2000, null, view({ state: '01', selected: '02001' }));
    expect(hidden.selected?.inFilter).toBe(false);
    const created = selectView(places, y2000, null, view({ selected: '02004' })).selected!;
    expect(created).toMatchObject({ id: '02004', current: null, inFilter: false });
  });

  it('reports an unknown municipality and an unknown state, and falls back to the country', () => {
    const out = selectView(places, y2000, null, view({ state: '31', selected: '31999' }));
    expect(out.unknown).toEqual(['state', 'selected']);
    expect(out.focusState).toBeNull();
    expect(out.selected).toBeNull();
    expect(out.list).toHaveLength(6);
  });
});

describe('selectView, comparing two editions', () => {
  const compare = (over: Partial<ViewState> = {}) => selectView(places, y2010, y2000, view({ edition: 2010, base: 2000, ...over }));

  it('compares only an earlier edition with a later one', () => {
    expect(comparesEditions({ edition: 2010, base: 2000 })).toBe(true);
    expect(comparesEditions({ edition: 2000, base: 2010 })).toBe(false);
    expect(comparesEditions({ edition: 2010, base: 2010 })).toBe(false);
    const backwards = selectView(places, y2000, y2010, view({ edition: 2000, base: 2010 }));
    expect(backwards.comparison).toBeNull();
    expect(backwards.unknown).toEqual(['base']);
  });

  it('builds the transition table of the filter, with the places in one edition only counted apart', () => {
    const c = compare().comparison!;
    const cell = (from: string, to: string) => c.transitions.cells[DEGREES.indexOf(from as never)][DEGREES.indexOf(to as never)];
    expect([cell('muy-alto', 'alto'), cell('alto', 'muy-alto'), cell('nulo', 'muy-bajo'), cell('medio', 'medio'), cell('bajo', 'nulo')]).toEqual([1, 1, 1, 1, 1]);
    expect(c.transitions).toMatchObject({ total: 5, onlyLater: 1, onlyEarlier: 1 });
    expect(c.transitions.rowTotals).toEqual([1, 1, 1, 1, 0, 1]);
    expect(c.transitions.columnTotals).toEqual([1, 1, 1, 0, 1, 1]);
    // In Baja California: 02001 medio → medio, 02002 bajo → nulo, 02003 only in 2000, 02004 only in 2010.
    expect(compare({ state: '02' }).comparison!.transitions).toMatchObject({ total: 2, onlyLater: 1, onlyEarlier: 1 });
  });

  it('a transition cell filters the list, the summary and what the map keeps', () => {
    const out = compare({ cell: { from: 'muy-alto', to: 'alto' } });
    expect(out.list.map((m) => m.id)).toEqual(['01001']);
    expect([...out.kept]).toEqual(['01001']);
    expect(out.summary.total.municipalities).toBe(1);
    expect(out.comparison!.cell).toEqual({ from: 'muy-alto', to: 'alto' });
    // The table itself is not narrowed by the cell.
    expect(out.comparison!.transitions.total).toBe(5);
  });

  it('ranks the largest rises and falls by degree steps, then by places in the national ranking', () => {
    const c = compare().comparison!;
    expect(c.rises.map((x) => [x.id, x.steps, x.rankChange])).toEqual([['01002', 1, 1], ['01003', 1, null]]);
    expect(c.falls.map((x) => [x.id, x.steps, x.rankChange])).toEqual([['02002', -2, null], ['01001', -1, -1], ['02001', 0, -1]]);
  });

  it('ignores a cell when not comparing', () => {
    const out = selectView(places, y2010, null, view({ edition: 2010, cell: { from: 'muy-alto', to: 'alto' } }));
    expect(out.comparison).toBeNull();
    expect(out.list).toHaveLength(6);
  });
});
