import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCsp, hashOf, inlineScripts, withHashes } from '../../scripts/csp.mjs';
import { headersFor } from '../../scripts/serve.mjs';
import { tempDir } from './fixtures';

describe('scripts/csp.mjs', () => {
  it('finds inline scripts only, byte for byte', () => {
    const html = '<script src="/a.js" async=""></script><script id="_R_">self.x=1</script><p></p><script>\n a <b </script>';
    expect(inlineScripts(html)).toEqual(['self.x=1', '\n a <b ']);
  });

  it('hashes as browsers do: sha256 of the UTF-8 text, base64 (the empty script is the well-known 47DEQ… hash)', () => {
    expect(hashOf('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("adds hashes to script-src and refuses a policy that allows 'unsafe-inline' scripts", () => {
    expect(withHashes("default-src 'self'; script-src 'self'", ["'sha256-A'", "'sha256-B'"])).toBe("default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'");
    expect(() => withHashes("script-src 'self' 'unsafe-inline'", [])).toThrow(/unsafe-inline/);
  });

  describe('applyCsp', () => {
    let tmp: ReturnType<typeof tempDir>;
    beforeEach(() => (tmp = tempDir()));
    afterEach(() => tmp.remove());

    it("writes one policy with every page's hashes at the top of each head, and refuses to run twice", () => {
      mkdirSync(path.join(tmp.dir, 'sub'));
      writeFileSync(path.join(tmp.dir, 'index.html'), '<html><head><script src="/x.js"></script></head><body><script>one()</script></body></html>');
      writeFileSync(path.join(tmp.dir, 'sub', 'page.html'), '<html><head></head><body><script>two()</script></body></html>');
      const { policy, hashes, pages } = applyCsp(tmp.dir);
      expect(pages).toBe(2);
      expect(hashes).toEqual([hashOf('one()'), hashOf('two()')].sort());
      const index = readFileSync(path.join(tmp.dir, 'index.html'), 'utf8');
      expect(index.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="')).toBe(true);
      expect(index).toContain(hashOf('two()').replace(/'/g, '&#x27;'));
      expect(readFileSync(path.join(tmp.dir, 'csp-policy.txt'), 'utf8').trim()).toBe(policy);
      expect(() => applyCsp(tmp.dir)).toThrow(/already has a Content-Security-Policy/);
    });
  });
});

describe('scripts/serve.mjs headers', () => {
  it('sends the policy with frame-ancestors, caches hashed files for good and revalidates the rest', () => {
    const page = headersFor('index.html', "default-src 'self'");
    expect(page['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(page['Cache-Control']).toBe('no-cache');
    expect(headersFor('data/manifest.json', null)['Cache-Control']).toBe('no-cache');
    expect(headersFor('data/atlas.21fca3e8ac95.json', null)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('_next/static/chunks/abc.js', null)['Cache-Control']).toContain('immutable');
    expect(headersFor('index.html', null)['X-Content-Type-Options']).toBe('nosniff');
  });
});
