/**
 * Heap over a stretch of interaction, in its own fresh browser: heap after load (after GC),
 * samples during the scripted interaction, and the heap after resetting to the first view.
 */
import { openHeapProbe } from './heap';
import { interact } from './interact';
import { openPage, type Target } from './measure';
import { mapInfo, settle } from './camera-probe';

export interface HeapSession {
  durationMs: number;
  afterLoad: number;
  samples: { atMs: number; used: number }[];
  end: number;
  actions: number;
  failures: string[];
  errors: string[];
}

export async function heapSession(target: Target, durationMs: number): Promise<HeapSession> {
  const { browser, context, page, errors } = await openPage(target);
  try {
    await page.evaluate(settle, 180_000);
    const heap = await openHeapProbe(context, page);
    const afterLoad = await heap.used();
    const { center, zoom } = await page.evaluate(mapInfo);
    const samples: HeapSession['samples'] = [];
    const every = durationMs / 6;
    let next = every;
    const log = await interact(page, target.kind, durationMs, { center, zoom }, async (elapsed) => {
      if (elapsed < next) return;
      next = elapsed + every;
      samples.push({ atMs: elapsed, used: await heap.used() });
    });
    const end = await heap.used();
    await heap.detach();
    return { durationMs, afterLoad, samples, end, actions: log.actions, failures: log.failures, errors: [...errors] };
  } finally {
    await browser.close();
  }
}
