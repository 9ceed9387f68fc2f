/**
 * The fills of the map computed off the main thread (components/state/geometry.worker.ts):
 * the atlas's text is handed over as soon as it arrives, and each level of detail is asked
 * for once. Where a worker cannot start (an old browser, a policy that forbids it) the
 * fills are computed on the main thread instead, as before: slower, never missing.
 */
import type { BinaryFill } from '../../geo/binary-fill';
import { fillsOnThisThread, type FillSource } from '../../geo/load-atlas';

type Reply = { level: number; fill: BinaryFill } | { level: number; error: string };

export const fillsInWorker: FillSource = (text, topology) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module', name: 'atlas-geometry' });
  } catch {
    return fillsOnThisThread(text, topology);
  }
  const pending = new Map<number, { resolve: (fill: BinaryFill) => void; reject: (e: Error) => void }>();
  const levels = new Map<number, Promise<BinaryFill>>();
  let fallback: ReturnType<FillSource> | null = null;
  const useThisThread = () => {
    fallback ??= fillsOnThisThread(text, topology);
    worker.terminate();
    for (const [level, { resolve, reject }] of pending) fallback(level).then(resolve, reject);
    pending.clear();
  };
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const waiting = pending.get(data.level);
    pending.delete(data.level);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.fill);
  };
  // A worker that fails to load (blocked, missing file) hands its work back to this thread.
  worker.onerror = (event) => {
    event.preventDefault();
    useThisThread();
  };
  worker.postMessage({ text });
  return (level) => {
    if (fallback) return fallback(level);
    if (!levels.has(level)) {
      levels.set(level, new Promise<BinaryFill>((resolve, reject) => pending.set(level, { resolve, reject })));
      worker.postMessage({ level });
    }
    return levels.get(level)!;
  };
};
