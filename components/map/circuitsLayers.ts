/**
 * deck.gl layers of the circuits: arcs for the top flows (width by cards, colour by region
 * of origin), consulates sized by their cards, the regions of origin, and the municipalities
 * that send cards to a selected destination.
 */
import type { Layer } from '@deck.gl/core';
import { ArcLayer, GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { REGION_COLORS, type Consulate } from '../../geo/circuits';
import type { Arc, CircuitsView } from '../../geo/circuits-view';
import type { MunicipalFeature } from '../../geo/load-atlas';
import type { MexicanState } from '../../geo/types';

/** A municipality sending cards to the selected destination: a translucent fill and an outline of this colour. */
export const ORIGIN_HIGHLIGHT = [0, 200, 220] as const;
/** Alpha (of 255) of that fill, so the degree colour underneath still shows. */
export const ORIGIN_HIGHLIGHT_ALPHA = 70;
/** Consulate symbols: the selected destination, a consulate with cards this year, one without. */
export const CONSULATE_COLORS = { destination: [200, 30, 30], withCards: [40, 40, 40], noCards: [170, 170, 170] } as const;

export interface CircuitsLayerInput {
  circuits: CircuitsView | null;
  /** Region index of each state in the scheme shown, when the regions view is on. */
  regionOfState: Map<string, number> | null;
  stateFeatures: Feature<Geometry, MexicanState>[];
  municipalFeatures: MunicipalFeature[];
}

/** A consulate's symbol radius, px: by the square root of its cards, so area follows cards. */
export function consulateRadius(circuits: CircuitsView): (key: string) => number {
  const maxCards = Math.max(1, ...circuits.consulateCards.values());
  return (key) => 3 + 12 * Math.sqrt((circuits.consulateCards.get(key) ?? 0) / maxCards);
}

/** `under`: drawn with the choropleths (below state borders); `over`: arcs and consulates, on top. */
export function buildCircuitsLayers({ circuits, regionOfState, stateFeatures, municipalFeatures }: CircuitsLayerInput) {
  const layers: Layer[] = [];
  const over: Layer[] = [];
  if (regionOfState) {
    layers.push(
      new GeoJsonLayer<MexicanState>({
        id: 'mx-regions',
        data: stateFeatures,
        pickable: true,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 0.8,
        getLineColor: [255, 255, 255],
        getFillColor: (f) => [...REGION_COLORS[regionOfState.get(f.properties.id) ?? 0], 200] as [number, number, number, number],
        updateTriggers: { getFillColor: [...regionOfState.values()].join() },
      }),
    );
  }
  if (!circuits) return { under: layers, over };
  const origins = circuits.originMunicipalities;
  if (origins) {
    layers.push(
      new GeoJsonLayer<MunicipalFeature['properties']>({
        id: 'circuit-origins',
        data: municipalFeatures.filter((f) => origins.has(f.properties.id)),
        pickable: true,
        filled: true,
        getFillColor: [...ORIGIN_HIGHLIGHT, ORIGIN_HIGHLIGHT_ALPHA],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.6,
        getLineColor: [...ORIGIN_HIGHLIGHT],
      }),
    );
  }
  const max = Math.max(1, ...circuits.arcs.map((a) => a.count));
  const radius = consulateRadius(circuits);
  over.push(
    new ArcLayer<Arc>({
      id: 'circuit-arcs',
      data: circuits.arcs,
      pickable: true,
      greatCircle: false,
      // 24 segments per arc instead of 50: smooth at these widths, and a third less to draw.
      numSegments: 24,
      widthUnits: 'pixels',
      getSourcePosition: (a) => a.from,
      getTargetPosition: (a) => a.to,
      getSourceColor: (a) => [...REGION_COLORS[a.region], 230] as [number, number, number, number],
      getTargetColor: (a) => [...REGION_COLORS[a.region], 120] as [number, number, number, number],
      getWidth: (a) => 1 + 11 * Math.sqrt(a.count / max),
    }),
    new ScatterplotLayer<Consulate>({
      id: 'consulates',
      data: circuits.consulates,
      pickable: true,
      // Drawn after the arcs, but the arcs rise above the ground and write depth: with deck's
      // default depth test ('less-equal') the circles lost to them wherever arcs end, i.e. at
      // every consulate. Symbols always on top of the arcs (luma.gl 9's name; WebGL1-era
      // `depthTest: false` is no longer read).
      parameters: { depthCompare: 'always' },
      stroked: true,
      radiusUnits: 'pixels',
      getPosition: (c) => [c.lon, c.lat],
      getRadius: (c) => radius(c.key),
      getFillColor: (c) => [...(c.key === circuits.destination?.id || c.usState === circuits.destination?.id ? CONSULATE_COLORS.destination : (circuits.consulateCards.get(c.key) ?? 0) > 0 ? CONSULATE_COLORS.withCards : CONSULATE_COLORS.noCards)],
      getLineColor: [255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      updateTriggers: { getRadius: [circuits.consulateCards], getFillColor: [circuits.destination?.id, circuits.consulateCards] },
    }),
  );
  return { under: layers, over };
}
