/**
 * Where the site is served, set at build time (next.config.js): '' at a domain's root, or a
 * path such as "/atlas". Every fetch of data and every file the page loads by URL goes
 * through it, so the same build works under a path on any static host.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

