import { describe, expect, it } from 'vitest';
import { assumeRedrawMs, deckContextAttributes, initialPolicy, medianMs, REDRAW_RULES, rendererKind, withLowerBound, withSample, type RedrawPolicy } from '../../components/map/redrawPolicy';

const feed = (policy: RedrawPolicy, samples: number[]) => samples.reduce((p, ms) => withSample(p, ms), policy);

describe('rendererKind', () => {
  it('recognises software rasterizers by their WebGL renderer strings', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple Software Renderer',
    ]) {
      expect(rendererKind(name), name).toBe('software');
    }
  });

  it('takes any other named renderer for hardware', () => {
    expect(rendererKind('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe('hardware');
    expect(rendererKind('Apple M1')).toBe('hardware');
    expect(rendererKind('Mali-G78')).toBe('hardware');
  });

  it('knows nothing from a hidden renderer (no WEBGL_debug_renderer_info)', () => {
    for (const name of ['WebKit WebGL', 'Mozilla', '', null, undefined]) expect(rendererKind(name)).toBe('unknown');
  });
});

describe('initialPolicy', () => {
  it('starts by moving the last frame on a software renderer only', () => {
    expect(initialPolicy('software')).toEqual({ mode: 'transform', samples: [] });
    expect(initialPolicy('hardware').mode).toBe('redraw');
    expect(initialPolicy('unknown').mode).toBe('redraw');
  });
});

describe('withSample', () => {
  it('keeps the prior until minSamples redraws are measured', () => {
    const slow = Array(REDRAW_RULES.minSamples - 1).fill(200);
    expect(feed(initialPolicy('hardware'), slow).mode).toBe('redraw');
    expect(feed(initialPolicy('hardware'), [...slow, 200]).mode).toBe('transform');
  });

  it('treats a slow hardware GPU like a software renderer, and a fast software renderer like a GPU', () => {
    expect(feed(initialPolicy('hardware'), [30, 25, 40]).mode).toBe('transform');
    expect(feed(initialPolicy('software'), [2, 3, 1]).mode).toBe('redraw');
  });

  it('switches at the thresholds, and not between them (hysteresis)', () => {
    const { slowMs, fastMs } = REDRAW_RULES;
    const between = (slowMs + fastMs) / 2;
    expect(feed(initialPolicy('hardware'), [slowMs, slowMs, slowMs]).mode).toBe('transform');
    expect(feed(initialPolicy('hardware'), [between, between, between]).mode).toBe('redraw');
    expect(feed(initialPolicy('software'), [between, between, between]).mode).toBe('transform');
    expect(feed(initialPolicy('software'), [fastMs, fastMs, fastMs]).mode).toBe('redraw');
  });

  it('is not flipped by a single stall: the median of a rolling window decides', () => {
    const fast = feed(initialPolicy('hardware'), [2, 3, 2, 2]);
    expect(withSample(fast, 400).mode).toBe('redraw');
    const slow = feed(initialPolicy('software'), [120, 110, 130]);
    expect(withSample(slow, 1).mode).toBe('transform');
  });

  it('forgets samples older than the window', () => {
    const old = feed(initialPolicy('hardware'), Array(REDRAW_RULES.window).fill(100));
    expect(old.mode).toBe('transform');
    const recovered = feed(old, Array(Math.ceil(REDRAW_RULES.window / 2)).fill(1));
    expect(recovered.samples).toHaveLength(REDRAW_RULES.window);
    expect(recovered.mode).toBe('redraw');
  });

  it('ignores values that are not durations', () => {
    const p = initialPolicy('unknown');
    expect(withSample(p, Number.NaN)).toBe(p);
    expect(withSample(p, -1)).toBe(p);
    expect(withSample(p, Infinity)).toBe(p);
  });
});

describe('withLowerBound', () => {
  it('counts a redraw known only to be at least slowMs as slow, and ignores a lower bound below it', () => {
    const p = initialPolicy('hardware');
    expect(withLowerBound(p, 5)).toBe(p);
    expect(withLowerBound(p, REDRAW_RULES.slowMs).samples).toEqual([REDRAW_RULES.slowMs]);
    const bounds = [40, 60, 45].reduce((q, ms) => withLowerBound(q, ms), p);
    expect(bounds.mode).toBe('transform');
  });
});

describe('assumeRedrawMs', () => {
  it('decides the mode at once, as if a whole window had been measured', () => {
    expect(assumeRedrawMs(initialPolicy('software'), 1).mode).toBe('redraw');
    expect(assumeRedrawMs(initialPolicy('hardware'), 100).mode).toBe('transform');
    expect(assumeRedrawMs(initialPolicy('hardware'), 100).samples).toHaveLength(REDRAW_RULES.window);
  });
});

describe('medianMs', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(medianMs([])).toBeNull();
    expect(medianMs([5, 1, 9])).toBe(5);
    expect(medianMs([4, 1, 9, 2])).toBe(3);
  });
});

describe('deckContextAttributes', () => {
  it('turns multisampling off on a software renderer only', () => {
    expect(deckContextAttributes('software')).toEqual({ antialias: false });
    expect(deckContextAttributes('hardware')).toEqual({});
    expect(deckContextAttributes('unknown')).toEqual({});
  });
});
