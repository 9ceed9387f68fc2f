// MapLibre 6 loads its worker from a URL (it has no inline worker): ship the pinned
// package's worker with the site so the map never depends on a CDN.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve('maplibre-gl/package.json')), 'dist/maplibre-gl-worker.mjs');
mkdirSync('public', { recursive: true });
copyFileSync(source, 'public/maplibre-gl-worker.mjs');
