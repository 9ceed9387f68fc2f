/**
 * The fills of the map computed off the main thread (components/state/geometry.worker.ts):
 * the atlas's text is handed over as soon as it arrives, and each level of detail is asked
 * for once. Where a worker cannot start (an old browser, a policy that forbids it) the
 * fills are computed on the main thread instead, as before: slower, never missing.
 */
import type { BinaryFill } from '../../geo/binary-fill';
import { fillsOnThisThread, type FillSource } from '../../geo/load-atlas';

type Reply = { level: number; fill: BinaryFill } | { level: number; error: string };

/** A started worker, its replies and its failure routed to whoever uses it (set once it is used). */
interface Started {
  worker: Worker;
  failed: boolean;
  onReply: ((reply: Reply) => void) | null;
  onFail: (() => void) | null;
}

function start(): Started | null {
  try {
    const worker = new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module', name: 'atlas-geometry' });
    const started: Started = { worker, failed: false, onReply: null, onFail: null };
    worker.onmessage = ({ data }: MessageEvent<Reply>) => started.onReply?.(data);
    // A worker that fails to load (blocked, missing file) hands its work back to this thread.
    worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
      started.onFail?.();
    };
    return started;
  } catch {
    return null;
  }
}

let early: Started | null = null;

/**
 * Starts the worker before the atlas arrives. Measured (Chromium trace): a message posted to
 * a worker that is still starting is forwarded by the main thread, which at that moment is
 * busy starting the page and the map — the atlas reached a worker created on its arrival
 * ~0.9 s later, and the first map waited for it.
 */
export function startGeometryWorker() {
  early ??= start();
}

export const fillsInWorker: FillSource = (text, topology) => {
  const started = early ?? start();
  early = null;
  if (!started) return fillsOnThisThread(text, topology);
  const { worker } = started;
  const pending = new Map<number, { resolve: (fill: BinaryFill) => void; reject: (e: Error) => void }>();
  const levels = new Map<number, Promise<BinaryFill>>();
  let fallback: ReturnType<FillSource> | null = null;
  const useThisThread = () => {
    fallback ??= fillsOnThisThread(text, topology);
    worker.terminate();
    for (const [level, { resolve, reject }] of pending) fallback(level).then(resolve, reject);
    pending.clear();
  };
  started.onReply = (data) => {
    const waiting = pending.get(data.level);
    pending.delete(data.level);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.fill);
  };
  started.onFail = useThisThread;
  if (started.failed) useThisThread();
  else worker.postMessage({ text });
  return (level) => {
    if (fallback) return fallback(level);
    if (!levels.has(level)) {
      levels.set(level, new Promise<BinaryFill>((resolve, reject) => pending.set(level, { resolve, reject })));
      worker.postMessage({ level });
    }
    return levels.get(level)!;
  };
};
