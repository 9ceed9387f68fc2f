/** The printed tables (side by side, 1×→10× growth, budgets) and the files in tests/.results/bench/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BudgetLine } from './budgets';
import type { HeapSession } from './heap-session';
import { fmtBytes, fmtMs, fmtNum, fmtRatio, fmtSpread, MB, ratio, type Spread } from './stats';
import type { TargetSummary } from './summarize';

type Row = [string, ...string[]];
/** `baseline` picks the baseline's value when it is not the same field (it has one way to move: MapLibre redraws every frame). */
type Metric = { label: string; get: (t: TargetSummary) => Spread | null; fmt: (x: number) => string; baseline?: (t: TargetSummary) => Spread | null };

const bytesMetric = (label: string, k: keyof TargetSummary['bytes'], z: 'raw' | 'gzip'): Metric => ({ label: `${label}, ${z}`, get: (t) => t.bytes[k][z], fmt: fmtBytes });
const frames = (x: number) => `${x} fr`;

const METRICS: Metric[] = [
  bytesMetric('JS', 'js', 'raw'),
  bytesMetric('JS', 'js', 'gzip'),
  bytesMetric('CSS', 'css', 'raw'),
  bytesMetric('CSS', 'css', 'gzip'),
  bytesMetric('data (json, geojson)', 'data', 'raw'),
  bytesMetric('data (json, geojson)', 'data', 'gzip'),
  bytesMetric('other (html, svg…)', 'other', 'raw'),
  bytesMetric('other (html, svg…)', 'other', 'gzip'),
  bytesMetric('first view total', 'total', 'raw'),
  bytesMetric('first view total', 'total', 'gzip'),
  { label: 'municipal geometry file, gzip', get: (t) => t.geometry.gzip, fmt: fmtBytes },
  { label: 'first map render (nav → frame)', get: (t) => t.firstRender, fmt: fmtMs },
  { label: 'interactive (nav →)', get: (t) => t.interactive, fmt: fmtMs },
  { label: 'degree toggle → screen, ms', get: (t) => t.degreeMs, fmt: fmtMs },
  { label: 'degree toggle → screen, frames', get: (t) => t.degreeFrames, fmt: frames },
  { label: 'edition 2000 → 2010 → screen, ms (first switch: fetches 2010)', get: (t) => t.editionMs, fmt: fmtMs },
  { label: 'edition 2000 → 2010 → screen, frames', get: (t) => t.editionFrames, fmt: frames },
  { label: 'state filter → screen, ms', get: (t) => t.stateMs, fmt: fmtMs },
  { label: 'state filter → screen, frames', get: (t) => t.stateFrames, fmt: frames },
  { label: 'pan/zoom, rAF frames/s (adaptive)', get: (t) => t.fps, fmt: fmtNum(2) },
  { label: 'pan/zoom, rAF frames/s (redraw every frame)', get: (t) => t.fpsRedrawEveryFrame, fmt: fmtNum(2), baseline: (t) => t.fps },
  { label: 'pan/zoom, map redraws/s (adaptive)', get: (t) => t.drawsPerS, fmt: fmtNum(2) },
  { label: 'pan/zoom, longest frame (adaptive)', get: (t) => t.maxFrameGapMs, fmt: fmtMs },
  { label: 'pan/zoom, longest frame while moving (adaptive)', get: (t) => t.maxMovingGapMs, fmt: fmtMs },
  { label: 'pan/zoom, longest frame while moving (redraw every frame)', get: (t) => t.maxMovingGapMsRedrawEveryFrame, fmt: fmtMs, baseline: (t) => t.maxMovingGapMs },
  { label: 'JS heap after load (GC)', get: (t) => t.heapAfterLoad, fmt: fmtBytes },
];

const GROWTH = new Set([
  'first map render (nav → frame)', 'interactive (nav →)', 'degree toggle → screen, ms', 'degree toggle → screen, frames',
  'edition 2000 → 2010 → screen, ms (first switch: fetches 2010)', 'edition 2000 → 2010 → screen, frames',
  'state filter → screen, ms', 'state filter → screen, frames', 'pan/zoom, rAF frames/s (adaptive)', 'pan/zoom, map redraws/s (adaptive)',
  'pan/zoom, longest frame (adaptive)', 'JS heap after load (GC)', 'municipal geometry file, gzip', 'first view total, gzip',
]);

