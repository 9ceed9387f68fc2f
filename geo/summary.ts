import { DEGREES, type Degree } from './degrees';
import type { Municipality } from './types';

export interface SummaryCounts {
  municipalities: number;
  population: number;
  /** Households (2000) or dwellings (2010, 2020). */
  homes: number;
}

export interface SummaryRow extends SummaryCounts {
  degree: Degree;
  /** False when the reader has toggled this degree off: its row then counts nothing. */
  included: boolean;
  /** Shares of the table's total, in percent (0–100); null when the total is zero. */
  share: { municipalities: number | null; population: number | null; homes: number | null };
}

export interface Summary {
  rows: SummaryRow[];
  total: SummaryCounts;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/**
 * Conapo's table of degrees for the municipalities in scope (the state and, comparing, the
 * transition cell chosen): per degree shown, the number of municipalities, population and
 * households or dwellings, and their shares of the table's total. Integer sums only, so the
 * country-wide table equals the published one to the unit.
 */
export function summarize(inScope: Municipality[], degrees: readonly Degree[]): Summary {
  const counts = new Map<Degree, SummaryCounts>(DEGREES.map((d) => [d, { municipalities: 0, population: 0, homes: 0 }]));
  for (const m of inScope) {
    if (!degrees.includes(m.degree)) continue;
    const c = counts.get(m.degree)!;
    c.municipalities += 1;
    c.population += m.population;
    c.homes += m.homes;
  }
  const total: SummaryCounts = { municipalities: 0, population: 0, homes: 0 };
  for (const c of counts.values()) {
    total.municipalities += c.municipalities;
    total.population += c.population;
    total.homes += c.homes;
  }
  return {
    total,
    rows: DEGREES.map((degree) => {
      const c = counts.get(degree)!;
      return {
        degree,
        included: degrees.includes(degree),
        ...c,
        share: {
          municipalities: percent(c.municipalities, total.municipalities),
          population: percent(c.population, total.population),
          homes: percent(c.homes, total.homes),
        },
      };
    }),
  };
}
