/**
 * deck.gl layers of the intensity map, rebuilt as a plain array on each change, each
 * with a stable id so deck.gl diffs props instead of rebuilding geometry. A filter, an
 * edition switch or a comparison only recolours: the fill reads one colour per polygon
 * (geo/map-colors), so a change never re-tessellates polygons. (deck.gl's
 * DataFilterExtension hid filtered polygons on the GPU, but its per-vertex category test
 * doubled the fill's cost in every frame in software WebGL: ~85 → ~41 ms nationally.)
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import type { BinaryFill } from '../../geo/binary-fill';
import type { MunicipalFeature } from '../../geo/load-atlas';
import type { Segments } from '../../geo/segments';
import type { MexicanState } from '../../geo/types';
import { municipalFillLayer } from './MunicipalFillLayer';
import { SegmentLayer, segmentData } from './SegmentLayer';

const STATE_BORDER: [number, number, number, number] = [70, 70, 70, 220];
const SELECTION: [number, number, number] = [0, 0, 0];
const HALO: [number, number, number] = [255, 255, 255];

export interface LayerInput {
  /** Full-detail polygons, for the selected municipality's outline (read only when there is a selection). */
  selectable: () => MunicipalFeature[];
  /** CVEGEO of each polygon, in the atlas's order (what a pick names). */
  ids: readonly string[];
  /**
   * The municipal fills of every level of detail received so far (geo/lod). The current
   * `level` is shown, else the nearest one received: a fill still on its way never blanks the map.
   */
  fills: BinaryFill[];
  level: number;
  stateFeatures: Feature<Geometry, MexicanState>[];
  /** Municipal borders (read and drawn only when `detail`); state borders come with the fill shown. */
  municipalBorders: () => Segments;
  /** RGBA of every polygon, in the atlas's order (geo/map-colors), and a key that changes with it. */
  colors: { rgba: Uint8Array; key: string };
  /** The state whose outline is emphasised (the state filter). */
  focusStateId: string | null;
  selectedId: string | null;
  /** Layers drawn above the municipalities and below the state borders (the diaspora view). */
  between?: Layer[];
  /** Zoomed in (DETAIL_ZOOM): municipal borders are drawn only then; zoomed out they are sub-pixel anyway. */
  detail: boolean;
  /** Layers drawn above everything but the selection (the circuits' arcs and consulates). */
  above?: Layer[];
  /** Place names: above fills and arcs, below the selection's outline. */
  labels?: Layer[];
}

/** The fill to show at `level`: its own, else the nearest level received. */
export function fillShown(fills: BinaryFill[], level: number): BinaryFill | null {
  return [...fills].sort((a, b) => Math.abs(a.level - level) - Math.abs(b.level - level) || b.level - a.level)[0] ?? null;
}

export function buildLayers({ selectable, ids, fills, level, stateFeatures, municipalBorders, colors, focusStateId, selectedId, detail, between = [], above = [], labels = [] }: LayerInput) {
  const selected = selectedId ? selectable().filter((f) => f.properties.id === selectedId) : [];
  const shown = fillShown(fills, level);
  return [
    // Ids end in the level ("municipios-l0"): deck.gl picks by id prefix, so "municipios"
    // still names the fill of whichever level is shown. Every level received keeps its
    // layer (hidden when not shown), so zooming back and forth uploads nothing again.
    ...fills.map((fill) => municipalFillLayer(`municipios-l${fill.level}`, { fill, ids, colors }, { visible: fill === shown, pickable: true })),
    ...between,
    // Borders as hairline segments, each shared border once: polygon strokes (paths with
    // joins) would draw every border twice and cost far more per frame in software WebGL.
    ...(detail ? [segmentLayer('municipal-borders', municipalBorders(), [255, 255, 255, 140])] : []),
    ...(shown ? [segmentLayer('estados-borders', shown.stateBorders, STATE_BORDER)] : []),
    new GeoJsonLayer<MexicanState>({
      id: 'estado-focus',
      data: stateFeatures.filter((f) => f.properties.id === focusStateId),
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineColor: STATE_BORDER,
      getLineWidth: 2.5,
    }),
    ...above,
    ...labels,
    new GeoJsonLayer({
      id: 'selection-halo',
      data: selected,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: 6,
      getLineColor: HALO,
    }),
    new GeoJsonLayer({
      id: 'selection',
      data: selected,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: 2.5,
      getLineColor: SELECTION,
    }),
  ];
}

/** Border segments as one draw of hairlines (see SegmentLayer for why not LineLayer). */
function segmentLayer(id: string, segments: Segments, color: [number, number, number, number]) {
  return new SegmentLayer({ id, data: segmentData(segments), getColor: color });
}
