import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { NO_FILTER } from '../../geo/filters';
import { summarize, type Summary } from '../../geo/summary';
import { SAMPLE } from './fixtures';

const row = (s: Summary, degree: string) => s.rows.find((r) => r.degree === degree)!;
const shareSum = (s: Summary, key: 'municipalities' | 'population' | 'households') => s.rows.reduce((sum, r) => sum + (r.share[key] ?? 0), 0);

describe('summarize', () => {
  it('sums the whole country, one row per degree in Conapo order', () => {
    const s = summarize(SAMPLE, NO_FILTER);
    expect(s.total).toEqual({ municipalities: 6, population: 4000, households: 860 });
    expect(s.rows.map((r) => r.degree)).toEqual([...DEGREES]);
    expect(row(s, 'nulo')).toMatchObject({ municipalities: 2, population: 200, households: 40, included: true });
    expect(row(s, 'muy-bajo')).toMatchObject({ municipalities: 0, population: 0, households: 0, share: { municipalities: 0, population: 0, households: 0 } });
    expect(row(s, 'muy-alto').share.population).toBeCloseTo(25, 12);
  });

  it("gives a state's own table under a state filter", () => {
    const s = summarize(SAMPLE, { state: '02', degrees: DEGREES });
    expect(s.total).toEqual({ municipalities: 3, population: 2450, households: 550 });
    expect(row(s, 'muy-alto').municipalities).toBe(0);
    expect(row(s, 'bajo')).toMatchObject({ municipalities: 1, population: 2000, households: 450 });
  });

  it('counts nothing for a degree toggled off and recomputes shares over the rest', () => {
    const s = summarize(SAMPLE, { state: null, degrees: DEGREES.filter((d) => d !== 'bajo') });
    expect(row(s, 'bajo')).toMatchObject({ included: false, municipalities: 0, population: 0, households: 0 });
    expect(s.total).toEqual({ municipalities: 5, population: 2000, households: 410 });
    expect(row(s, 'muy-alto').share.population).toBeCloseTo(50, 12);
    expect(row(s, 'muy-alto').share.municipalities).toBeCloseTo(20, 12);
  });

  it.each([
    ['the country', NO_FILTER],
    ['a state', { state: '01', degrees: DEGREES }],
    ['some degrees', { state: null, degrees: ['alto', 'medio', 'nulo'] as const }],
  ])('has shares that add up to 100 for %s', (_what, filter) => {
    const s = summarize(SAMPLE, filter);
    for (const key of ['municipalities', 'population', 'households'] as const) expect(Math.abs(shareSum(s, key) - 100)).toBeLessThan(1e-9);
  });

  it('gives null shares when nothing is in the table', () => {
    const s = summarize(SAMPLE, { state: null, degrees: [] });
    expect(s.total).toEqual({ municipalities: 0, population: 0, households: 0 });
    expect(s.rows.every((r) => !r.included && r.share.population === null && r.share.municipalities === null)).toBe(true);
  });
});
