/** Reduces the runs of one page to medians and spreads. */
import type { RunResult } from './measure';
import { spread, type Spread } from './stats';
import { totals, type Kind } from './transfer';

export interface TargetSummary {
  runs: number;
  bytes: Record<Kind | 'total', { raw: Spread | null; gzip: Spread | null; files: number }>;
  /** Ours: the geometry of the first view (the overview, or the atlas when the first view needs it); baseline: the GeoJSON. */
  geometry: { raw: Spread | null; gzip: Spread | null };
  firstDraw: Spread | null;
  firstRender: Spread | null;
  interactive: Spread | null;
  degreeMs: Spread | null;
  degreeDrawMs: Spread | null;
  degreeFrames: Spread | null;
  /** Ours: edition 2000 → 2010, click → screen (the first switch, so it includes fetching 2010's asset). */
  editionMs: Spread | null;
  editionFrames: Spread | null;
  stateMs: Spread | null;
  stateDrawMs: Spread | null;
  stateFrames: Spread | null;
  fps: Spread | null;
  drawsPerS: Spread | null;
  maxFrameGapMs: Spread | null;
  maxMovingGapMs: Spread | null;
  /** Ours, deck.gl forced to redraw in every frame. */
  fpsRedrawEveryFrame: Spread | null;
  maxMovingGapMsRedrawEveryFrame: Spread | null;
  /** Ours: the redraw mode each run chose after load, and the median of its measured redraw times. */
  redrawModes: string[];
  measuredRedrawMs: Spread | null;
  heapAfterLoad: Spread | null;
  timeouts: number;
  pageErrors: string[];
}

const isGeometry = (url: string) => /\/data\/(atlas|overview)\.[^/]+\.json$|\.geojson$/.test(new URL(url).pathname);

export function summarize(runs: RunResult[]): TargetSummary {
  const t = runs.map((r) => totals(r.transfer));
  const geo = runs.map((r) => r.transfer.filter((f) => isGeometry(f.url)));
  const bytes = Object.fromEntries(
    (['js', 'css', 'data', 'other', 'total'] as const).map((k) => [
      k,
      { raw: spread(t.map((x) => x[k].raw)), gzip: spread(t.map((x) => x[k].gzip)), files: t[0]?.[k].files ?? 0 },
    ]),
  ) as TargetSummary['bytes'];
  return {
    runs: runs.length,
    bytes,
    geometry: {
      raw: spread(geo.map((g) => (g.length ? g.reduce((s, f) => s + f.raw, 0) : null))),
      gzip: spread(geo.map((g) => (g.length ? g.reduce((s, f) => s + f.gzip, 0) : null))),
    },
    firstDraw: spread(runs.map((r) => r.load.firstDraw)),
    firstRender: spread(runs.map((r) => r.load.firstRender)),
    interactive: spread(runs.map((r) => r.load.interactive)),
    degreeMs: spread(runs.map((r) => r.degree.ms)),
    degreeDrawMs: spread(runs.map((r) => r.degree.drawMs)),
    degreeFrames: spread(runs.map((r) => r.degree.frames)),
    editionMs: spread(runs.map((r) => r.edition?.ms)),
    editionFrames: spread(runs.map((r) => r.edition?.frames)),
    stateMs: spread(runs.map((r) => r.state.ms)),
    stateDrawMs: spread(runs.map((r) => r.state.drawMs)),
    stateFrames: spread(runs.map((r) => r.state.frames)),
    fps: spread(runs.map((r) => r.fps.fps)),
    drawsPerS: spread(runs.map((r) => r.fps.drawsPerS)),
    maxFrameGapMs: spread(runs.map((r) => r.fps.maxFrameGapMs)),
    maxMovingGapMs: spread(runs.map((r) => r.fps.maxMovingGapMs)),
    fpsRedrawEveryFrame: spread(runs.map((r) => r.fpsRedrawEveryFrame?.fps)),
    maxMovingGapMsRedrawEveryFrame: spread(runs.map((r) => r.fpsRedrawEveryFrame?.maxMovingGapMs)),
    redrawModes: runs.flatMap((r) => (r.redraw ? [r.redraw.mode] : [])),
    measuredRedrawMs: spread(runs.map((r) => r.redraw?.measuredMs)),
    heapAfterLoad: spread(runs.map((r) => r.heapAfterLoad)),
    timeouts: runs.filter((r) => r.degree.timedOut || r.state.timedOut || r.edition?.timedOut).length,
    pageErrors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}
