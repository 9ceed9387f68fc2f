/** The performance budgets, checked against the summaries: PASS/MISS with the margin. */
import type { HeapSession } from './heap-session';
import { fmtBytes, fmtMs, KB, MB } from './stats';
import type { TargetSummary } from './summarize';

export interface BudgetLine {
  budget: string;
  value: string;
  limit: string;
  pass: boolean | null;
  margin: string;
  note?: string;
}

const FRAME_60HZ = 1000 / 60;

function line(budget: string, value: number | null | undefined, limit: number, fmt: (x: number) => string, note?: string, fmtMargin = fmt): BudgetLine {
  if (value === null || value === undefined) return { budget, value: 'n/a', limit: fmt(limit), pass: null, margin: 'not measured', note };
  const pass = value <= limit;
  const d = limit - value;
  const pct = limit !== 0 ? ` (${((Math.abs(d) / limit) * 100).toFixed(1)}% of the limit)` : '';
  return { budget, value: fmt(value), limit: fmt(limit), pass, margin: `${pass ? 'under by' : 'over by'} ${fmtMargin(Math.abs(d))}${pct}`, note };
}

/** The worst run of the degree toggle and the state filter, or null if neither was measured. */
function worst(s: TargetSummary | null, pick: (t: TargetSummary) => [number | undefined, number | undefined]): number | null {
  const v = (s ? pick(s) : []).filter((x) => typeof x === 'number') as number[];
  return v.length ? Math.max(...v) : null;
}

export function checkBudgets(ours: TargetSummary, baseline: TargetSummary, ours10: TargetSummary | null, heap: HeapSession | null): BudgetLine[] {
  const lines: BudgetLine[] = [
    line('municipal geometry of the first view (overview.*.json), gzip', ours.geometry.gzip?.median, 300 * KB, fmtBytes),
    line('everything for the first view, gzip', ours.bytes.total.gzip?.median, 1.2 * MB, fmtBytes, '1 MB = 1024 KB'),
  ];
  const r = ours.firstRender && baseline.firstRender ? ours.firstRender.median / baseline.firstRender.median : null;
  lines.push(line('first map render ≤ 0.6 × baseline (medians)', r, 0.6, (x) => `${x.toFixed(2)}×`, `ours ${fmtMs(ours.firstRender?.median ?? NaN)}, baseline ${fmtMs(baseline.firstRender?.median ?? NaN)}`, (x) => x.toFixed(2)));
  for (const [name, s] of [['1×', ours], ['10×', ours10]] as const) {
    const frames = worst(s, (t) => [t.degreeFrames?.max, t.stateFrames?.max]);
    const ms = worst(s, (t) => [t.degreeMs?.max, t.stateMs?.max]);
    lines.push(line(`filter change on screen ≤ 2 frames, ${name} (worst run, degree and state)`, frames, 2, (x) => `${x} frames`));
    lines.push(line(`  same, as time: ≤ 2 frames at 60 Hz, ${name}`, ms, 2 * FRAME_60HZ, fmtMs, 'a frame lasts as long as its draws take'));
  }
  lines.push(
    line(
      'no JS heap growth over the session (after GC, end vs start)',
      heap ? (heap.end - heap.start) / heap.start : null,
      0.05,
      (x) => `${x < 0 ? '−' : '+'}${(Math.abs(x) * 100).toFixed(1)} %`,
      `start after a warm-up cycle of every action (first-use caches full): ${heap ? `${fmtBytes(heap.start)} → ${fmtBytes(heap.end)}` : 'n/a'}`,
    ),
  );
  return lines;
}
