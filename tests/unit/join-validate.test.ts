import { describe, expect, it } from 'vitest';
import { DEGREES, PUBLISHED_DEGREE_COUNTS, PUBLISHED_TOTALS } from '../../geo/degrees';
import type { Municipality } from '../../geo/types';
import { DataBuildError } from '../../data/errors';
import { joinPopulation } from '../../data/join';
import { validatePublishedTotals } from '../../data/validate';
import { municipality, thrown } from './fixtures';

const FILES = { conapo: 'conapo.csv', inegi: 'inegi.csv' };
const withoutPopulation = (id: string) => {
  const { population: _, ...rest } = municipality(id);
  return rest;
};

describe('joinPopulation', () => {
  it('adds the census population by CVEGEO', () => {
    const joined = joinPopulation([withoutPopulation('01001'), withoutPopulation('01002')], new Map([['01002', 7], ['01001', 5]]), FILES);
    expect(joined.map((m) => [m.id, m.population])).toEqual([['01001', 5], ['01002', 7]]);
  });

  it('fails for a Conapo municipality with no population, naming the key', () => {
    const e = thrown(() => joinPopulation([withoutPopulation('01001'), withoutPopulation('01002')], new Map([['01001', 5]]), FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe('inegi.csv');
    expect(e.where).toBe('key 01002');
  });

  it('fails for a census municipality Conapo does not have', () => {
    const e = thrown(() => joinPopulation([withoutPopulation('01001')], new Map([['01001', 5], ['09999', 1]]), FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.problem).toContain('1 municipalities are not in conapo.csv: 09999');
  });
});

/** 2,443 rows with the published degree counts, households and population, built arithmetically. */
function publishedTable(): Municipality[] {
  const n = PUBLISHED_TOTALS.municipalities;
  const households = Math.floor(PUBLISHED_TOTALS.households / n);
  const population = Math.floor(PUBLISHED_TOTALS.population / n);
  const degrees = DEGREES.flatMap((d) => Array<typeof d>(PUBLISHED_DEGREE_COUNTS[d]).fill(d));
  return degrees.map((degree, i) =>
    municipality(`${String(1 + (i % 32)).padStart(2, '0')}${String(1 + Math.floor(i / 32)).padStart(3, '0')}`, {
      degree,
      index: degree === 'nulo' ? null : 0,
      households: households + (i === 0 ? PUBLISHED_TOTALS.households - households * n : 0),
      population: population + (i === 0 ? PUBLISHED_TOTALS.population - population * n : 0),
    }),
  );
}

describe('validatePublishedTotals', () => {
  it('passes for a table that matches the published totals exactly', () => {
    const rows = publishedTable();
    expect(rows).toHaveLength(2443);
    expect(new Set(rows.map((m) => m.id)).size).toBe(2443);
    expect(() => validatePublishedTotals(rows, FILES)).not.toThrow();
  });

  it('fails when one household is added, saying by how much', () => {
    const rows = publishedTable();
    rows[5].households += 1;
    const e = thrown(() => validatePublishedTotals(rows, FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe('conapo.csv');
    expect(e.message).toContain('total households is 22,639,809, published 22,639,808 (off by 1)');
  });

  it('fails on the census file when the population is off', () => {
    const rows = publishedTable();
    rows[0].population -= 3;
    const e = thrown(() => validatePublishedTotals(rows, FILES)) as DataBuildError;
    expect(e.file).toBe('inegi.csv');
    expect(e.message).toContain('off by -3');
  });

  it('fails when a municipality changes degree although the count of rows is right', () => {
    const rows = publishedTable();
    rows.find((m) => m.degree === 'nulo')!.degree = 'muy-bajo';
    expect(() => validatePublishedTotals(rows, FILES)).toThrow(/number of "muy-bajo" municipalities is 874, published 873/);
  });
});
