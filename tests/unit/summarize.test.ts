// The CI totals line is parsed by machines, so pin its exact format.
import { describe, expect, test } from 'vitest';
import { summarize } from '../summarize.mjs';

const file = (status: 'passed' | 'failed', tests: string[], message = '') => ({
  name: `/repo/tests/x.test.ts`,
  status,
  message,
  assertionResults: tests.map((s) => ({ status: s })),
});

describe('summarize', () => {
  test('counts passed and failed tests', () => {
    const r = summarize({
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 0,
      testResults: [file('failed', ['passed', 'passed', 'passed', 'failed'])],
    });
    expect(r.line).toBe('3 passed, 1 failed');
    expect(r.ok).toBe(false);
  });

  test('all passing is ok; skipped tests are shown', () => {
    const r = summarize({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 2, testResults: [] });
    expect(r.line).toBe('5 passed, 0 failed, 2 skipped');
    expect(r.ok).toBe(true);
  });

  test('a suite that failed to load counts as a failure', () => {
    const r = summarize({
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 0,
      testResults: [file('passed', ['passed', 'passed']), file('failed', [], 'Cannot find module')],
    });
    expect(r.line).toBe('2 passed, 1 failed');
    expect(r.notes.join()).toContain('Cannot find module');
  });

  test('zero tests is not ok', () => {
    const r = summarize({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, testResults: [] });
    expect(r.line).toBe('0 passed, 0 failed');
    expect(r.ok).toBe(false);
  });

  test('missing report, non-zero vitest exit and failed build steps count as failures', () => {
    expect(summarize(null).line).toBe('0 passed, 1 failed');
    const clean = { numPassedTests: 4, numFailedTests: 0, numPendingTests: 0, testResults: [] };
    expect(summarize(clean, { exitCode: 1 }).line).toBe('4 passed, 1 failed');
    expect(summarize(clean, { failedSteps: ['next build'] }).line).toBe('4 passed, 1 failed');
  });
});
