/**
 * The map's orientation aids: a metric scale bar, and the source credit reachable from the
 * map itself (MapLibre's attribution control, compact: an "i" button that opens it), in the
 * page's language. Returns a function that removes them (the credit changes with the language).
 */
import { AttributionControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';

export function addMapControls(map: MapLibreMap, credit: string): () => void {
  const scale = new ScaleControl({ maxWidth: 110, unit: 'metric' });
  const attribution = new AttributionControl({ compact: true, customAttribution: credit });
  map.addControl(scale, 'bottom-left');
  map.addControl(attribution, 'bottom-right');
  // The compact control opens itself on creation (MapLibre 6); the credit should wait for its "i" button, not cover the map.
  const details = map.getContainer().querySelector('details.maplibregl-ctrl-attrib');
  details?.removeAttribute('open');
  details?.classList.remove('maplibregl-compact-show');
  return () => {
    map.removeControl(scale);
    map.removeControl(attribution);
  };
}