export function sideBySide(ours: TargetSummary, baseline: TargetSummary, heap: { ours: HeapSession | null; baseline: HeapSession | null }): Row[] {
  const rows: Row[] = [['metric', 'ours', 'baseline', 'ours/baseline']];
  for (const m of METRICS) {
    const a = m.get(ours);
    const b = (m.baseline ?? m.get)(baseline);
    rows.push([m.label, fmtSpread(a, m.fmt), fmtSpread(b, m.fmt), fmtRatio(ratio(a?.median, b?.median))]);
  }
  const modes = [...new Set(ours.redrawModes)].join(', ') || 'n/a';
  rows.push(['deck.gl redraw, measured by the page (median): mode chosen', `${fmtSpread(ours.measuredRedrawMs, fmtMs)}: ${modes}`, '', '']);
  const { ours: o, baseline: b } = heap;
  const seconds = Math.round(((o ?? b)?.durationMs ?? 0) / 1000);
  const signed = (x: number) => `${x < 0 ? '−' : '+'}${fmtBytes(Math.abs(x))}`;
  const cell = (s: HeapSession | null, f: (s: HeapSession) => string) => (s ? f(s) : 'n/a');
  const pct = (s: HeapSession) => `${signed(s.end - s.start)} (${s.end >= s.start ? '+' : '−'}${((Math.abs(s.end - s.start) / s.start) * 100).toFixed(1)} %)`;
  rows.push(['JS heap, heap session: after load', cell(o, (s) => fmtBytes(s.afterLoad)), cell(b, (s) => fmtBytes(s.afterLoad)), fmtRatio(ratio(o?.afterLoad, b?.afterLoad))]);
  rows.push(['JS heap, session start (after a warm-up cycle)', cell(o, (s) => fmtBytes(s.start)), cell(b, (s) => fmtBytes(s.start)), fmtRatio(ratio(o?.start, b?.start))]);
  rows.push([`JS heap, after ${seconds} s interaction + reset`, cell(o, (s) => fmtBytes(s.end)), cell(b, (s) => fmtBytes(s.end)), fmtRatio(ratio(o?.end, b?.end))]);
  rows.push(['JS heap growth over the session (end − start)', cell(o, pct), cell(b, pct), '']);
  return rows;
}

/** "load 27.3 | start 30.1 → 28.5 → 29.3 → end 30.0 MB (…)": the heap samples (after GC) of a heap session. */
export function heapSeries(s: HeapSession | null): string {
  if (!s) return 'n/a';
  const mb = (x: number) => (x / MB).toFixed(1);
  const at = s.samples.map((x) => `${mb(x.used)} @${Math.round(x.atMs / 1000)} s`);
  return `load ${mb(s.afterLoad)} | start ${[mb(s.start), ...at].join(' → ')} → end ${mb(s.end)} MB (actions: ${s.actions} in ${(s.durationMs / 1000).toFixed(0)} s${s.failures.length ? `, ${s.failures.length} failed: ${s.failures.join('; ')}` : ''})`;
}

export function growthTable(one: TargetSummary, ten: TargetSummary): Row[] {
  const rows: Row[] = [['metric', '1×', '10×', 'growth (10×/1×)']];
  for (const m of METRICS.filter((x) => GROWTH.has(x.label))) {
    const a = m.get(one);
    const b = m.get(ten);
    rows.push([m.label, fmtSpread(a, m.fmt), fmtSpread(b, m.fmt), fmtRatio(ratio(b?.median, a?.median))]);
  }
  return rows;
}

/** The growth of first render and filter → screen with the data, against linear (the goal is sub-linear). */
export function growthSummary(one: TargetSummary, ten: TargetSummary, scale: number): string[] {
  const lines: [string, (t: TargetSummary) => Spread | null][] = [
    ['first map render', (t) => t.firstRender],
    ['degree toggle → screen', (t) => t.degreeMs],
    ['state filter → screen', (t) => t.stateMs],
    ['edition switch → screen', (t) => t.editionMs],
  ];
  return lines.map(([label, get]) => {
    const f = ratio(get(ten)?.median, get(one)?.median);
    if (f === null) return `${label}: not measured`;
    return `${label}: ${f.toFixed(2)}× for ${scale}× the data — ${f < scale ? `sub-linear, ${(scale / f).toFixed(1)}× below linear` : 'linear or worse'}`;
  });
}

export function budgetRows(lines: BudgetLine[]): Row[] {
  return [
    ['budget', 'value', 'limit', 'result', 'margin'],
    ...lines.map((l): Row => [l.budget, l.value, l.limit, l.pass === null ? 'N/A' : l.pass ? 'PASS' : 'MISS', l.margin + (l.note ? ` — ${l.note}` : '')]),
  ];
}

export function textTable(rows: Row[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : (c ?? '').padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

export function markdownTable(rows: Row[]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [`| ${rows[0].map(esc).join(' | ')} |`, `|${rows[0].map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export function writeResults(dir: string, report: object, markdown: string): { json: string; md: string; history: string } {
  mkdirSync(path.join(dir, 'history'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = path.join(dir, 'report.json');
  const md = path.join(dir, 'summary.md');
  const history = path.join(dir, 'history', `report-${stamp}.json`);
  const text = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(json, text);
  writeFileSync(history, text);
  writeFileSync(md, markdown);
  return { json, md, history };
}
