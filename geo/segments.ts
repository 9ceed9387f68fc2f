/** Border segments as flat [x1, y1, x2, y2, …] coordinates: drawn as plain lines, each shared border once. */
export type Segments = Float32Array;

/** Flattens line strings into independent segments (cheap to draw: no joins to compute). */
export function segmentsOf(lines: number[][][]): Segments {
  const n = lines.reduce((sum, l) => sum + Math.max(0, l.length - 1), 0);
  const out = new Float32Array(n * 4);
  let k = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      out[k++] = line[i - 1][0];
      out[k++] = line[i - 1][1];
      out[k++] = line[i][0];
      out[k++] = line[i][1];
    }
  }
  return out;
}
