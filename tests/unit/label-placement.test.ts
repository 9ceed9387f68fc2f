import { describe, expect, it } from 'vitest';
import { boxesClash, labelBox, placeLabels, type Box, type LabelCandidate } from '../../geo/label-placement';

/** Half the font size per character: "AAAA" at 10 px is 20 px wide. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const VIEW = { width: 400, height: 300, measure };

const candidate = (id: string, x: number, y: number, priority: number, text = 'AAAA', size = 10): LabelCandidate => ({ id, kind: 'municipality', text, x, y, priority, size });
const ids = (placed: { id: string }[]) => placed.map((p) => p.id);

describe('labelBox', () => {
  it('centres the text on its anchor: width by 1.2 × size', () => {
    expect(labelBox(100, 50, 20, 10)).toEqual([90, 44, 110, 56]);
  });
});

describe('placeLabels', () => {
  it('returns each label with its box, centred on the anchor', () => {
    const placed = placeLabels([candidate('a', 100, 100, 1)], VIEW);
    expect(placed).toEqual([{ ...candidate('a', 100, 100, 1), box: [90, 94, 110, 106] }]);
  });

  it('lets the higher priority win a collision, whichever comes first in the input', () => {
    const low = candidate('low', 105, 102, 5);
    const high = candidate('high', 100, 100, 10);
    expect(ids(placeLabels([low, high], VIEW))).toEqual(['high']);
    expect(ids(placeLabels([high, low], VIEW))).toEqual(['high']);
    expect(ids(placeLabels([{ ...low, priority: 11 }, high], VIEW))).toEqual(['low']);
  });

  it('breaks priority ties by id', () => {
    expect(ids(placeLabels([candidate('b', 105, 100, 1), candidate('a', 100, 100, 1)], VIEW))).toEqual(['a']);
  });

  it('keeps a gap of `padding` px between boxes (4 by default), touching at exactly the gap', () => {
    // a spans x 90…110; b at x = 123 spans 113…133: 3 px apart.
    const a = candidate('a', 100, 100, 2);
    const b = candidate('b', 123, 100, 1);
    expect(ids(placeLabels([a, b], VIEW))).toEqual(['a']);
    expect(ids(placeLabels([a, b], { ...VIEW, padding: 3 }))).toEqual(['a', 'b']);
    // Vertically: a spans y 94…106; c at y = 117 spans 111…123: 5 px apart.
    expect(ids(placeLabels([a, candidate('c', 100, 117, 1)], VIEW))).toEqual(['a', 'c']);
  });

  it('drops a label whose anchor or box leaves the viewport, keeps one exactly at the edge', () => {
    const placed = placeLabels(
      [
        candidate('anchor-left', -1, 100, 9),
        candidate('anchor-below', 200, 301, 9),
        candidate('box-left', 5, 100, 9), // spans x -5…15
        candidate('box-top', 200, 3, 9), // spans y -3…9
        candidate('box-right', 395, 200, 9), // spans x 385…405
        candidate('at-edge', 10, 150, 1), // spans x 0…20
        candidate('at-bottom', 200, 294, 1), // spans y 288…300
      ],
      VIEW,
    );
    expect(ids(placed)).toEqual(['at-bottom', 'at-edge']);
  });

  it('skips empty texts', () => {
    expect(placeLabels([candidate('a', 100, 100, 1, '')], VIEW)).toEqual([]);
  });

  it('places 3,000 crowded candidates with no two boxes closer than the padding, each dropped one for a reason', () => {
    // A fixed pseudo-random sequence (LCG), so the test is the same on every run.
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const width = 1400;
    const height = 900;
    const candidates = Array.from({ length: 3000 }, (_, i) =>
      candidate(`m${i}`, random() * 1500 - 50, random() * 1000 - 50, Math.floor(random() * 1e6), 'x'.repeat(3 + Math.floor(random() * 20)), 10 + Math.floor(random() * 5)),
    );
    const placed = placeLabels(candidates, { width, height, measure });
    expect(placed.length).toBeGreaterThan(100);
    const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height;
    for (let i = 0; i < placed.length; i++) {
      expect(inside(placed[i].box)).toBe(true);
      if (i > 0) expect(placed[i].priority).toBeLessThanOrEqual(placed[i - 1].priority);
      for (let j = i + 1; j < placed.length; j++) {
        if (boxesClash(placed[i].box, placed[j].box, 4)) throw new Error(`${placed[i].id} and ${placed[j].id} come closer than 4 px`);
      }
    }
    // Greedy: a candidate left out is off screen or clashes with a placed label of higher priority.
    const placedIds = new Set(ids(placed));
    for (const c of candidates.filter((c) => !placedIds.has(c.id))) {
      const box = labelBox(c.x, c.y, measure(c.text, c.size), c.size);
      const blocked = placed.some((p) => p.priority >= c.priority && boxesClash(box, p.box, 4));
      expect(!inside(box) || blocked, c.id).toBe(true);
    }
  });
});
