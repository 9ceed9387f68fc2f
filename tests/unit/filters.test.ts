import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { matchesFilter, toggleDegree } from '../../geo/filters';
import { municipality } from './fixtures';

describe('matchesFilter', () => {
  const m = municipality('14039', { degree: 'alto' });

  it('matches everything without a filter', () => {
    expect(matchesFilter(m, { state: null, degrees: DEGREES })).toBe(true);
  });

  it('needs both the state and the degree to match', () => {
    expect(matchesFilter(m, { state: '14', degrees: ['alto'] })).toBe(true);
    expect(matchesFilter(m, { state: '32', degrees: ['alto'] })).toBe(false);
    expect(matchesFilter(m, { state: '14', degrees: ['medio', 'bajo'] })).toBe(false);
    expect(matchesFilter(m, { state: null, degrees: [] })).toBe(false);
  });
});

describe('toggleDegree', () => {
  it('removes a degree that is on', () => {
    expect(toggleDegree(DEGREES, 'medio')).toEqual(['muy-alto', 'alto', 'bajo', 'muy-bajo', 'nulo']);
  });

  it("adds a degree back in Conapo's order, whatever the input order", () => {
    expect(toggleDegree(['nulo', 'muy-alto'], 'medio')).toEqual(['muy-alto', 'medio', 'nulo']);
    expect(toggleDegree([], 'nulo')).toEqual(['nulo']);
  });

  it('does not change its input', () => {
    const on = ['alto', 'bajo'] as const;
    toggleDegree(on, 'alto');
    expect(on).toEqual(['alto', 'bajo']);
  });
});
