/**
 * Place names as one deck.gl TextLayer, drawn above everything else. The font atlas is
 * built in the browser from a system font (no glyph server, no third-party request), as a
 * signed distance field so each name gets a white halo that reads over every fill.
 *
 * `measureText` gives the width TextLayer lays a text out at, for label placement: deck.gl
 * 9.4 adds up each character's advance (canvas measureText of the single character, at the
 * atlas's font size; no kerning, no letter spacing) and scales by size / atlas font size
 * (node_modules/@deck.gl/layers/dist/text-layer/utils.js transformRow, font-atlas-manager.js).
 */
import type { Layer } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import type { GeoCandidate } from '../../geo/label-candidates';
import type { PlacedLabel } from '../../geo/label-placement';
import type { LabelKind } from '../../geo/labels';

/** System sans-serif fonts; DejaVu Sans is what Debian (and CI) has. */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif';
export const LABEL_FONT_WEIGHT = 'normal';
/**
 * Glyph size in the font atlas, px. Labels are drawn at 11–14 px, so 32 keeps the distance
 * field sharp at a quarter of the default atlas's area.
 */
export const ATLAS_FONT_SIZE = 32;
/**
 * The halo reaches 0.75 × HALO atlas px beyond the glyph (deck.gl compares the distance field
 * against 0.75 × (1 − HALO / radius)): 4.5 px of 32, i.e. 1.5 px at 11 px, 2 px at 14 px.
 * The distance field must reach that far: radius 8 (encodes up to 6 px outside) and a
 * buffer of 8 px around each glyph.
 */
const HALO = 6;
const FONT_SETTINGS = { sdf: true, fontSize: ATLAS_FONT_SIZE, buffer: 8, radius: 8 } as const;

const TEXT_COLORS: Record<LabelKind, [number, number, number]> = {
  country: [90, 90, 90],
  state: [40, 40, 40],
  usState: [40, 40, 40],
  municipality: [20, 20, 20],
  consulate: [120, 20, 20],
};
const HALO_COLOR: [number, number, number, number] = [255, 255, 255, 230];
const NO_MIPMAPS = { minFilter: 'linear', magFilter: 'linear', mipmapFilter: 'none' } as const;

/** A label placed on screen, with the point it names (`anchorX`: the point's screen x; `x`: the box's centre). */
export type PlacedMapLabel = PlacedLabel<GeoCandidate & { x: number; y: number; anchorX: number }>;

/**
 * A `measureText(text, size)` from a per-character advance at ATLAS_FONT_SIZE, cached per
 * character: the sum of advances scaled to the size, as TextLayer lays the text out.
 */
export function textMeasurer(advance: (char: string) => number): (text: string, size: number) => number {
  const cache = new Map<string, number>();
  return (text, size) => {
    let width = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) cache.set(ch, (w = advance(ch)));
      width += w;
    }
    return (width * size) / ATLAS_FONT_SIZE;
  };
}

let browserMeasure: ((text: string, size: number) => number) | null = null;

/** Width in px of `text` at font `size` as the label layer draws it (browser only: uses a 2D canvas). */
export function measureText(text: string, size: number): number {
  if (!browserMeasure) {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) throw new Error('labels: no 2D canvas to measure text with');
    // The same font string deck.gl's font atlas uses (font-atlas-manager.js setTextStyle).
    ctx.font = `${LABEL_FONT_WEIGHT} ${ATLAS_FONT_SIZE}px ${LABEL_FONT_FAMILY}`;
    browserMeasure = textMeasurer((ch) => ctx.measureText(ch).width);
  }
  return browserMeasure(text, size);
}

/**
 * The label layer for placed labels. `characterSet` is every character any label may draw
 * (geo/labels `labelCharacters`): pass the same array each time, so the font atlas is built once.
 */
export function buildLabelLayers(placed: readonly PlacedMapLabel[], characterSet: readonly string[]): Layer[] {
  return [
    new TextLayer<PlacedMapLabel>({
      id: 'place-labels',
      data: placed as PlacedMapLabel[],
      pickable: false,
      billboard: true,
      sizeUnits: 'pixels',
      getPosition: (d) => [d.lon, d.lat],
      getText: (d) => d.text,
      getSize: (d) => d.size,
      getColor: (d) => TEXT_COLORS[d.kind],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      // A label beside its point (consulates) is centred on where placement put its box.
      getPixelOffset: (d) => [d.x - d.anchorX, 0],
      characterSet: characterSet as string[],
      fontFamily: LABEL_FONT_FAMILY,
      fontWeight: LABEL_FONT_WEIGHT,
      fontSettings: FONT_SETTINGS,
      outlineWidth: HALO,
      outlineColor: HALO_COLOR,
      // Glyphs are drawn at a third of their atlas size; deck.gl samples the atlas through
      // mipmaps by default, which average thin strokes away ("Tijuana" lost its "i").
      // A distance field minifies well without them.
      _subLayerProps: { characters: { textureParameters: NO_MIPMAPS } },
    }),
  ];
}
