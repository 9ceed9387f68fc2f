/**
 * Static export: the site is plain files (HTML, JS, CSS, data), so any static host or
 * CDN serves it with no Node server.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
