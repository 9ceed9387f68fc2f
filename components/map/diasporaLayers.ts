/**
 * deck.gl layers of the diaspora view: US states and (for the remittance measures)
 * Mexican states, coloured by fixed classes; the hovered and the selected US state are
 * outlined.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { DIASPORA_COLORS, DIASPORA_NO_CLASS, type DiasporaView } from '../../geo/diaspora-view';
import type { UsStateFeature } from '../../geo/load-diaspora';
import type { MexicanState } from '../../geo/types';

// No class: no value, or a partial year (geo/diaspora-view), grey either way.
const colour = (cls: number | null | undefined): [number, number, number] => [...(cls === null || cls === undefined ? DIASPORA_NO_CLASS : DIASPORA_COLORS[cls])];

export interface DiasporaLayerInput {
  view: DiasporaView;
  usFeatures: UsStateFeature[];
  stateFeatures: Feature<Geometry, MexicanState>[];
  /** US state under the pointer in the ranked list. */
  highlightedUs: string | null;
}

export function buildDiasporaLayers({ view, usFeatures, stateFeatures, highlightedUs }: DiasporaLayerInput) {
  const layers = [];
  if (view.mx) {
    const mx = view.mx;
    layers.push(
      new GeoJsonLayer<MexicanState>({
        id: 'mx-states-measure',
        data: stateFeatures,
        pickable: true,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 0.8,
        getLineColor: [80, 80, 80],
        getFillColor: (f) => colour(mx.byId.get(f.properties.id)?.cls),
        updateTriggers: { getFillColor: [mx.measure, mx.year] },
      }),
    );
  }
  if (view.us) {
    const us = view.us;
    const selected = view.usSelected?.id ?? null;
    const outlined = usFeatures.filter((f) => f.properties.fips === selected || f.properties.fips === highlightedUs);
    layers.push(
      new GeoJsonLayer<{ fips: string }>({
        id: 'us-states',
        data: usFeatures,
        pickable: true,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 0.8,
        getLineColor: [255, 255, 255],
        getFillColor: (f) => colour(us.byId.get(f.properties.fips)?.cls),
        updateTriggers: { getFillColor: [us.measure, us.year] },
      }),
      new GeoJsonLayer<{ fips: string }>({
        id: 'us-selection',
        data: outlined,
        filled: false,
        pickable: true,
        lineWidthUnits: 'pixels',
        getLineWidth: (f) => (f.properties.fips === selected ? 3 : 2),
        getLineColor: (f) => (f.properties.fips === selected ? [0, 0, 0] : [230, 90, 20]),
        updateTriggers: { getLineWidth: selected, getLineColor: selected },
      }),
    );
  }
  return layers;
}
