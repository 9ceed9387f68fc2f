/**
 * deck.gl layers of the intensity map, rebuilt as a plain array on each change, each
 * with a stable id so deck.gl diffs props instead of rebuilding geometry. Filters act on
 * the GPU (DataFilterExtension categories): toggling one never re-tessellates polygons.
 */
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { DEGREES, DEGREE_COLORS, NO_DATA_COLOR } from '../../geo/degrees';
import type { Filter } from '../../geo/filters';
import type { MunicipalFeature, Segments } from '../../geo/load-atlas';
import type { MexicanState, Municipality } from '../../geo/types';
import { SegmentLayer, segmentData } from './SegmentLayer';

/** Municipalities the filter leaves out stay on the map, greyed, so the country keeps its shape. */
const FILTERED_OUT: [number, number, number] = [222, 222, 218];
const STATE_BORDER: [number, number, number, number] = [70, 70, 70, 220];
const SELECTION: [number, number, number] = [0, 0, 0];
const HALO: [number, number, number] = [255, 255, 255];

const ALL_STATES = Array.from({ length: 32 }, (_, i) => i + 1);
const categoryExtension = new DataFilterExtension({ categorySize: 2 });

export interface LayerInput {
  /** Municipal polygons at the level of detail drawn (geo/lod). */
  municipalFeatures: MunicipalFeature[];
  /** Full-detail polygons, for the selected municipality's outline. */
  selectable: MunicipalFeature[];
  /** Features with 2000 data only (the filterable layer), and the 26 created after 2000. */
  dataFeatures: MunicipalFeature[];
  noDataFeatures: MunicipalFeature[];
  stateFeatures: Feature<Geometry, MexicanState>[];
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

export function buildLayers({ municipalFeatures, selectable, dataFeatures, noDataFeatures, stateFeatures, borders, municipalities, filter, selectedId, detail, between = [], above = [] }: LayerInput) {
  const selected = selectedId ? selectable.filter((f) => f.properties.id === selectedId) : [];
  return [
    // The grey under filtered-out municipalities is only drawn while a filter hides some:
    // toggling `visible` keeps its geometry, and an unfiltered frame saves a full-extent fill.
    new GeoJsonLayer<MunicipalFeature['properties']>({
      id: 'municipios-base',
      data: municipalFeatures,
      visible: filter.state !== null || filter.degrees.length < DEGREES.length,
      pickable: true,
      stroked: false,
      getFillColor: FILTERED_OUT,
    }),
    new GeoJsonLayer<MunicipalFeature['properties']>({
      id: 'municipios-nodata',
      data: noDataFeatures,
      pickable: true,
      stroked: false,
      getFillColor: NO_DATA_COLOR as [number, number, number],
    }),
    new GeoJsonLayer<MunicipalFeature['properties'], DataFilterExtensionProps<MunicipalFeature>>({
      id: 'municipios-degree',
      data: dataFeatures,
      pickable: true,
      stroked: false,
      getFillColor: (f) => [...DEGREE_COLORS[municipalities[f.properties.row].degree]] as [number, number, number],
      getFilterCategory: (f: MunicipalFeature) => {
        const m = municipalities[f.properties.row];
        return [Number(m.state), DEGREES.indexOf(m.degree)];
      },
      filterCategories: [filter.state ? [Number(filter.state)] : ALL_STATES, filter.degrees.map((d) => DEGREES.indexOf(d))],
      extensions: [categoryExtension],
    }),
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
