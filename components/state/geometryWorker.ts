/**
 * The fills of the map computed off the main thread (components/state/geometry.worker.ts):
 * one worker for the page, handed each atlas's text (the overview's, then the full
 * geometry's) as soon as it arrives, and asked for each level of detail once. Where the
 * worker cannot start (an old browser, a policy that forbids it) the fills are computed on
 * the main thread instead, as before: slower, never missing.
 */
import type { BinaryFill } from '../../geo/binary-fill';
import { fillsOnThisThread, type FillSource } from '../../geo/load-atlas';

type Reply = { key: number; level: number; fill: BinaryFill } | { key: number; level: number; error: string };
type Waiting = { resolve: (fill: BinaryFill) => void; reject: (e: Error) => void };

/** The started worker, the fills it owes (by `${atlas key}:${level}`) and who takes over if it fails. */
interface Started {
  worker: Worker;
  failed: boolean;
  waiting: Map<string, Waiting>;
  onFail: Set<() => void>;
}

function start(): Started | null {
  try {
    const worker = new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module', name: 'atlas-geometry' });
    const started: Started = { worker, failed: false, waiting: new Map(), onFail: new Set() };
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const id = `${data.key}:${data.level}`;
      const waiting = started.waiting.get(id);
      started.waiting.delete(id);
      if ('error' in data) waiting?.reject(new Error(data.error));
      else waiting?.resolve(data.fill);
    };
    // A worker that fails to load (blocked, missing file) hands its work back to this thread.
    worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
      worker.terminate();
      for (const takeOver of started.onFail) takeOver();
    };
    return started;
  } catch {
    return null;
  }
}

let shared: Started | null = null;
let nextKey = 0;

/**
 * Starts the worker before the atlas arrives. Measured (Chromium trace): a message posted to
 * a worker that is still starting is forwarded by the main thread, which at that moment is
 * busy starting the page and the map — the atlas reached a worker created on its arrival
 * ~0.9 s later, and the first map waited for it.
 */
export function startGeometryWorker() {
  shared ??= start();
}

export const fillsInWorker: FillSource = (text, topology) => {
  shared ??= start();
  const started = shared;
  if (!started) return fillsOnThisThread(text, topology);
  const key = nextKey++;
  const levels = new Map<number, Promise<BinaryFill>>();
  let fallback: ReturnType<FillSource> | null = null;
  const useThisThread = () => {
    fallback ??= fillsOnThisThread(text, topology);
    for (const [id, { resolve, reject }] of started.waiting) {
      const [owner, level] = id.split(':').map(Number);
      if (owner !== key) continue;
      started.waiting.delete(id);
      fallback(level).then(resolve, reject);
    }
  };
  started.onFail.add(useThisThread);
  if (started.failed) useThisThread();
  else started.worker.postMessage({ key, text });
  return (level) => {
    if (fallback) return fallback(level);
    if (!levels.has(level)) {
      levels.set(level, new Promise<BinaryFill>((resolve, reject) => started.waiting.set(`${key}:${level}`, { resolve, reject })));
      started.worker.postMessage({ key, level });
    }
    return levels.get(level)!;
  };
};
