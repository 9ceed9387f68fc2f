// Dependency-free static server for the `next build` static export in out/.
// Used by the e2e tests (import { startServer }) and by `npm start` (CLI).
// It mimics how a static host resolves Next's export: `/x` -> x.html,
// `/dir/` -> dir/index.html.
import http from 'node:http';
import fs from 'node:fs/promises';
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

async function isFile(p) {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Map a URL pathname to a file inside root, or null. Never escapes root. */
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
  const candidates = rel.endsWith('/') || abs === root
    ? [path.join(abs, 'index.html')]
    : [abs, abs + '.html', path.join(abs, 'index.html')];
  for (const c of candidates) if (await isFile(c)) return c;
  return null;
}

/**
 * Serve `dir` on 127.0.0.1. port 0 = any free port.
 * @param {{ dir?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ dir = 'out', port = 0 } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, pathname);
    if (!file) {
      // Next's export ships a 404.html; use it if present, like a real host.
      const notFound = path.join(root, '404.html');
      const body = (await isFile(notFound)) ? await fs.readFile(notFound) : 'Not found';
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Bind to loopback only: this is a test/preview server.
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // don't wait for browser keep-alives
          }),
      });
    });
  });
}

// CLI: node tests/e2e/serve.mjs [port]
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const { url } = await startServer({ dir: path.join(repoRoot, 'out'), port });
  console.log(`Serving out/ at ${url}`);
}
