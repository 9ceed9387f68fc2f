/**
 * The map's orientation aids: a metric scale bar, and the source credit reachable from the
 * map itself (MapLibre's attribution control, compact: an "i" button that opens it), in the
 * page's language.
 */
import { AttributionControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';

export function addScaleBar(map: MapLibreMap) {
  map.addControl(new ScaleControl({ maxWidth: 110, unit: 'metric' }), 'bottom-left');
}

/** Adds the credit (replacing `previous`, for a language switch); returns the control to replace next time. */
export function setCredit(map: MapLibreMap, credit: string, previous: AttributionControl | null): AttributionControl {
  if (previous) map.removeControl(previous);
  const attribution = new AttributionControl({ compact: true, customAttribution: credit });
  map.addControl(attribution, 'bottom-right');
  // The compact control opens itself on creation (MapLibre 6); the credit should wait for its "i" button, not cover the map.
  const details = map.getContainer().querySelector('details.maplibregl-ctrl-attrib');
  details?.removeAttribute('open');
  details?.classList.remove('maplibregl-compact-show');
  return attribution;
}
