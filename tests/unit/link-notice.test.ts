// A well-formed link value that names nothing is never dropped silently: the parser ignores
// what its lists rule out (states, US FIPS codes, regions, editions), the selectors report what
// only the data can rule out (a municipality, a consulate, a backwards comparison), and the
// page's notice lists both — composed here as components/AtlasView composes it.
import { describe, expect, it } from 'vitest';
import { buildCircuits } from '../../data/circuits';
import { selectCircuits, type LngLat, type Positions } from '../../geo/circuits-view';
import { prepareEdition, type Edition, type EditionData } from '../../geo/editions';
import { selectView, type Places } from '../../geo/select-view';
import { parseViewState } from '../../geo/view-state';
import { fixtureFiles, IDS_2000, readerOf, squareStates, TOTALS } from './circuits-fixtures';
import { LATER, SAMPLE, STATES } from './fixtures';

// Polygons 01001 … 02004 and the states 01 and 02; the circuits' own municipalities (01001, 15125, 16001, …) have positions too.
const polygons = ['01001', '01002', '01003', '02001', '02002', '02003', '02004'];
const places: Places = { municipalIndex: new Map(polygons.map((id, i) => [id, i])), stateById: new Map(STATES.map((s) => [s.id, s])) };
const editions: Partial<Record<Edition, EditionData>> = { 2000: prepareEdition(2000, SAMPLE), 2010: prepareEdition(2010, LATER) };
const asset = buildCircuits(readerOf(fixtureFiles()), IDS_2000, { topology: squareStates(), totals: TOTALS });
const at: LngLat = [-100, 20];
const positions: Positions = {
  municipality: new Map([...polygons, ...asset.municipalities].map((id) => [id, at])),
  state: new Map(asset.states.map((id) => [id, at])),
};

/** The keys the page's notice names for a link (AtlasView: `ignored`, then the selectors' `unknown` by key). */
const BY_KEY = { state: 'e', selected: 'm', base: 'b', origin: 'o', destination: 'd' } as const;
function notice(query: string): string[] {
  const { view, ignored } = parseViewState(query);
  const output = selectView(places, editions[view.edition]!, view.base === null ? null : (editions[view.base] ?? null), view);
  const circuits = view.circuitsYear === null ? null : selectCircuits(asset, positions, { year: view.circuitsYear, origin: view.origin, destination: view.destination, scheme: 'conapo', detail: false });
  return [...ignored, ...output.unknown.map((k) => BY_KEY[k]), ...(circuits?.unknown.map((k) => BY_KEY[k]) ?? [])];
}

describe('the notice of what a link named that does not exist', () => {
  it.each([
    ['s=99', ['s'], 'not a US FIPS code'],
    ['k=2011&o=99', ['o'], 'not a state'],
    ['k=2011&o=99001', ['o'], 'a municipality of no state'],
    ['k=2011&d=99', ['d'], 'neither a US FIPS code nor a consulate key'],
    ['e=33', ['e'], 'not a state'],
    ['m=99999', ['m'], 'a municipality of no state'],
  ])('the parser ignores %s (%j): %s', (query, keys) => {
    expect(parseViewState(query).ignored).toEqual(keys);
    expect(notice(query)).toEqual(keys);
  });

  it.each([
    ['k=2011&d=nowhere', ['d'], 'no such consulate'],
    ['k=2011&o=32999', ['o'], 'no such municipality'],
    ['m=32999', ['m'], 'no such municipality'],
    ['i=2010&b=2020', ['b'], 'the comparison runs backwards'],
  ])('the selectors report %s (%j): %s', (query, keys) => {
    expect(parseViewState(query).ignored).toEqual([]);
    expect(notice(query)).toEqual(keys);
  });

  it('lists every unknown of one link, and nothing for values the data has', () => {
    expect(notice('s=99&o=99&d=nowhere&e=33&m=99999&i=2010&b=2020&k=2011')).toEqual(['s', 'o', 'e', 'm', 'b', 'd']);
    expect(notice('s=06&o=16&d=alpha&e=01&m=01001&i=2010&b=2000&k=2011')).toEqual([]);
    // A polygon without cards, a consulate silent that year and a US state with no consulate exist: they just have no flows.
    expect(notice('k=2006&o=01003&d=late')).toEqual([]);
    expect(notice('k=2011&d=50')).toEqual([]);
  });
});
