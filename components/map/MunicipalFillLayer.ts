/**
 * The municipal fill drawn straight from the worker's typed arrays (geo/binary-fill):
 * positions and triangles go to the GPU as they are (`_normalize: false` and the indices
 * given), so deck.gl builds no GeoJSON objects and tessellates nothing on the main thread.
 * A colour change rewrites one colour per vertex from the per-municipality RGBA.
 */
import type { GetPickingInfoParams, PickingInfo } from '@deck.gl/core';
import { SolidPolygonLayer, type SolidPolygonLayerProps } from '@deck.gl/layers';
import type { BinaryFill } from '../../geo/binary-fill';

type BinaryData = {
  length: number;
  startIndices: Uint32Array;
  attributes: { getPolygon: { value: Float64Array; size: 2 }; indices: { value: Uint32Array } };
};

/** What a pick returns: the municipality, as the GeoJSON layer it replaces did ({ properties: { id, i } }). */
export type PickedMunicipality = { properties: { id: string; i: number } };

type Props = { fill: BinaryFill; ids: readonly string[]; colors: { rgba: Uint8Array; key: string } };

/** deck.gl's binary layout of a fill. Cached per fill: the same object on every render keeps deck.gl from re-reading it. */
const layouts = new WeakMap<BinaryFill, BinaryData>();
function binaryData(fill: BinaryFill): BinaryData {
  let data = layouts.get(fill);
  if (!data) {
    data = { length: fill.length, startIndices: fill.startIndices, attributes: { getPolygon: { value: fill.positions, size: 2 }, indices: { value: fill.indices } } };
    layouts.set(fill, data);
  }
  return data;
}

class MunicipalFill extends SolidPolygonLayer<null, { fill: BinaryFill; ids: readonly string[] }> {
  static layerName = 'MunicipalFill';

  // Binary data has no objects to return: name the municipality the picked part belongs to.
  getPickingInfo(params: GetPickingInfoParams): PickingInfo {
    const info = super.getPickingInfo(params);
    const { fill, ids } = this.props as unknown as Props;
    if (info.index >= 0 && info.index < fill.length) {
      const i = fill.owner[info.index];
      info.object = { properties: { id: ids[i], i } } satisfies PickedMunicipality;
    }
    return info;
  }
}

export function municipalFillLayer(id: string, { fill, ids, colors }: Props, props: Partial<SolidPolygonLayerProps<null>>) {
  return new MunicipalFill({
    id,
    fill,
    ids,
    data: binaryData(fill) as never,
    _normalize: false,
    positionFormat: 'XY',
    filled: true,
    extruded: false,
    getFillColor: (_: null, { index }: { index: number }) => {
      const i = fill.owner[index] * 4;
      return colors.rgba.subarray(i, i + 4) as unknown as [number, number, number, number];
    },
    updateTriggers: { getFillColor: colors.key },
    ...props,
  } as never);
}
