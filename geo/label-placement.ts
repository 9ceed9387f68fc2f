/**
 * Label placement on screen: the most important names first, each kept only if its box
 * stays inside the viewport and clear of every name already placed. Greedy by priority,
 * with a grid of buckets so each box is tested only against its neighbours (3,000
 * candidates place in a few milliseconds). Pure: screen positions and text widths come in.
 *
 * Box convention: the text is centred on its anchor (x, y), horizontally and vertically, as
 * TextLayer draws it with getTextAnchor 'middle' and getAlignmentBaseline 'center'. The box
 * is the text's advance width by BOX_HEIGHT_EM × size, centred on the anchor.
 */
import type { LabelKind } from './labels';

/** Box height per pixel of font size: the line plus room for accents and descenders (DejaVu Sans: ~1.17 em). */
export const BOX_HEIGHT_EM = 1.2;
/** Minimum clear gap between two boxes, in px: room for the halo and a little air. */
export const DEFAULT_PADDING = 4;
/** Side of a grid bucket in px: about one short label, so a box touches few buckets. */
const CELL = 64;

export interface LabelCandidate {
  /** Unique among the candidates ("municipality:14039"). */
  id: string;
  kind: LabelKind;
  text: string;
  /** Screen position of the anchor, px from the top-left of the map. */
  x: number;
  y: number;
  /** Higher is placed first. */
  priority: number;
  /** Font size, px. */
  size: number;
}

/** [left, top, right, bottom] in screen px. */
export type Box = [left: number, top: number, right: number, bottom: number];

export type PlacedLabel<T extends LabelCandidate = LabelCandidate> = T & { box: Box };

export interface PlacementOptions {
  /** Viewport size in px: a box must lie entirely inside [0, width] × [0, height]. */
  width: number;
  height: number;
  /** Width in px of a text drawn at a font size (labelLayers.measureText in the browser). */
  measure: (text: string, size: number) => number;
  /** Minimum gap between two boxes, px. */
  padding?: number;
}

/** The box of a text of `width` px at font `size`, centred on (x, y). */
export function labelBox(x: number, y: number, width: number, size: number): Box {
  const h = size * BOX_HEIGHT_EM;
  return [x - width / 2, y - h / 2, x + width / 2, y + h / 2];
}

/** Whether two boxes come closer than `gap` px (touching at exactly `gap` is allowed). */
export const boxesClash = (a: Box, b: Box, gap = 0) => a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;

const byPriority = (a: LabelCandidate, b: LabelCandidate) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The labels to draw, in placement order (highest priority first; ties by id), each with its
 * box. No two boxes come closer than `padding`; no box leaves the viewport.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[], { width, height, measure, padding = DEFAULT_PADDING }: PlacementOptions): PlacedLabel<T>[] {
  const placed: PlacedLabel<T>[] = [];
  const buckets = new Map<number, PlacedLabel<T>[]>();
  const columns = Math.ceil(width / CELL) + 1;
  // Buckets a box (grown by the padding) touches; it is inside the viewport, so indices are >= 0.
  const cellsOf = (b: Box) => {
    const keys: number[] = [];
    for (let cy = Math.floor((b[1] - padding) / CELL); cy <= Math.floor((b[3] + padding) / CELL); cy++) {
      for (let cx = Math.floor((b[0] - padding) / CELL); cx <= Math.floor((b[2] + padding) / CELL); cx++) keys.push(cy * columns + cx);
    }
    return keys;
  };

  for (const c of [...candidates].sort(byPriority)) {
    // An anchor off screen means a box partly off screen: skip it before measuring.
    if (!(c.x >= 0 && c.x <= width && c.y >= 0 && c.y <= height) || c.text === '') continue;
    const box = labelBox(c.x, c.y, measure(c.text, c.size), c.size);
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
    const keys = cellsOf(box);
    if (keys.some((k) => buckets.get(k)?.some((other) => boxesClash(box, other.box, padding)))) continue;
    const label = { ...c, box };
    placed.push(label);
    for (const k of keys) {
      const bucket = buckets.get(k);
      if (bucket) bucket.push(label);
      else buckets.set(k, [label]);
    }
  }
  return placed;
}
