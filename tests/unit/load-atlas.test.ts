import { describe, expect, it, vi } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { basemapAsset, type Basemap } from '../../data/basemap';
import { joinAtlas } from '../../data/boundaries';
import { ATLAS_FORMAT, type AtlasAsset } from '../../geo/atlas';
import { EDITION_FORMAT, toEditionColumns } from '../../geo/editions';
import { CIRCUITS_FORMAT, SCHEMES } from '../../geo/circuits';
import { DIASPORA_FORMAT } from '../../geo/diaspora';
import type { BinaryFill } from '../../geo/binary-fill';
import { decodeAtlas, loadAtlas } from '../../geo/load-atlas';
import { segmentsOf } from '../../geo/segments';
import { loadCircuits } from '../../geo/load-circuits';
import { loadDiaspora } from '../../geo/load-diaspora';
import { loadEdition } from '../../geo/load-edition';
import { MANIFEST_FORMAT, parseManifest } from '../../geo/manifest';
import { municipality, squaresTopology } from './fixtures';

const topology = joinAtlas(squaresTopology(), new Map([['01', 'Aguascalientes'], ['02', 'Baja California']]), 'test');
const asset: AtlasAsset = { format: ATLAS_FORMAT, topology };
// The 2000 edition has three of the four squares: 02002 stands for a municipality created later.
const edition2000 = { format: EDITION_FORMAT, edition: 2000, municipalities: toEditionColumns([municipality('02001', { index: 1.5, degree: 'alto' }), municipality('01002'), municipality('01001')]) };
// One square country and a border along its east side, on the base map's 0.001° grid.
const basemap = {
  countries: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: '484', properties: { name: 'Mexico', iso: '484' }, geometry: { type: 'MultiPolygon', coordinates: [[[[-100, 20], [-99.5, 20], [-99.5, 20.25], [-100, 20.25], [-100, 20]]]] } }],
  },
  countryBorders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[-99.5, 20], [-99.5, 20.25]]] } },
  usStateBorders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[-101, 30], [-100.001, 31.5]]] } },
} as Basemap;
const manifest = { format: MANIFEST_FORMAT, atlas: 'atlas.abc.json', overview: 'overview.xyz.json', base: 'base.def.json', editions: { 2000: 'edition-2000.ghi.json' }, diaspora: 'd.json', circuits: 'c.json', labels: 'l.json' };

