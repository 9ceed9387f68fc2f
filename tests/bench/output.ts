/** The printed report and the Markdown summary, composed from the bench results. */
import type { BudgetLine } from './budgets';
import type { StepTiming } from './build';
import type { LayerCost } from './measure';
import type { HeapSession } from './heap-session';
import { budgetRows, growthSummary, growthTable, heapSeries, markdownTable, sideBySide, textTable } from './report';
import type { SyntheticInfo } from './synthetic-atlas';
import type { TargetSummary } from './summarize';

export interface BenchResults {
  meta: { date: string; commit: string | null; dirty: boolean; environment: string; totalRuntimeS: number };
  scale: number;
  mapSize: { width: number; height: number };
  build: { data: StepTiming | null; next: StepTiming | null };
  summary: { ours: TargetSummary; baseline: TargetSummary; ours10: TargetSummary | null };
  heap: { ours: HeapSession | null; baseline: HeapSession | null };
  synthetic: (SyntheticInfo & { atlasBytes: number; atlasGzipBytes: number }) | null;
  budgets: BudgetLine[];
  layerCosts: { national: LayerCost[]; state: LayerCost[] } | null;
  failures: string[];
}

function method(r: BenchResults): string[] {
  const { ours, ours10 } = r.summary;
  return [
    `Values: median (min–max) over ${ours.runs} runs (ours, baseline)${ours10 ? ` and ${ours10.runs} at ${r.scale}×` : ''}.`,
    'First map render: navigation start → start of the first animation frame after the draw that has all municipalities (ours: deck.gl draw with',
    '  the municipal layer loaded and Ensenada painted in a degree colour, confirmed afterwards by deck.gl picking; baseline: MapLibre `idle` with',
    '  the source loaded and queryRenderedFeatures non-empty). Each draw is timed after the GPU finished it (a 1-pixel read).',
    'Interactive: ours — state select enabled and ranked list rendered; baseline (no panels) — its first map render.',
    'Filter → screen: from the input event (capture phase; baseline: the setFilter call) to the start of the animation frame after the first',
    '  draw whose pixel at a watched point changed (degree: Mezquital, Muy alto; state 32: Ensenada). frames = which animation frame after',
    '  the input drew it (1 = the very next one). With software WebGL a frame lasts as long as its draws, so read frames together with ms.',
  ];
}

const buildLine = ({ data, next }: BenchResults['build']) =>
  `data build: ${data ? `${data.wallS.toFixed(2)} s wall, peak RSS ${data.maxRssMB?.toFixed(0) ?? '?'} MB (${data.rssSource})` : 'not run (--no-build)'}; ` +
  `next build: ${next ? `${next.wallS.toFixed(1)} s wall` : 'not run'}`;

/** Layers whose ids start so are the place names (a TextLayer and its sublayers). */
const isLabel = (id: string) => id.startsWith('place-labels');

/** Per-layer GPU time at both zooms, with the place names' share of the frame. */
function layerCostLines(costs: BenchResults['layerCosts']): string[] {
  if (!costs) return [];
  return (['national', 'state'] as const).flatMap((zoom) => {
    const list = costs[zoom];
    const total = list.reduce((s, c) => s + c.ms, 0);
    const names = list.filter((c) => isLabel(c.layer)).reduce((s, c) => s + c.ms, 0);
    return [
      '',
      `GPU time per deck.gl layer in one redraw (ours 1×, first run, ${zoom === 'national' ? 'national view' : 'zoomed to Jalisco, zoom 7'}):`,
      ...list.map((c) => `  ${c.layer.padEnd(36)} ${String(c.instances).padStart(7)} instances  ${c.ms.toFixed(1)} ms`),
      `  place names: ${names.toFixed(1)} ms of ${total.toFixed(1)} ms (${total > 0 ? ((names / total) * 100).toFixed(0) : 0} % of the deck.gl frame)`,
    ];
  });
}

export function renderText(r: BenchResults): string {
  const { ours, baseline, ours10 } = r.summary;
  const errors = [...new Set([ours, baseline, ours10].flatMap((s) => s?.pageErrors ?? []))];
  return [
    '',
    ...method(r),
    '',
    `Ours vs baseline (1×, map pane ${r.mapSize.width}×${r.mapSize.height} CSS px):`,
    textTable(sideBySide(ours, baseline, r.heap)),
    `JS heap samples after GC, ours:     ${heapSeries(r.heap.ours)}`,
    `JS heap samples after GC, baseline: ${heapSeries(r.heap.baseline)}`,
    ...(ours10 && r.synthetic
      ? [
          '',
          `Ours, 1× → ${r.scale}× synthetic data (${r.synthetic.polygons} polygons, ${r.synthetic.municipalities} municipalities with data):`,
          textTable(growthTable(ours, ours10)),
          ...growthSummary(ours, ours10, r.scale).map((l) => `  ${l}`),
        ]
      : []),
    ...layerCostLines(r.layerCosts),
    '',
    'Budgets:',
    textTable(budgetRows(r.budgets)),
    '',
    buildLine(r.build),
    ...(r.failures.length ? ['', 'Failures:', ...r.failures.map((f) => `  ${f}`)] : []),
    ...(errors.length ? ['', 'Page errors:', ...errors.map((e) => `  ${e}`)] : []),
    `total runtime: ${(r.meta.totalRuntimeS / 60).toFixed(1)} min`,
  ].join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  const { ours, baseline, ours10 } = r.summary;
  return [
    '# Performance bench',
    '',
    `${r.meta.date}, commit ${r.meta.commit}${r.meta.dirty ? ' (uncommitted changes)' : ''}; ${r.meta.environment}. Total runtime ${(r.meta.totalRuntimeS / 60).toFixed(1)} min.`,
    '',
    method(r).join('\n'),
    '',
    '## Ours vs baseline',
    '',
    markdownTable(sideBySide(ours, baseline, r.heap)),
    '',
    `JS heap samples after GC — ours: ${heapSeries(r.heap.ours)}; baseline: ${heapSeries(r.heap.baseline)}.`,
    ...(ours10 && r.synthetic
      ? [
          '',
          `## 1× → ${r.scale}×`,
          '',
          `${r.synthetic.layout}; ${r.synthetic.movedToOtherState} copies took another state's codes (their state was full).`,
          '',
          markdownTable(growthTable(ours, ours10)),
          '',
          ...growthSummary(ours, ours10, r.scale).map((l) => `- ${l}`),
        ]
      : []),
    ...(r.layerCosts ? ['', '## GPU time per deck.gl layer', '', '```', ...layerCostLines(r.layerCosts).filter((l) => l !== ''), '```'] : []),
    '',
    '## Budgets',
    '',
    markdownTable(budgetRows(r.budgets)),
    '',
    buildLine(r.build),
    '',
  ].join('\n');
}
