/**
 * Heap over a stretch of interaction, in its own fresh browser, every figure after forced GC:
 * after load; after one warm-up cycle of every action and a reset to the first view (the
 * session's start: first-use caches are full); samples during the scripted interaction; and
 * after resetting to the first view again (the end, compared to the start).
 */
import { openHeapProbe } from './heap';
import { interact, warmUp } from './interact';
import { openPage, type Target } from './measure';
import { mapInfo, settle } from './camera-probe';

export interface HeapSession {
  durationMs: number;
  afterLoad: number;
  /** After the warm-up cycle and a reset: what the end is compared to. */
  start: number;
  samples: { atMs: number; used: number }[];
  end: number;
  actions: number;
  failures: string[];
  errors: string[];
}

/** Samples taken during the session (plus start and end). */
const SAMPLES = 6;

export async function heapSession(target: Target, durationMs: number): Promise<HeapSession> {
  const { browser, context, page, errors } = await openPage(target);
  try {
    await page.evaluate(settle, 180_000);
    const heap = await openHeapProbe(context, page);
    const afterLoad = await heap.used();
    const camera = await page.evaluate(mapInfo);
    const warm = await warmUp(page, target.kind, camera);
    const start = await heap.used();
    const samples: HeapSession['samples'] = [];
    const every = durationMs / SAMPLES;
    let next = every;
    const log = await interact(page, target.kind, durationMs, camera, async (elapsed) => {
      if (elapsed < next) return;
      next = elapsed + every;
      samples.push({ atMs: elapsed, used: await heap.used() });
    });
    const end = await heap.used();
    await heap.detach();
    return { durationMs, afterLoad, start, samples, end, actions: log.actions, failures: [...warm.failures, ...log.failures], errors: [...errors] };
  } finally {
    await browser.close();
  }
}
