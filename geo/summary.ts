import { DEGREES, type Degree } from './degrees';
import type { Filter } from './filters';
import type { Municipality } from './types';

export interface SummaryCounts {
  municipalities: number;
  population: number;
  households: number;
}

export interface SummaryRow extends SummaryCounts {
  degree: Degree;
  /** False when the reader has toggled this degree off: its row then counts nothing. */
  included: boolean;
  /** Shares of the table's total, in percent (0–100); null when the total is zero. */
  share: { municipalities: number | null; population: number | null; households: number | null };
}

export interface Summary {
  rows: SummaryRow[];
  total: SummaryCounts;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/**
 * Conapo's table of degrees for the municipalities in the filter: per degree, the number
 * of municipalities, population and households, and their shares of the table's total.
 * Integer sums only, so the country-wide table equals the published one to the unit.
 */
export function summarize(rows: Municipality[], filter: Filter): Summary {
  const inScope = rows.filter((m) => filter.state === null || m.state === filter.state);
  const counts = new Map<Degree, SummaryCounts>(DEGREES.map((d) => [d, { municipalities: 0, population: 0, households: 0 }]));
  for (const m of inScope) {
    if (!filter.degrees.includes(m.degree)) continue;
    const c = counts.get(m.degree)!;
    c.municipalities += 1;
    c.population += m.population;
    c.households += m.households;
  }
  const total: SummaryCounts = { municipalities: 0, population: 0, households: 0 };
  for (const c of counts.values()) {
    total.municipalities += c.municipalities;
    total.population += c.population;
    total.households += c.households;
  }
  return {
    total,
    rows: DEGREES.map((degree) => {
      const c = counts.get(degree)!;
      return {
        degree,
        included: filter.degrees.includes(degree),
        ...c,
        share: {
          municipalities: percent(c.municipalities, total.municipalities),
          population: percent(c.population, total.population),
          households: percent(c.households, total.households),
        },
      };
    }),
  };
}
