/** JS heap of the page's main thread via CDP, after forcing garbage collection (twice). */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export async function openHeapProbe(context: BrowserContext, page: Page) {
  const cdp: CDPSession = await context.newCDPSession(page);
  return {
    /** Bytes of live JS heap after a full GC. */
    async used(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}
