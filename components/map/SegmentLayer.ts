/**
 * Borders as hairlines: one non-instanced draw of GL line primitives (`line-list`).
 *
 * Why not deck.gl's LineLayer: it draws each segment as an instanced quad, and software
 * WebGL (SwiftShader, what most machines without a GPU run) pays a fixed cost per instance —
 * measured ~18 µs, so the 6,275 state-border segments cost ~115 ms per frame, more than the
 * 62,000-vertex municipal fill beneath them. As plain GL lines the same segments are one
 * vertex buffer and one draw call. GL lines are 1 device pixel wide, which is what borders
 * at 0.6–0.9 px were anyway.
 */
import { Layer, project32, type DefaultProps, type LayerProps, type UpdateParameters } from '@deck.gl/core';
import { Model } from '@luma.gl/engine';

type Color = [number, number, number, number];

export interface SegmentLayerProps extends LayerProps {
  /** One colour for every segment. */
  getColor: Color;
}

/** Segments as flat [x1, y1, x2, y2, …] longitude/latitude: every endpoint is a vertex. */
export function segmentData(segments: Float32Array) {
  return { length: segments.length / 2, attributes: { getPosition: { value: segments, size: 2 } } };
}

const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME segment-layer-vertex-shader
in vec3 positions;
in vec3 positions64Low;
in vec4 colors;
out vec4 vColor;
void main(void) {
  geometry.worldPosition = positions;
  gl_Position = project_position_to_clipspace(positions, positions64Low, vec3(0.0), geometry.position);
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  vColor = vec4(colors.rgb, colors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME segment-layer-fragment-shader
precision highp float;
in vec4 vColor;
out vec4 fragColor;
void main(void) {
  fragColor = vColor;
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

const defaultProps: DefaultProps<SegmentLayerProps> = {
  getColor: { type: 'accessor', value: [0, 0, 0, 255] },
};

export class SegmentLayer extends Layer<SegmentLayerProps> {
  static layerName = 'SegmentLayer';
  static defaultProps = defaultProps;

  getShaders() {
    return super.getShaders({ vs, fs, modules: [project32] });
  }

  initializeState() {
    this.getAttributeManager()!.add({
      positions: { size: 3, type: 'float64', fp64: this.use64bitPositions(), accessor: 'getPosition' },
      colors: { size: 4, type: 'unorm8', accessor: 'getColor', defaultValue: [0, 0, 0, 255] },
    });
  }

  updateState(params: UpdateParameters<this>) {
    super.updateState(params);
    const state = this.state as { model?: Model };
    if (params.changeFlags.extensionsChanged || !state.model) {
      state.model?.destroy();
      state.model = new Model(this.context.device, {
        ...this.getShaders(),
        id: this.props.id,
        bufferLayout: this.getAttributeManager()!.getBufferLayouts(),
        topology: 'line-list',
        isInstanced: false,
      });
    }
    state.model.setVertexCount(this.getNumInstances());
  }

  draw() {
    (this.state as { model?: Model }).model?.draw(this.context.renderPass);
  }
}
