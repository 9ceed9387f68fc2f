/**
 * The offline base map as a MapLibre style: no tile server, no glyphs or sprites from a
 * CDN — only GeoJSON built from the bundled world-atlas and us-atlas data.
 * Plain data (a style object), so it stays testable without a browser.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';

export interface BasemapData {
  countries: FeatureCollection;
  countryBorders: Feature<MultiLineString>;
  usStateBorders: Feature<MultiLineString>;
}

export const BASE_COLORS = {
  water: '#d4e4ee',
  land: '#f3f1ec',
  mexico: '#e6e2d8',
  countryBorder: '#8a8a8a',
  usStateBorder: '#b5b5b5',
} as const;

/**
 * MapLibre's simplification of the base map's tiles, in pixels (its default is 0.375).
 * A background does not need sub-pixel coastlines; measured in software WebGL, the
 * coarser tiles take the base map alone from 8.4 to 9.7 frames/s while panning.
 */
const BASE_TOLERANCE = 1.5;

/** Mexico's ISO 3166-1 numeric code, as world-atlas ids features. */
const MEXICO = '484';

export function basemapStyle(base: BasemapData) {
  return {
    version: 8 as const,
    sources: {
      countries: { type: 'geojson' as const, data: base.countries, tolerance: BASE_TOLERANCE },
      countryBorders: { type: 'geojson' as const, data: base.countryBorders, tolerance: BASE_TOLERANCE },
      usStateBorders: { type: 'geojson' as const, data: base.usStateBorders, tolerance: BASE_TOLERANCE },
    },
    layers: [
      { id: 'water', type: 'background' as const, paint: { 'background-color': BASE_COLORS.water } },
      {
        id: 'land',
        type: 'fill' as const,
        source: 'countries',
        paint: {
          'fill-color': ['case', ['==', ['get', 'iso'], MEXICO], BASE_COLORS.mexico, BASE_COLORS.land],
        },
      },
      { id: 'us-state-borders', type: 'line' as const, source: 'usStateBorders', paint: { 'line-color': BASE_COLORS.usStateBorder, 'line-width': 0.8 } },
      { id: 'country-borders', type: 'line' as const, source: 'countryBorders', paint: { 'line-color': BASE_COLORS.countryBorder, 'line-width': 1.2 } },
    ],
  };
}
