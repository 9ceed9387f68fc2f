import { TextLayer } from '@deck.gl/layers';
import { describe, expect, it, vi } from 'vitest';
import { ATLAS_FONT_SIZE, buildLabelLayers, LABEL_FONT_FAMILY, textMeasurer, type PlacedMapLabel } from '../../components/map/labelLayers';

const placed = (kind: PlacedMapLabel['kind'], text: string, size: number): PlacedMapLabel => ({
  id: `${kind}:${text}`,
  kind,
  text,
  lon: -103.35,
  lat: 20.67,
  priority: 1,
  size,
  x: 100,
  y: 100,
  anchorX: 100,
  box: [80, 90, 120, 110],
});

describe('textMeasurer', () => {
  it('adds up per-character advances at the atlas size and scales them to the font size', () => {
    expect(ATLAS_FONT_SIZE).toBe(32);
    // At 32 px: "a" 16 px, "ñ" 20 px, anything else 8 px. "Año" at 16 px: (8 + 20 + 8) × 16 / 32 = 18.
    const measure = textMeasurer((ch) => (ch === 'a' ? 16 : ch === 'ñ' ? 20 : 8));
    expect(measure('Año', 16)).toBe(18);
    expect(measure('aa', 8)).toBe(8); // (16 + 16) × 8 / 32
    expect(measure('', 12)).toBe(0);
  });

  it('measures each character once', () => {
    const advance = vi.fn((_ch: string) => 10);
    const measure = textMeasurer(advance);
    measure('Guadalajara', 11);
    measure('Guadalupe', 11);
    expect(advance.mock.calls.map(([ch]) => ch).sort()).toEqual(['G', 'a', 'd', 'e', 'j', 'l', 'p', 'r', 'u']);
  });
});

describe('buildLabelLayers', () => {
  const characterSet = ['A', 'G', 'M', 'a', 'd', 'j', 'l', 'r', 'u', 'É', 'Á', 'ñ'];
  const labels = [placed('country', 'MÉXICO', 14), placed('municipality', 'Guadalajara', 11)];
  const [layer] = buildLabelLayers(labels, characterSet) as TextLayer<PlacedMapLabel>[];
  const props = layer.props;

  it('is one TextLayer of the placed labels, not pickable, sized in pixels, facing the camera', () => {
    expect(layer).toBeInstanceOf(TextLayer);
    expect(props.id).toBe('place-labels');
    expect(props.data).toEqual(labels);
    expect([props.pickable, props.billboard, props.sizeUnits]).toEqual([false, true, 'pixels']);
    expect([props.getTextAnchor, props.getAlignmentBaseline]).toEqual(['middle', 'center']);
  });

  it('draws each text at its point, at its size, darker for places than for countries', () => {
    const get = <T,>(accessor: unknown, d: PlacedMapLabel) => (accessor as (d: PlacedMapLabel) => T)(d);
    expect(get(props.getPosition, labels[1])).toEqual([-103.35, 20.67]);
    expect(get(props.getText, labels[1])).toBe('Guadalajara');
    expect([get(props.getSize, labels[0]), get(props.getSize, labels[1])]).toEqual([14, 11]);
    const lightness = (c: number[]) => c[0] + c[1] + c[2];
    expect(lightness(get(props.getColor, labels[1]))).toBeLessThan(lightness(get(props.getColor, labels[0])));
  });

  it('uses the given character set (accents included), a sans-serif stack with DejaVu Sans, and a white SDF halo', () => {
    expect(props.characterSet).toBe(characterSet);
    expect(props.fontFamily).toBe(LABEL_FONT_FAMILY);
    expect(LABEL_FONT_FAMILY).toContain('"DejaVu Sans"');
    expect(LABEL_FONT_FAMILY.endsWith('sans-serif')).toBe(true);
    expect(props.fontSettings).toMatchObject({ sdf: true, fontSize: ATLAS_FONT_SIZE });
    expect(props.outlineWidth).toBeGreaterThan(0);
    expect(props.outlineColor?.slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('samples the glyph atlas without mipmaps, which averaged thin strokes away at label sizes ("Tijuana" lost its "i")', () => {
    const characters = (props._subLayerProps as Record<string, { textureParameters: Record<string, string> }>).characters;
    expect(characters.textureParameters).toMatchObject({ minFilter: 'linear', mipmapFilter: 'none' });
  });

  it('keeps the halo inside what the distance field encodes (0.75 × outline < buffer and < 0.75 × radius)', () => {
    const { buffer = 0, radius = 0 } = props.fontSettings!;
    expect(0.75 * props.outlineWidth!).toBeLessThan(buffer);
    expect(0.75 * props.outlineWidth!).toBeLessThan(0.75 * radius);
  });

  it('draws a label placed beside its point (a consulate) where placement put its box', () => {
    const beside = { ...placed('consulate', 'Dallas', 11), anchorX: 100, x: 130 };
    const get = (accessor: unknown, d: PlacedMapLabel) => (accessor as (d: PlacedMapLabel) => number[])(d);
    expect(get(props.getPixelOffset, beside)).toEqual([30, 0]);
    expect(get(props.getPixelOffset, labels[1])).toEqual([0, 0]);
  });
});
