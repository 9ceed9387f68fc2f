/**
 * The one selector: (data, view state) → everything the map, the panels and exports
 * show. Views cannot disagree because they all read this output.
 */
import type { Filter } from './filters';
import { matchesFilter } from './filters';
import { compareByIndex, rankMunicipalities, type Ranks } from './ranking';
import { summarize, type Summary } from './summary';
import type { MexicanState, Municipality } from './types';
import type { ViewState } from './view-state';

/** The loaded data with its lookups, computed once. */
export interface AtlasData {
  municipalities: Municipality[];
  byId: Map<string, Municipality>;
  states: MexicanState[];
  stateById: Map<string, MexicanState>;
  ranks: Map<string, Ranks>;
}

export function prepareAtlas(municipalities: Municipality[], states: MexicanState[]): AtlasData {
  return {
    municipalities,
    byId: new Map(municipalities.map((m) => [m.id, m])),
    states: [...states].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    stateById: new Map(states.map((s) => [s.id, s])),
    ranks: rankMunicipalities(municipalities),
  };
}

export interface SelectedMunicipality {
  municipality: Municipality;
  state: MexicanState;
  ranks: Ranks;
  /** False when the current filter hides it (it stays selected, the panel says so). */
  inFilter: boolean;
}

export interface ViewOutput {
  filter: Filter;
  focusState: MexicanState | null;
  summary: Summary;
  /** Municipalities in the filter, by index, highest first. */
  list: Municipality[];
  selected: SelectedMunicipality | null;
  /** Parts of the view state that named something the data does not have. */
  unknown: ('state' | 'selected')[];
}

export function selectView(data: AtlasData, view: Pick<ViewState, 'state' | 'degrees' | 'selected'>): ViewOutput {
  const unknown: ViewOutput['unknown'] = [];
  const focusState = view.state === null ? null : (data.stateById.get(view.state) ?? null);
  if (view.state !== null && !focusState) unknown.push('state');
  const filter: Filter = { state: focusState?.id ?? null, degrees: view.degrees };
  const municipality = view.selected === null ? undefined : data.byId.get(view.selected);
  if (view.selected !== null && !municipality) unknown.push('selected');
  return {
    filter,
    focusState,
    summary: summarize(data.municipalities, filter),
    list: data.municipalities.filter((m) => matchesFilter(m, filter)).sort(compareByIndex),
    selected: municipality
      ? {
          municipality,
          state: data.stateById.get(municipality.state)!,
          ranks: data.ranks.get(municipality.id)!,
          inFilter: matchesFilter(municipality, filter),
        }
      : null,
    unknown,
  };
}
