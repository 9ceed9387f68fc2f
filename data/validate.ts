import { DEGREES, PUBLISHED_DEGREE_COUNTS, PUBLISHED_TOTALS } from '../geo/degrees';
import type { Municipality } from '../geo/types';
import { DataBuildError } from './errors';

const FIX = 'the sources do not reproduce Conapo\'s published 2000 table: check them against data/SHA256SUMS and ../shared/data/README.md';

/** Checks the joined table against the totals Conapo and INEGI published, to the unit. */
export function validatePublishedTotals(municipalities: Municipality[], files: { conapo: string; inegi: string }) {
  const expect = (file: string, what: string, actual: number, expected: number) => {
    if (actual !== expected) {
      throw new DataBuildError(file, `${what} is ${actual.toLocaleString('en')}, published ${expected.toLocaleString('en')} (off by ${(actual - expected).toLocaleString('en')})`, FIX);
    }
  };
  expect(files.conapo, 'number of municipalities', municipalities.length, PUBLISHED_TOTALS.municipalities);
  for (const degree of DEGREES) {
    expect(files.conapo, `number of "${degree}" municipalities`, municipalities.filter((m) => m.degree === degree).length, PUBLISHED_DEGREE_COUNTS[degree]);
  }
  expect(files.conapo, 'total households', municipalities.reduce((s, m) => s + m.households, 0), PUBLISHED_TOTALS.households);
  expect(files.inegi, 'total population', municipalities.reduce((s, m) => s + m.population, 0), PUBLISHED_TOTALS.population);
}
