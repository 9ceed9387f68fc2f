import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, search, uninvert } from '../../geo/search';
import type { MexicanState } from '../../geo/types';
import { municipality } from './fixtures';

const states: MexicanState[] = [
  { id: '01', name: 'Aguascalientes', bbox: [0, 0, 1, 1] },
  { id: '16', name: 'Michoacán de Ocampo', bbox: [0, 0, 1, 1] },
  { id: '23', name: 'Quintana Roo', bbox: [0, 0, 1, 1] },
  { id: '04', name: 'Campeche', bbox: [0, 0, 1, 1] },
];
const extra = [
  { kind: 'usState' as const, id: '06', names: ['California'], context: null },
  { kind: 'consulate' as const, id: 'los_angeles', names: ['Los Ángeles', 'Los Angeles'], context: 'California' },
];
const index = buildSearchIndex(
  [
    municipality('01010', { name: 'Llano, El' }),
    municipality('01004', { name: 'Cosío' }),
    municipality('16053', { name: 'Morelia' }),
    municipality('23008', { name: 'Benito Juárez' }),
    municipality('04010', { name: 'Benito Juárez' }),
    municipality('16001', { name: 'Acuitzio' }),
  ],
  states,
  extra,
);

describe('search', () => {
  it('normalizes accents, case and punctuation', () => {
    expect(normalize('  Michoacán  de Ocampo ')).toBe('michoacan de ocampo');
    expect(normalize('Llano, El')).toBe('llano el');
    expect(normalize('CosÍO')).toBe('cosio');
  });

  it('turns Conapo inverted names around', () => {
    expect(uninvert('Llano, El')).toBe('El Llano');
    expect(uninvert('Cabos, Los')).toBe('Los Cabos');
    expect(uninvert('Morelia')).toBe('Morelia');
  });

  it('"michoacan" finds Michoacán, the state first', () => {
    const [first] = search(index, 'michoacan');
    expect(first).toMatchObject({ kind: 'state', id: '16', name: 'Michoacán de Ocampo' });
  });

  it('"El Llano" and "llano" both find "Llano, El"', () => {
    expect(search(index, 'El Llano')[0]).toMatchObject({ id: '01010', name: 'Llano, El', context: 'Aguascalientes' });
    expect(search(index, 'llano')[0].id).toBe('01010');
  });

  it('homonyms come with their state', () => {
    const results = search(index, 'benito juarez');
    expect(results.map((r) => [r.id, r.context])).toEqual([
      ['04010', 'Campeche'],
      ['23008', 'Quintana Roo'],
    ]);
  });

  it('ranks exact and prefix matches before substrings, and caps the list', () => {
    expect(search(index, 'ca').map((r) => r.name)).toEqual(['Campeche', 'California', 'Aguascalientes', 'Michoacán de Ocampo']);
    expect(search(index, 'oca').map((r) => r.name)).toEqual(['Michoacán de Ocampo']); // word prefix
    expect(search(index, 'o', 2)).toHaveLength(2);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });

  it('finds US states and consulates, in either language, with their kind', () => {
    expect(search(index, 'los angeles')[0]).toMatchObject({ kind: 'consulate', id: 'los_angeles', context: 'California' });
    expect(search(index, 'califor').map((r) => [r.kind, r.id])).toEqual([['usState', '06']]);
  });
});
