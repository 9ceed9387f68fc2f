// The committed links of format 1 keep parsing to the view each must open (see tests/fixtures/links-v1.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState } from '../../geo/view-state';
import { LINKS_V1 } from '../fixtures/links-v1';

describe('links of format 1', () => {
  it.each(LINKS_V1.map((c) => [c.link, c] as const))('%s opens its view, ignoring nothing', (_link, c) => {
    expect(parseViewState(c.link.slice(1))).toEqual({ view: { ...DEFAULT_VIEW, ...c.view }, ignored: [] });
  });
});
