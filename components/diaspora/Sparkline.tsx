'use client';
/** A small time series with its margin of error as a band; the current year is marked. */
import type { SeriesPoint } from '../../geo/diaspora-view';

const W = 260;
const H = 70;
const PAD = 4;

export function Sparkline({ series, year, label }: { series: SeriesPoint[]; year: number; label: string }) {
  if (series.length < 2) return null;
  const lows = series.map((p) => p.value - (p.moe ?? 0));
  const highs = series.map((p) => p.value + (p.moe ?? 0));
  const [min, max] = [Math.min(...lows), Math.max(...highs)];
  const [first, last] = [series[0].year, series[series.length - 1].year];
  const x = (y: number) => PAD + ((y - first) / (last - first)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - min) / (max - min || 1)) * (H - 2 * PAD);
  const line = series.map((p) => `${x(p.year)},${y(p.value)}`).join(' ');
  const band = [...series.map((p, i) => `${x(p.year)},${y(highs[i])}`), ...[...series].reverse().map((p, i) => `${x(p.year)},${y(lows[series.length - 1 - i])}`)].join(' ');
  const current = series.find((p) => p.year === year);
  return (
    <figure className="sparkline">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <polygon points={band} fill="#c7e9b4" opacity={0.7} />
        <polyline points={line} fill="none" stroke="#253494" strokeWidth={2} />
        {current && <circle cx={x(current.year)} cy={y(current.value)} r={4} fill="#e6551d" />}
      </svg>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
