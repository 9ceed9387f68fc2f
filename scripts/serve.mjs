// The one local server of the project: serves a static export (`out/` by default) the way a
// static host would, with the headers the README asks hosts to send. Used by `npm start`,
// the browser tests and the benchmark.
//
//   node scripts/serve.mjs [port] [--dir out] [--base /atlas]
//
// `/x` → x.html, `/dir/` → dir/index.html; with a base path, only URLs under it are served.
import http from 'node:http';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/**
 * Headers for a file: the site's Content-Security-Policy (written by scripts/csp.mjs) with
 * frame-ancestors, which only a header can carry; content-hashed files cached for good, the
 * rest (pages, data/manifest.json) revalidated on every load.
 */
export function headersFor(relative, policy) {
  const hashed = /^_next\/static\//.test(relative) || /^data\/(?!manifest\.json$)[^/]+\.[0-9a-f]{12}\.json$/.test(relative);
  return {
    ...(policy ? { 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

async function isFile(p) {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Map a URL pathname (base path removed) to a file inside root, or null. Never escapes root. */
async function resolveFile(root, pathname) {
  let rel;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null; // malformed %-escape
  }
  if (rel.includes('\0')) return null;
  // Resolve against root and refuse anything that lands outside it
  // (`..`, encoded `%2e%2e`, backslashes, absolute paths all end up here).
  const abs = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  // At root itself only index.html is allowed (`root + '.html'` would be outside).
  const candidates = rel.endsWith('/') || abs === root ? [path.join(abs, 'index.html')] : [abs, abs + '.html', path.join(abs, 'index.html')];
  for (const c of candidates) if (await isFile(c)) return c;
  return null;
}

/**
 * Serve `dir` on 127.0.0.1 (port 0 = any free port), under `base` ('' or e.g. '/atlas').
 * @param {{ dir?: string, port?: number, base?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ dir = 'out', port = 0, base = '' } = {}) {
  const root = path.resolve(dir);
  const policyFile = path.join(root, 'csp-policy.txt');
  const policy = existsSync(policyFile) ? readFileSync(policyFile, 'utf8').trim() : null;
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const inBase = base === '' || pathname === base || pathname.startsWith(`${base}/`);
    const file = inBase ? await resolveFile(root, pathname.slice(base.length) || '/') : null;
    if (!file) {
      // Next's export ships a 404.html; use it if present, like a real host.
      const notFound = path.join(root, '404.html');
      const body = (await isFile(notFound)) ? await fs.readFile(notFound) : 'Not found';
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor('404.html', policy) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...headersFor(path.relative(root, file).split(path.sep).join('/'), policy),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Bind to loopback only: this is a local preview and test server.
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}${base}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // don't wait for browser keep-alives
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env.PORT ?? 3000);
  const { url } = await startServer({ dir: path.resolve(repoRoot, option('--dir', 'out')), port, base: option('--base', '') });
  console.log(`Serving the atlas at ${url}/`);
}
