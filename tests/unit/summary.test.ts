import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { summarize, type Summary } from '../../geo/summary';
import { SAMPLE } from './fixtures';

const row = (s: Summary, degree: string) => s.rows.find((r) => r.degree === degree)!;
const shareSum = (s: Summary, key: 'municipalities' | 'population' | 'homes') => s.rows.reduce((sum, r) => sum + (r.share[key] ?? 0), 0);

describe('summarize', () => {
  it('sums the whole country, one row per degree in Conapo order', () => {
    const s = summarize(SAMPLE, DEGREES);
    expect(s.total).toEqual({ municipalities: 6, population: 4000, homes: 860 });
    expect(s.rows.map((r) => r.degree)).toEqual([...DEGREES]);
    expect(row(s, 'nulo')).toMatchObject({ municipalities: 2, population: 200, homes: 40, included: true });
    expect(row(s, 'muy-bajo')).toMatchObject({ municipalities: 0, population: 0, homes: 0, share: { municipalities: 0, population: 0, homes: 0 } });
    expect(row(s, 'muy-alto').share.population).toBeCloseTo(25, 12);
  });

  it("gives a state's own table for a state's rows", () => {
    const s = summarize(SAMPLE.filter((m) => m.state === '02'), DEGREES);
    expect(s.total).toEqual({ municipalities: 3, population: 2450, homes: 550 });
    expect(row(s, 'muy-alto').municipalities).toBe(0);
    expect(row(s, 'bajo')).toMatchObject({ municipalities: 1, population: 2000, homes: 450 });
  });

  it('counts nothing for a degree toggled off and recomputes shares over the rest', () => {
    const s = summarize(SAMPLE, DEGREES.filter((d) => d !== 'bajo'));
    expect(row(s, 'bajo')).toMatchObject({ included: false, municipalities: 0, population: 0, homes: 0 });
    expect(s.total).toEqual({ municipalities: 5, population: 2000, homes: 410 });
    expect(row(s, 'muy-alto').share.population).toBeCloseTo(50, 12);
    expect(row(s, 'muy-alto').share.municipalities).toBeCloseTo(20, 12);
  });

  it.each([
    ['the country', SAMPLE, DEGREES],
    ['a state', SAMPLE.filter((m) => m.state === '01'), DEGREES],
    ['some degrees', SAMPLE, ['alto', 'medio', 'nulo'] as const],
  ])('has shares that add up to 100 for %s', (_what, rows, degrees) => {
    const s = summarize(rows, degrees);
    for (const key of ['municipalities', 'population', 'homes'] as const) expect(Math.abs(shareSum(s, key) - 100)).toBeLessThan(1e-9);
  });

  it('gives null shares when nothing is in the table', () => {
    const s = summarize(SAMPLE, []);
    expect(s.total).toEqual({ municipalities: 0, population: 0, homes: 0 });
    expect(s.rows.every((r) => !r.included && r.share.population === null && r.share.municipalities === null)).toBe(true);
  });
});
