import { describe, expect, it } from 'vitest';
import { DEGREES } from '../../geo/degrees';
import { PUBLISHED } from '../../geo/editions';
import type { Municipality } from '../../geo/types';
import { DataBuildError } from '../../data/errors';
import { joinPopulation } from '../../data/join';
import { validatePublishedTotals } from '../../data/validate';
import { municipality, thrown } from './fixtures';

const FILES = { conapo: 'conapo.csv', inegi: 'inegi.csv' };
const withoutPopulation = (id: string) => {
  const { population: _, rank: __, ...rest } = municipality(id);
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

/** 2,443 rows with the published 2000 degree counts, households and population, built arithmetically. */
function publishedTable(): Municipality[] {
  const P = { municipalities: 2443, households: 22_639_808, population: 97_483_412, degrees: { 'muy-alto': 162, alto: 330, medio: 392, bajo: 593, 'muy-bajo': 873, nulo: 93 } };
  expect(PUBLISHED[2000]).toEqual({ municipalities: P.municipalities, homes: P.households, population: P.population, degrees: P.degrees });
  const n = P.municipalities;
  const households = Math.floor(P.households / n);
  const population = Math.floor(P.population / n);
  const degrees = DEGREES.flatMap((d) => Array<typeof d>(P.degrees[d]).fill(d));
  return degrees.map((degree, i) =>
    municipality(`${String(1 + (i % 32)).padStart(2, '0')}${String(1 + Math.floor(i / 32)).padStart(3, '0')}`, {
      degree,
      index: degree === 'nulo' ? null : 0,
      homes: households + (i === 0 ? P.households - households * n : 0),
      population: population + (i === 0 ? P.population - population * n : 0),
    }),
  );
}

describe('validatePublishedTotals', () => {
  it('passes for a table that matches the published totals exactly', () => {
    const rows = publishedTable();
    expect(rows).toHaveLength(2443);
    expect(new Set(rows.map((m) => m.id)).size).toBe(2443);
    expect(() => validatePublishedTotals(2000, rows, FILES)).not.toThrow();
  });

  it('fails when one household is added, saying by how much', () => {
    const rows = publishedTable();
    rows[5].homes += 1;
    const e = thrown(() => validatePublishedTotals(2000, rows, FILES)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe('conapo.csv');
    expect(e.message).toContain('total households is 22,639,809, published 22,639,808 (off by 1)');
  });

  it('fails on the census file when the population is off', () => {
    const rows = publishedTable();
    rows[0].population -= 3;
    const e = thrown(() => validatePublishedTotals(2000, rows, FILES)) as DataBuildError;
    expect(e.file).toBe('inegi.csv');
    expect(e.message).toContain('off by -3');
  });

  it('fails when a municipality changes degree although the count of rows is right', () => {
    const rows = publishedTable();
    rows.find((m) => m.degree === 'nulo')!.degree = 'muy-bajo';
    expect(() => validatePublishedTotals(2000, rows, FILES)).toThrow(/number of "muy-bajo" municipalities is 874, published 873/);
  });

  it('checks a later edition against its own published table, naming its unit (dwellings)', () => {
    // The 2000 table is 2,443 rows: as a 2010 table it is 13 municipalities short of 2,456.
    expect(() => validatePublishedTotals(2010, publishedTable(), FILES)).toThrow('number of municipalities is 2,443, published 2,456 (off by -13)');
    const one = [{ degree: 'medio' as const, homes: 5, population: 7 }];
    expect(() => validatePublishedTotals(2020, one, FILES)).toThrow(/published 2,469/);
  });
});
