'use client';
/**
 * The four components of a municipality across the three editions: one line per component,
 * a gap where the place did not exist. Percentages of households (2000) or dwellings (2010,
 * 2020), which compare across editions (the index values do not).
 */
import { EDITIONS, type Edition } from '../../geo/editions';
import type { Municipality } from '../../geo/types';

const W = 300;
const H = 120;
const PAD = { left: 30, right: 18, top: 8, bottom: 18 };
/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const COMPONENT_COLORS = { remittances: '#0072b2', emigrants: '#d55e00', circular: '#009e73', returnMigrants: '#cc79a7' } as const;
type Component = keyof typeof COMPONENT_COLORS;

export function ComponentsChart({ rows, labels, caption }: { rows: Partial<Record<Edition, Municipality | null>>; labels: Record<Component, string>; caption: string }) {
  const components = Object.keys(COMPONENT_COLORS) as Component[];
  const values = EDITIONS.flatMap((e) => components.map((c) => rows[e]?.[c])).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  const max = Math.max(1, ...values);
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / (EDITIONS.length - 1);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const describe = components.map((c) => `${labels[c]}: ${EDITIONS.map((e) => `${e} ${rows[e] ? rows[e]![c].toFixed(2) + ' %' : '—'}`).join(', ')}`).join('; ');
  return (
    <figure className="components-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${caption}. ${describe}`}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#999" />
        <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" fontSize="9" fill="#5b5b60">{`${max.toFixed(0)} %`}</text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" fontSize="9" fill="#5b5b60">0</text>
        {EDITIONS.map((e, i) => (
          <text key={e} x={x(i)} y={H - 4} textAnchor="middle" fontSize="10" fill="#5b5b60">
            {e}
          </text>
        ))}
        {components.map((c) => {
          // Segments only between consecutive editions where the place existed in both.
          const points = EDITIONS.map((e, i) => (rows[e] ? { x: x(i), y: y(rows[e]![c]) } : null));
          return (
            <g key={c} stroke={COMPONENT_COLORS[c]} fill={COMPONENT_COLORS[c]}>
              {points.slice(1).map((p, i) => p && points[i] && <line key={i} x1={points[i]!.x} y1={points[i]!.y} x2={p.x} y2={p.y} strokeWidth={2} />)}
              {points.map((p, i) => p && <circle key={i} cx={p.x} cy={p.y} r={3} />)}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        {caption}
        <ul className="chart-key">
          {components.map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: COMPONENT_COLORS[c] }} aria-hidden />
              {labels[c]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
