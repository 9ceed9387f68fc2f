/**
 * A PNG of the map as the reader sees it: the MapLibre base and the deck.gl canvas
 * composed, with the title, the legend and the source credit drawn around them.
 * Both canvases keep their drawing buffer, so they can be read at any time.
 */
export interface PngLabels {
  title: string;
  subtitle: string;
  credit: string;
  /** One section per layer on screen, each with its classes. */
  legend: { title: string; entries: { color: string; label: string }[] }[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function composeMapPng(canvases: HTMLCanvasElement[], labels: PngLabels): Promise<Blob> {
  const [first] = canvases;
  const scale = first.width / first.clientWidth || 1;
  const width = first.width;
  const pad = 12 * scale;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  ctx.font = `${11 * scale}px ${FONT}`;
  const creditLines = wrap(ctx, labels.credit, width - 2 * pad);
  // Each section: a title line, then its entries four to a row.
  const legendRows = labels.legend.reduce((n, section) => n + 1 + Math.ceil(section.entries.length / 4), 0);
  const header = 52 * scale;
  const footer = pad + legendRows * 20 * scale + creditLines.length * 14 * scale + pad;
  out.width = width;
  out.height = header + first.height + footer;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1d1d1f';
  ctx.font = `bold ${16 * scale}px ${FONT}`;
  ctx.fillText(labels.title, pad, 22 * scale);
  ctx.font = `${12 * scale}px ${FONT}`;
  ctx.fillStyle = '#5b5b60';
  ctx.fillText(labels.subtitle, pad, 42 * scale);
  for (const c of canvases) ctx.drawImage(c, 0, header, width, first.height);

  let y = header + first.height + pad;
  const columnWidth = (width - 2 * pad) / 4;
  for (const section of labels.legend) {
    ctx.font = `bold ${12 * scale}px ${FONT}`;
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(section.title, pad, y + 12 * scale);
    y += 20 * scale;
    ctx.font = `${12 * scale}px ${FONT}`;
    section.entries.forEach((entry, i) => {
      const x = pad + (i % 4) * columnWidth;
      const rowY = y + Math.floor(i / 4) * 20 * scale;
      ctx.fillStyle = entry.color;
      ctx.fillRect(x, rowY, 14 * scale, 14 * scale);
      ctx.strokeStyle = 'rgba(0,0,0,0.4)';
      ctx.strokeRect(x, rowY, 14 * scale, 14 * scale);
      ctx.fillStyle = '#1d1d1f';
      ctx.fillText(entry.label, x + 20 * scale, rowY + 12 * scale);
    });
    y += Math.ceil(section.entries.length / 4) * 20 * scale;
  }
  y += 4 * scale;
  ctx.font = `${11 * scale}px ${FONT}`;
  ctx.fillStyle = '#5b5b60';
  creditLines.forEach((line, i) => ctx.fillText(line, pad, y + (i + 1) * 14 * scale - 3 * scale));

  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
