import { describe, expect, it, vi } from 'vitest';
import { joinAtlas } from '../../data/boundaries';
import { ATLAS_FORMAT, toColumns, type AtlasAsset } from '../../geo/atlas';
import { decodeAtlas, loadAtlas, parseManifest } from '../../geo/load-atlas';
import { municipality, squaresTopology } from './fixtures';

// Data for three of the four squares: 02002 stands for a municipality created after 2000.
const rows = [municipality('02001', { index: 1.5, degree: 'alto' }), municipality('01002'), municipality('01001')];
const topology = joinAtlas(squaresTopology(), rows, new Map([['01', 'Aguascalientes'], ['02', 'Baja California']]), 'test');
const asset: AtlasAsset = { format: ATLAS_FORMAT, municipalities: toColumns(rows), topology };
const basemap = {
  countries: { type: 'FeatureCollection', features: [] },
  countryBorders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
  usStateBorders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
};
const manifest = { format: ATLAS_FORMAT, atlas: 'atlas.abc.json', base: 'base.def.json' };

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
  '/base/data/base.def.json': basemap,
};

describe('parseManifest', () => {
  it('accepts the current format', () => {
    expect(parseManifest(manifest)).toEqual(manifest);
  });

  it.each([null, {}, { ...manifest, format: ATLAS_FORMAT + 1 }, { ...manifest, atlas: 3 }, { format: ATLAS_FORMAT, atlas: 'a.json' }])(
    'rejects %j, asking for a data rebuild',
    (value) => {
      expect(() => parseManifest(value)).toThrow(/rebuild the data/);
    },
  );
});

describe('loadAtlas', () => {
  it('loads the manifest (uncached) and the assets it names', async () => {
    const fetcher = fakeFetch(served);
    const loaded = await loadAtlas('/base', fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledWith('/base/data/manifest.json', { cache: 'no-cache' });
    expect(fetcher.mock.calls.map(([url]) => url).sort()).toEqual(Object.keys(served).sort());
    expect(loaded.data.municipalities.map((m) => m.id)).toEqual(['01001', '01002', '02001']);
    expect(loaded.stateFeatures.map((f) => f.properties.id)).toEqual(['01', '02']);
    expect(loaded.basemap).toEqual(basemap);
  });

  it('gives each polygon its row in the table, and -1 to one without data', async () => {
    const loaded = await loadAtlas('/base', fakeFetch(served) as unknown as typeof fetch);
    const rowOf = Object.fromEntries(loaded.municipalFeatures.map((f) => [f.properties.id, f.properties.row]));
    expect(rowOf).toEqual({ '01001': 0, '01002': 1, '02001': 2, '02002': -1 });
    expect(loaded.data.municipalities[rowOf['02001']].index).toBe(1.5);
    expect(loaded.municipalFeatures[0].geometry.type).toBe('Polygon');
  });

  it('names the URL of a failed request', async () => {
    const fetcher = fakeFetch(served, { '/base/data/atlas.abc.json': 500 });
    await expect(loadAtlas('/base', fetcher as unknown as typeof fetch)).rejects.toThrow('/base/data/atlas.abc.json: HTTP 500');
  });

  it('names the URL of a response that is not JSON', async () => {
    const fetcher = fakeFetch({ ...served, '/base/data/base.def.json': '<html>' });
    await expect(loadAtlas('/base', fetcher as unknown as typeof fetch)).rejects.toThrow('/base/data/base.def.json: not valid JSON');
  });

  it('rejects an outdated manifest before fetching the assets', async () => {
    const fetcher = fakeFetch({ ...served, '/base/data/manifest.json': { ...manifest, format: 0 } });
    await expect(loadAtlas('/base', fetcher as unknown as typeof fetch)).rejects.toThrow(/manifest: expected asset format/);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });
});

describe('decodeAtlas', () => {
  it('rejects an asset of another format and a damaged base map', () => {
    expect(() => decodeAtlas({ ...asset, format: 2 } as never, basemap as never)).toThrow('atlas: unexpected format');
    expect(() => decodeAtlas(asset, {} as never)).toThrow('base map: unexpected format');
  });
});

describe('segmentsOf', () => {
  it('flattens line strings into independent segments', async () => {
    const { segmentsOf } = await import('../../geo/load-atlas');
    expect([...segmentsOf([[[0, 0], [1, 0], [1, 1]], [[5, 5], [6, 6]], [[9, 9]]])]).toEqual([0, 0, 1, 0, 1, 0, 1, 1, 5, 5, 6, 6]);
  });
});
