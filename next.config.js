/**
 * Static export: the site is plain files (HTML, JS, CSS, data), so any static host or
 * CDN serves it with no Node server, at the domain's root or under a path.
 *
 *   ATLAS_BASE_PATH=/atlas   serve under a path (set at build time; default: the root)
 *   ATLAS_OUT_DIR=out-test   write the export elsewhere (default: out)
 *   NEXT_PUBLIC_ATLAS_TEST_HOOKS=1   a test build: exposes the map to the browser tests
 * @type {import('next').NextConfig}
 */
const basePath = process.env.ATLAS_BASE_PATH ?? '';
if (basePath !== '' && !/^(\/[A-Za-z0-9_-]+)+$/.test(basePath)) {
  throw new Error(`ATLAS_BASE_PATH must look like "/atlas" (a leading slash, no trailing one), got "${basePath}"`);
}
const outDir = process.env.ATLAS_OUT_DIR;

const nextConfig = {
  output: 'export',
  // With output: 'export', a distDir other than .next is where the export is written.
  ...(outDir ? { distDir: outDir } : {}),
  basePath,
  // Set here, not only read from the environment: an unset NEXT_PUBLIC_ variable is not
  // inlined, and the test hooks it guards would then ship in a production build.
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_ATLAS_TEST_HOOKS: process.env.NEXT_PUBLIC_ATLAS_TEST_HOOKS === '1' ? '1' : '0' },
  reactStrictMode: true,
  images: { unoptimized: true },
  // Next type-checks the site only; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
};

export default nextConfig;
