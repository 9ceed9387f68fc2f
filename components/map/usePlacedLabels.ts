'use client';
/**
 * The place names to draw for the current camera: candidates for the zoom and language,
 * projected with the map, placed without overlaps (geo/label-placement). Recomputed when a
 * move ends, not in every frame: during a move the drawn names move with the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo } from 'react';
import { consulateCandidates, labelCandidates, type ConsulatePlace } from '../../geo/label-candidates';
import { placeLabels } from '../../geo/label-placement';
import type { LoadedLabels } from '../../geo/load-labels';
import type { Language } from '../../geo/view-state';
import { measureText, type PlacedMapLabel } from './labelLayers';

export interface LabelOptions {
  lang: Language;
  /** A US layer or the circuits are on: name the US states. */
  usStates: boolean;
  /** The circuits' consulates, named beside their symbols; null when the circuits are off. */
  consulates: ConsulatePlace[] | null;
}

/** `moves` changes whenever the camera came to rest or the map was resized. */
export function usePlacedLabels(map: MapLibreMap | null, labels: LoadedLabels | null, options: LabelOptions | null, moves: number): PlacedMapLabel[] {
  return useMemo(() => {
    if (!map || !labels || !options) return [];
    const zoom = map.getZoom();
    const geo = [
      ...labelCandidates(labels.labels, { zoom, lang: options.lang, usStates: options.usStates }),
      ...(options.consulates ? consulateCandidates(options.consulates, { zoom, lang: options.lang }) : []),
    ];
    const projected = geo.map((c) => {
      const p = map.project([c.lon, c.lat]);
      // A label beside its point: its box is centred half its width past the gap.
      const x = c.gap === undefined ? p.x : p.x + c.gap + measureText(c.text, c.size) / 2;
      return { ...c, x, y: p.y, anchorX: p.x };
    });
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    return placeLabels(projected, { width, height, measure: measureText });
    // `moves` stands for the camera, which the map object does not expose as state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, labels, options, moves]);
}
