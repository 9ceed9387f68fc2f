// Content-Security-Policy for the static export, without 'unsafe-inline' for scripts: the
// inline scripts Next.js writes into each page (its bootstrap and RSC payload) are allowed by
// their sha256 hashes, computed here after `next build`. The policy is written as a meta tag
// at the top of every page's <head> (for hosts that send no headers) and into
// <site>/csp-policy.txt, which the local server sends as a header and the README tells static
// hosts to send.
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

/**
 * The site's policy: everything from its own origin; inline scripts only by hash; inline
 * styles allowed (React sets style attributes); MapLibre's worker from the site, images and
 * the PNG export from data: and blob: URLs.
 */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;

/** A policy with the hashes added to its script-src. */
export function withHashes(policy, hashes) {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const script = directives.findIndex((d) => d.startsWith('script-src'));
  if (script < 0) throw new Error("csp: the page's policy has no script-src directive");
  if (directives[script].includes("'unsafe-inline'")) throw new Error("csp: script-src must not allow 'unsafe-inline'");
  directives[script] = [directives[script], ...hashes].join(' ');
  return directives.join('; ');
}

const encode = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? htmlFiles(file) : name.endsWith('.html') ? [file] : [];
  });
}

/**
 * Writes the policy, with the hashes of all pages' inline scripts, at the top of every page's
 * <head> (before any script, so it governs them all); returns the policy. Run once per build:
 * a page that already has a policy is an error (hashes would be added twice).
 */
export function applyCsp(site) {
  const pages = htmlFiles(site).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  if (pages.length === 0) throw new Error(`csp: no pages in ${site} (run next build first)`);
  const hashes = [...new Set(pages.flatMap((p) => inlineScripts(p.html).map(hashOf)))].sort();
  const policy = withHashes(POLICY, hashes);
  for (const p of pages) {
    if (META.test(p.html)) throw new Error(`csp: ${p.file} already has a Content-Security-Policy (run csp.mjs once per build)`);
    if (!/<head>/i.test(p.html)) throw new Error(`csp: ${p.file} has no <head>`);
    writeFileSync(p.file, p.html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${encode(policy)}"/>`));
  }
  writeFileSync(path.join(site, 'csp-policy.txt'), policy + '\n');
  return { policy, hashes, pages: pages.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const site = process.argv[2] ?? 'out';
  const { hashes, pages } = applyCsp(site);
  console.log(`csp: ${hashes.length} inline script hashes written into ${pages} pages and ${site}/csp-policy.txt`);
}
