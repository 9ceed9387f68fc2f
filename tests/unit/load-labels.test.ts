import { describe, expect, it, vi } from 'vitest';
import { LABELS_FORMAT, labelCharacters, labelsOf, type LabelsAsset } from '../../geo/labels';
import { checkLabelsAsset, decodeLabels, loadLabels } from '../../geo/load-labels';
import { MANIFEST_FORMAT } from '../../geo/manifest';

const asset = (): LabelsAsset => ({
  format: LABELS_FORMAT,
  countries: { id: ['484', '840'], nameEs: ['México', 'Estados Unidos'], nameEn: ['Mexico', 'United States'], lon: [-101.8, -98.1], lat: [23.7, 39.9], rank: [2, 1] },
  states: { id: ['16'], nameEs: ['Michoacán'], nameEn: ['Michoacán'], lon: [-101.7], lat: [19.4], population: [4748846] },
  municipalities: { id: ['14039', '01010'], name: ['Guadalajara', 'El Llano'], lon: [-103.35, -101.9], lat: [20.67, 21.9], population: [1385629, 20853] },
  usStates: { id: ['35'], nameEs: ['Nuevo México'], nameEn: ['New Mexico'], lon: [-106.0], lat: [34.5], rank: [5] },
});

describe('labelsOf', () => {
  it('lists every place with its kind, names in both languages, and population or rank', () => {
    const labels = labelsOf(asset());
    expect(labels.map((l) => `${l.kind}:${l.id}`)).toEqual(['country:484', 'country:840', 'state:16', 'usState:35', 'municipality:14039', 'municipality:01010']);
    expect(labels[0]).toEqual({ kind: 'country', id: '484', lon: -101.8, lat: 23.7, name: { es: 'México', en: 'Mexico' }, population: null, rank: 2 });
    expect(labels[3]).toEqual({ kind: 'usState', id: '35', lon: -106.0, lat: 34.5, name: { es: 'Nuevo México', en: 'New Mexico' }, population: null, rank: 5 });
    expect(labels[5]).toEqual({ kind: 'municipality', id: '01010', lon: -101.9, lat: 21.9, name: { es: 'El Llano', en: 'El Llano' }, population: 20853, rank: null });
  });
});

describe('labelCharacters', () => {
  it('holds every character of both languages, capitals included (country names are drawn in capitals)', () => {
    const chars = labelCharacters(labelsOf(asset()));
    for (const ch of ['á', 'é', 'É', 'Á', 'M', 'x', ' ']) expect(chars).toContain(ch);
    expect(new Set(chars).size).toBe(chars.length);
    expect([...chars].sort()).toEqual(chars);
  });

  it('covers ñ and ü, and their capitals', () => {
    const a = asset();
    a.municipalities.name = ['Peñón', 'Güémez'];
    const chars = labelCharacters(labelsOf(a));
    for (const ch of ['ñ', 'Ñ', 'ü', 'Ü']) expect(chars).toContain(ch);
  });
});

describe('checkLabelsAsset', () => {
  it('accepts a well-formed asset', () => {
    expect(checkLabelsAsset(asset())).toEqual(asset());
  });

  it.each<[string, (a: LabelsAsset) => unknown, RegExp]>([
    ['another format', (a) => ({ ...a, format: 2 }), /expected format 1, found 2; rebuild the data/],
    ['a missing table', ({ usStates: _, ...rest }) => rest, /table "usStates" is missing or empty/],
    ['a short column', (a) => ({ ...a, municipalities: { ...a.municipalities, lat: [20.67] } }), /municipalities\.lat does not have 2 values/],
    ['a latitude out of range', (a) => ({ ...a, states: { ...a.states, lat: [119.4] } }), /states\.lat\[0\] is 119\.4/],
    ['a missing name', (a) => ({ ...a, municipalities: { ...a.municipalities, name: ['Guadalajara', ''] } }), /municipalities\.name\[1\] is ""/],
    ['a fractional population', (a) => ({ ...a, states: { ...a.states, population: [1.5] } }), /states\.population\[0\] is 1\.5/],
  ])('rejects %s, naming table, column and row', (_, edit, message) => {
    expect(() => checkLabelsAsset(edit(asset()))).toThrow(message);
  });
});

describe('loadLabels', () => {
  const manifest = { format: MANIFEST_FORMAT, atlas: 'a.json', overview: 'o.json', base: 'b.json', editions: {}, diaspora: 'd.json', circuits: 'c.json', labels: 'labels.abc.json' };
  const fetcher = (files: Record<string, unknown>) =>
    vi.fn(async (url: string | URL | Request) => (String(url) in files ? new Response(JSON.stringify(files[String(url)])) : new Response('not found', { status: 404 })));

  it('fetches the asset the manifest names and decodes it', async () => {
    const f = fetcher({ '/b/data/manifest.json': manifest, '/b/data/labels.abc.json': asset() });
    const loaded = await loadLabels('/b', f as unknown as typeof fetch);
    expect(loaded).toEqual(decodeLabels(asset()));
    expect(loaded.labels).toHaveLength(6);
    expect(f).toHaveBeenCalledWith('/b/data/manifest.json', { cache: 'no-cache' });
  });

  it('says to rebuild the data when the manifest names no labels', async () => {
    const f = fetcher({ '/b/data/manifest.json': { ...manifest, labels: undefined } });
    await expect(loadLabels('/b', f as unknown as typeof fetch)).rejects.toThrow('manifest: no labels asset; rebuild the data (npm run data)');
  });
});
