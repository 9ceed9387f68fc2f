import { DEGREES } from '../geo/degrees';
import { EDITION_INFO, PUBLISHED, type Edition } from '../geo/editions';
import type { Municipality } from '../geo/types';
import { DataBuildError } from './errors';

type Counted = Pick<Municipality, 'degree' | 'homes' | 'population'>;

/** Checks an edition's joined table against the totals Conapo and INEGI published, to the unit. */
export function validatePublishedTotals(edition: Edition, municipalities: Counted[], files: { conapo: string; inegi: string }) {
  const published = PUBLISHED[edition];
  const fix = `the sources do not reproduce Conapo's published ${edition} table: check them against data/SHA256SUMS and ../shared/data/README.md`;
  const expect = (file: string, what: string, actual: number, expected: number) => {
    if (actual !== expected) {
      throw new DataBuildError(file, `${what} is ${actual.toLocaleString('en')}, published ${expected.toLocaleString('en')} (off by ${(actual - expected).toLocaleString('en')})`, fix);
    }
  };
  expect(files.conapo, 'number of municipalities', municipalities.length, published.municipalities);
  for (const degree of DEGREES) {
    expect(files.conapo, `number of "${degree}" municipalities`, municipalities.filter((m) => m.degree === degree).length, published.degrees[degree]);
  }
  expect(files.conapo, `total ${EDITION_INFO[edition].unit}`, municipalities.reduce((s, m) => s + m.homes, 0), published.homes);
  expect(files.inegi, 'total population', municipalities.reduce((s, m) => s + m.population, 0), published.population);
}
