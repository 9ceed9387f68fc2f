// Content-Security-Policy for the static export, without 'unsafe-inline' for scripts: the
// inline scripts Next.js writes into each page (its bootstrap and RSC payload) are allowed by
// their sha256 hashes, computed here after `next build`. The policy is written into every
// page's CSP meta tag (for hosts that send no headers) and into <site>/csp-policy.txt, which
// the local server sends as a header and the README tells static hosts to send.
//
//   node scripts/csp.mjs [site folder, default out]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Inline <script> bodies (no src attribute), exactly as the browser hashes them. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc\s*=/i.test(m[1] ?? '')).map((m) => m[2]);
}

export const hashOf = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;

/** The policy of the layout's meta tag, with the hashes added to script-src. */
export function withHashes(policy, hashes) {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const script = directives.findIndex((d) => d.startsWith('script-src'));
  if (script < 0) throw new Error("csp: the page's policy has no script-src directive");
  if (directives[script].includes("'unsafe-inline'")) throw new Error("csp: script-src must not allow 'unsafe-inline'");
  directives[script] = [directives[script], ...hashes].join(' ');
  return directives.join('; ');
}

const decode = (s) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const encode = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? htmlFiles(file) : name.endsWith('.html') ? [file] : [];
  });
}

/** Rewrites every page's policy with the hashes of all pages' inline scripts; returns the policy. */
export function applyCsp(site) {
  const pages = htmlFiles(site).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const base = pages.map((p) => META.exec(p.html)?.[1]).find(Boolean);
  if (!base) throw new Error(`csp: no Content-Security-Policy meta tag in ${site}/*.html (is app/layout.tsx's meta gone?)`);
  const hashes = [...new Set(pages.flatMap((p) => inlineScripts(p.html).map(hashOf)))].sort();
  const policy = withHashes(decode(base), hashes);
  for (const p of pages) {
    if (!META.test(p.html)) throw new Error(`csp: ${p.file} has no Content-Security-Policy meta tag`);
    writeFileSync(p.file, p.html.replace(META, `<meta http-equiv="Content-Security-Policy" content="${encode(policy)}"/>`));
  }
  writeFileSync(path.join(site, 'csp-policy.txt'), policy + '\n');
  return { policy, hashes, pages: pages.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const site = process.argv[2] ?? 'out';
  const { hashes, pages } = applyCsp(site);
  console.log(`csp: ${hashes.length} inline script hashes written into ${pages} pages and ${site}/csp-policy.txt`);
}
