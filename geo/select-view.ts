/**
 * The one selector: (places, edition data, view state) → everything the map, the panels and
 * exports show of the intensity index. Views cannot disagree because they all read this output.
 */
import { changesOf, largestFalls, largestRises, transitionTable, type Change, type Transition } from './compare';
import type { EditionData } from './editions';
import { matchesFilter, type Filter } from './filters';
import { compareByRank } from './ranking';
import { summarize, type Summary } from './summary';
import type { MexicanState, Municipality } from './types';
import type { TransitionCell, ViewState } from './view-state';

/** What the selector needs of the geometry: the polygons' keys and the states. */
export interface Places {
  /** Polygon index by CVEGEO (every municipality of the 2020 list). */
  municipalIndex: Map<string, number>;
  stateById: Map<string, MexicanState>;
}

export interface SelectedMunicipality {
  id: string;
  state: MexicanState;
  /** Its row in the edition shown; null when it did not exist in that year. */
  current: Municipality | null;
  /** False when the current filter hides it (it stays selected, the panel says so). */
  inFilter: boolean;
}

export interface Comparison {
  earlier: EditionData;
  later: EditionData;
  /** Over the state filter, with the later edition's degrees shown (the chosen cell does not narrow it). */
  transitions: Transition;
  cell: TransitionCell | null;
  /** Every municipality the filter keeps that exists in both editions, by id. */
  changes: Map<string, Change>;
  rises: Change[];
  falls: Change[];
}

export interface ViewOutput {
  edition: EditionData;
  /** Set when the view compares two editions and the earlier one has loaded. */
  comparison: Comparison | null;
  filter: Filter;
  focusState: MexicanState | null;
  /** CVEGEO of the municipalities the filter keeps (state, degrees shown, and the cell when comparing). */
  kept: Set<string>;
  summary: Summary;
  /** The kept municipalities by national rank, most intense first. */
  list: Municipality[];
  selected: SelectedMunicipality | null;
  /** Parts of the view state that named something the data does not have. */
  unknown: ('state' | 'selected' | 'base')[];
}

type View = Pick<ViewState, 'state' | 'degrees' | 'selected' | 'edition' | 'base' | 'cell'>;

/** True when `view.base` names an edition before the one shown (the only comparisons offered). */
export const comparesEditions = (view: Pick<ViewState, 'edition' | 'base'>) => view.base !== null && view.base < view.edition;

export function selectView(places: Places, current: EditionData, earlier: EditionData | null, view: View): ViewOutput {
  const unknown: ViewOutput['unknown'] = [];
  const focusState = view.state === null ? null : (places.stateById.get(view.state) ?? null);
  if (view.state !== null && !focusState) unknown.push('state');
  if (view.base !== null && !comparesEditions(view)) unknown.push('base');
  const filter: Filter = { state: focusState?.id ?? null, degrees: view.degrees };
  const inState = (id: string) => filter.state === null || id.startsWith(filter.state);

  const base = comparesEditions(view) && earlier?.edition === view.base ? earlier : null;
  const cell = base ? view.cell : null;
  const inCell = (m: Municipality) => {
    if (!cell) return true;
    return m.degree === cell.to && base!.byId.get(m.id)?.degree === cell.from;
  };
  const scope = current.municipalities.filter((m) => inState(m.id) && inCell(m));
  const list = scope.filter((m) => matchesFilter(m, filter)).sort(compareByRank);
  const kept = new Set(list.map((m) => m.id));

  let comparison: Comparison | null = null;
  if (base) {
    const shown = current.municipalities.filter((m) => inState(m.id) && matchesFilter(m, filter)).map((m) => m.id);
    const earlierOnly = base.municipalities.filter((m) => inState(m.id) && !current.byId.has(m.id)).map((m) => m.id);
    const changes = changesOf(kept, base, current);
    comparison = {
      earlier: base,
      later: current,
      transitions: transitionTable([...shown, ...earlierOnly], base, current),
      cell,
      changes: new Map(changes.map((c) => [c.id, c])),
      rises: largestRises(changes),
      falls: largestFalls(changes),
    };
  }

  const selectedId = view.selected !== null && places.municipalIndex.has(view.selected) ? view.selected : null;
  if (view.selected !== null && selectedId === null) unknown.push('selected');
  return {
    edition: current,
    comparison,
    filter,
    focusState,
    kept,
    summary: summarize(scope, filter.degrees),
    list,
    selected: selectedId
      ? { id: selectedId, state: places.stateById.get(selectedId.slice(0, 2))!, current: current.byId.get(selectedId) ?? null, inFilter: kept.has(selectedId) }
      : null,
    unknown,
  };
}
