/**
 * deck.gl layers of the intensity map, rebuilt as a plain array on each change, each
 * with a stable id so deck.gl diffs props instead of rebuilding geometry. A filter only
 * recolours: municipalities it leaves out turn grey in the same layer, so a change
 * recomputes one colour per municipality and never re-tessellates polygons. (deck.gl's
 * DataFilterExtension did this on the GPU, but its per-vertex category test doubled the
 * fill's cost in every frame in software WebGL: ~85 → ~41 ms at the national view.)
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { DEGREE_COLORS, FILTERED_OUT_COLOR, NO_DATA_COLOR } from '../../geo/degrees';
import { matchesFilter, type Filter } from '../../geo/filters';
import type { AtlasGeometry, MunicipalFeature, Segments } from '../../geo/load-atlas';
import type { MexicanState, Municipality } from '../../geo/types';
import { SegmentLayer, segmentData } from './SegmentLayer';

const STATE_BORDER: [number, number, number, number] = [70, 70, 70, 220];
const SELECTION: [number, number, number] = [0, 0, 0];
const HALO: [number, number, number] = [255, 255, 255];

export interface LayerInput {
  /** Full-detail polygons, for the selected municipality's outline. */
  selectable: MunicipalFeature[];
  /** The municipal fills of every level of detail drawn so far (geo/lod); the current `level` is shown. */
  fills: { level: number; geometry: AtlasGeometry }[];
  level: number;
  stateFeatures: Feature<Geometry, MexicanState>[];
  /** Municipal borders (drawn when `detail`), and state borders at the current level. */
  borders: { municipal: Segments; state: Segments };
  municipalities: Municipality[];
  filter: Filter;
  selectedId: string | null;
  /** Layers drawn above the municipalities and below the state borders (the diaspora view). */
  between?: Layer[];
  /** Zoomed in (DETAIL_ZOOM): municipal borders are drawn only then; zoomed out they are sub-pixel anyway. */
  detail: boolean;
  /** Layers drawn above everything but the selection (the circuits' arcs and consulates). */
  above?: Layer[];
}

export function buildLayers({ selectable, fills, level, stateFeatures, borders, municipalities, filter, selectedId, detail, between = [], above = [] }: LayerInput) {
  const selected = selectedId ? selectable.filter((f) => f.properties.id === selectedId) : [];
  return [
    // Ids end in the level ("municipios-degree-l0"): deck.gl picks by id prefix, so
    // "municipios-degree" still names the fill of whichever level is shown.
    ...fills.flatMap(({ level: l, geometry }) => [
      new GeoJsonLayer<MunicipalFeature['properties']>({
        id: `municipios-nodata-l${l}`,
        data: geometry.noDataFeatures,
        visible: l === level,
        pickable: true,
        stroked: false,
        getFillColor: NO_DATA_COLOR as [number, number, number],
      }),
      new GeoJsonLayer<MunicipalFeature['properties']>({
        id: `municipios-degree-l${l}`,
        data: geometry.dataFeatures,
        visible: l === level,
        pickable: true,
        stroked: false,
        getFillColor: (f) => {
          const m = municipalities[f.properties.row];
          return matchesFilter(m, filter) ? ([...DEGREE_COLORS[m.degree]] as [number, number, number]) : ([...FILTERED_OUT_COLOR] as [number, number, number]);
        },
        updateTriggers: { getFillColor: [filter.state, filter.degrees.join()] },
      }),
    ]),
    ...between,
    // Borders as hairline segments, each shared border once: polygon strokes (paths with
    // joins) would draw every border twice and cost far more per frame in software WebGL.
    ...(detail ? [segmentLayer('municipal-borders', borders.municipal, [255, 255, 255, 140])] : []),
    segmentLayer('estados-borders', borders.state, STATE_BORDER),
    new GeoJsonLayer<MexicanState>({
      id: 'estado-focus',
      data: stateFeatures.filter((f) => f.properties.id === filter.state),
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineColor: STATE_BORDER,
      getLineWidth: 2.5,
    }),
    ...above,
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
