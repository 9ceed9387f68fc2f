import { describe, expect, it } from 'vitest';
import { distinctResources, totals, type FileBytes } from '../bench/transfer';

const file = (url: string, gzip: number): FileBytes => ({ url, kind: 'js', raw: gzip * 3, gzip });

describe('the bench\'s first-view bytes', () => {
  it('count a resource once: asked for again (a worker loading the page\'s runtime chunk) or listed with a fragment', () => {
    const files = distinctResources([
      file('http://x/_next/static/chunks/runtime.js', 3905),
      file('http://x/_next/static/chunks/worker.js#params=abc', 597),
      file('http://x/_next/static/chunks/runtime.js', 3905),
      file('http://x/_next/static/chunks/worker.js', 597),
      file('http://x/data/atlas.json', 1000),
    ]);
    expect(files.map((f) => f.url)).toEqual(['http://x/_next/static/chunks/runtime.js', 'http://x/_next/static/chunks/worker.js#params=abc', 'http://x/data/atlas.json']);
    expect(totals(files).total.gzip).toBe(3905 + 597 + 1000);
  });
});