/** A fake fetch serving `files` by URL (JSON-encoded unless already a string); anything else is a 404. */
function fakeFetch(files: Record<string, unknown>, status: Record<string, number> = {}) {
  return vi.fn(async (url: string | URL | Request, _init?: RequestInit) => {
    const key = String(url);
    if (status[key]) return new Response('oops', { status: status[key] });
    if (!(key in files)) return new Response('not found', { status: 404 });
    const body = files[key];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
}
const served = {
  '/base/data/manifest.json': manifest,
  '/base/data/atlas.abc.json': asset,
  // The overview stands in with the same polygons (the data tests check the real one's geometry).
  '/base/data/overview.xyz.json': asset,
  '/base/data/base.def.json': basemapAsset(basemap),
  '/base/data/edition-2000.ghi.json': edition2000,
};
const asFetch = (f: ReturnType<typeof fakeFetch>) => f as unknown as typeof fetch;

describe('parseManifest', () => {
  it('accepts the current format', () => {
    expect(parseManifest(manifest)).toEqual(manifest);
  });

  it.each([null, {}, { ...manifest, format: MANIFEST_FORMAT - 1 }, { ...manifest, atlas: 3 }, { ...manifest, circuits: undefined }, { ...manifest, editions: { 1999: 'x.json' } }, { ...manifest, editions: { 2010: 5 } }])(
    'rejects %j, asking for a data rebuild',
    (value) => {
      expect(() => parseManifest(value)).toThrow(/rebuild the data/);
    },
  );
});

describe('loadAtlas', () => {
  it('loads the manifest once (uncached) and the assets it names', async () => {
    const fetcher = fakeFetch(served);
    const loaded = await loadAtlas('/base', asFetch(fetcher));
    expect(fetcher).toHaveBeenCalledWith('/base/data/manifest.json', { cache: 'no-cache' });
    expect(fetcher.mock.calls.map(([url]) => url).sort()).toEqual(['/base/data/atlas.abc.json', '/base/data/base.def.json', '/base/data/manifest.json']);
    expect(loaded.municipalIds).toEqual(['01001', '01002', '02001', '02002']);
    expect(loaded.detailReady()!.municipalFeatures.map((f) => f.properties)).toEqual([{ id: '01001', i: 0 }, { id: '01002', i: 1 }, { id: '02001', i: 2 }, { id: '02002', i: 3 }]);
    expect(loaded.stateFeatures.map((f) => f.properties.id)).toEqual(['01', '02']);
    expect(loaded.states.map((s) => s.name)).toEqual(['Aguascalientes', 'Baja California']);
    // Decoded from the topology: the same square (its ring may start at another corner) and the same lines.
    const [square] = loaded.basemap.countries.features;
    expect([square.id, square.properties]).toEqual(['484', { name: 'Mexico', iso: '484' }]);
    const [[ring]] = (square.geometry as MultiPolygon).coordinates;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(ring.slice(0, 4).map(String).sort()).toEqual(['-100,20', '-100,20.25', '-99.5,20', '-99.5,20.25']);
    expect(loaded.basemap.countryBorders.geometry.coordinates).toEqual([[[-99.5, 20], [-99.5, 20.25]]]);
    expect(loaded.basemap.usStateBorders.geometry.coordinates).toEqual([[[-101, 30], [-100.001, 31.5]]]);
    // The next asset reuses the manifest: one request for it per page.
    await loadEdition(2000, '/base', asFetch(fetcher));
    expect(fetcher.mock.calls.filter(([url]) => String(url).endsWith('manifest.json'))).toHaveLength(1);
  });

  it('names the URL of a failed request, and a retry asks for the manifest again', async () => {
    const fetcher = fakeFetch(served, { '/base/data/atlas.abc.json': 500 });
    await expect(loadAtlas('/base', asFetch(fetcher))).rejects.toThrow('/base/data/atlas.abc.json: HTTP 500');
    await expect(loadAtlas('/base', asFetch(fetcher))).rejects.toThrow('HTTP 500');
    expect(fetcher.mock.calls.filter(([url]) => String(url).endsWith('manifest.json')).length).toBeGreaterThan(1);
  });

  it('names the URL of a response that is not JSON', async () => {
    const fetcher = fakeFetch({ ...served, '/base/data/base.def.json': '<html>' });
    await expect(loadAtlas('/base', asFetch(fetcher))).rejects.toThrow('/base/data/base.def.json: not valid JSON');
  });

  it('rejects an outdated manifest before fetching the assets', async () => {
    const fetcher = fakeFetch({ ...served, '/base/data/manifest.json': { ...manifest, format: 1 } });
    await expect(loadAtlas('/base', asFetch(fetcher))).rejects.toThrow(/manifest: expected format/);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });
});

describe('loadEdition', () => {
  it('loads an edition the manifest names, and says which one is missing', async () => {
    const data = await loadEdition(2000, '/base', asFetch(fakeFetch(served)));
    expect(data.municipalities.map((m) => m.id)).toEqual(['01001', '01002', '02001']);
    expect(data.byId.get('02001')!.rank.national).toBe(1);
    await expect(loadEdition(2010, '/base', asFetch(fakeFetch(served)))).rejects.toThrow('manifest: no edition 2010 asset');
  });
});

describe('decodeAtlas', () => {
  it('rejects an asset of another format, polygons out of order, and a damaged base map', () => {
    expect(() => decodeAtlas({ ...asset, format: 1 } as never, basemap as never)).toThrow('atlas: unexpected format');
    const shuffled = structuredClone(asset);
    shuffled.topology.objects.municipios.geometries.reverse();
    expect(() => decodeAtlas(shuffled, basemap as never)).toThrow('atlas: polygons are not keyed by CVEGEO in order');
    expect(() => decodeAtlas(asset, {} as never)).toThrow('base map: unexpected format');
  });

  it('holds a fill once it has arrived, for the map to draw in its first frame, and only that level', async () => {
    let deliver: (fill: BinaryFill) => void = () => {};
    const arriving = new Promise<BinaryFill>((resolve) => (deliver = resolve));
    const loaded = decodeAtlas(asset, basemap as never, { fills: () => (level) => (level === 0 ? arriving : new Promise(() => {})) });
    expect(loaded.fillReady(0)).toBeNull();
    const asked = loaded.fillAt(0);
    loaded.fillAt(1);
    expect(loaded.fillReady(0)).toBeNull();
    const fill = { level: 0 } as BinaryFill;
    deliver(fill);
    await asked;
    expect(loaded.fillReady(0)).toBe(fill);
    expect(loaded.fillReady(1)).toBeNull();
  });
});

describe('loadAtlas from the overview', () => {
  const urls = (f: ReturnType<typeof fakeFetch>) => f.mock.calls.map(([url]) => String(url)).filter((u) => !u.endsWith('manifest.json'));

  it('fetches the overview, not the full geometry, until a finer level or the detail is asked for, then the full geometry once', async () => {
    const fetcher = fakeFetch(served);
    const loaded = await loadAtlas('/base', asFetch(fetcher), undefined, 'overview');
    expect(urls(fetcher).sort()).toEqual(['/base/data/base.def.json', '/base/data/overview.xyz.json']);
    expect(loaded.municipalIds).toEqual(['01001', '01002', '02001', '02002']);
    expect(loaded.detailReady()).toBeNull();
    await loaded.fillAt(0);
    expect(urls(fetcher)).not.toContain('/base/data/atlas.abc.json');
    const [fine, geometry] = await Promise.all([loaded.fillAt(1), loaded.detail()]);
    expect(fine.level).toBe(1);
    expect(geometry.municipalFeatures.map((f) => f.properties.id)).toEqual(['01001', '01002', '02001', '02002']);
    expect(loaded.detailReady()).toBe(geometry);
    await loaded.detail();
    expect(urls(fetcher).filter((u) => u === '/base/data/atlas.abc.json')).toHaveLength(1);
  });

  it('a full geometry with other polygons is an error asking for a rebuild; a failed fetch is asked again on the next need', async () => {
    const other = structuredClone(asset);
    other.topology.objects.municipios.geometries.pop();
    const mismatched = await loadAtlas('/base', asFetch(fakeFetch({ ...served, '/base/data/atlas.abc.json': other })), undefined, 'overview');
    await expect(mismatched.detail()).rejects.toThrow('atlas: the overview and the full geometry differ; rebuild the data (npm run data)');

    let down = true;
    const flaky = vi.fn(async (url: string | URL | Request, init?: RequestInit) =>
      down && String(url).endsWith('atlas.abc.json') ? new Response('unavailable', { status: 503 }) : fakeFetch(served)(url, init),
    );
    const loaded = await loadAtlas('/base', asFetch(flaky), undefined, 'overview');
    await expect(loaded.detail()).rejects.toThrow();
    expect(loaded.detailReady()).toBeNull();
    down = false;
    expect((await loaded.detail()).municipalFeatures).toHaveLength(4);
  });
});

describe('segmentsOf', () => {
  it('flattens line strings into independent segments', () => {
    expect([...segmentsOf([[[0, 0], [1, 0], [1, 1]], [[5, 5], [6, 6]], [[9, 9]]])]).toEqual([0, 0, 1, 0, 1, 0, 1, 1, 5, 5, 6, 6]);
  });
});

describe('the diaspora and circuits loaders', () => {
  const usTopology = { type: 'Topology', objects: { states: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };
  const diaspora = { format: DIASPORA_FORMAT, usStates: [], topology: usTopology };
  const circuits = { format: CIRCUITS_FORMAT, byYear: {}, consulates: [], states: [], municipalities: [], regions: { conapo: [...SCHEMES.conapo], durandMassey: [...SCHEMES.durandMassey] }, stateRegion: { conapo: [], durandMassey: [] } };

  it('load the assets the manifest names, in the current format', async () => {
    const fetcher = fakeFetch({ ...served, '/d/data/manifest.json': manifest, '/d/data/d.json': diaspora, '/d/data/c.json': circuits });
    expect((await loadDiaspora('/d', asFetch(fetcher))).asset).toEqual(diaspora);
    expect(await loadCircuits('/d', asFetch(fetcher))).toEqual(circuits);
  });

  it('refuse an asset of an older format (diaspora 1 had no share breaks), asking for a data rebuild', async () => {
    const fetcher = fakeFetch({ '/o/data/manifest.json': manifest, '/o/data/d.json': { ...diaspora, format: 1 }, '/o/data/c.json': { ...circuits, format: CIRCUITS_FORMAT - 1 } });
    await expect(loadDiaspora('/o', asFetch(fetcher))).rejects.toThrow('diaspora: unexpected format; rebuild the data');
    await expect(loadCircuits('/o', asFetch(fetcher))).rejects.toThrow('circuits: unexpected format; rebuild the data');
  });
});
