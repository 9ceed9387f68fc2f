/**
 * Static export: the site is plain files (HTML, JS, CSS, data), so any static host or
 * CDN serves it with no Node server.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  images: { unoptimized: true },
  // Next type-checks the site only; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
};

export default nextConfig;
