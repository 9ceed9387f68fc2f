/**
 * Where the site is served, set at build time (next.config.js): '' at a domain's root, or a
 * path such as "/atlas". Every fetch of data and every file the page loads by URL goes
 * through it, so the same build works under a path on any static host.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * A test build (NEXT_PUBLIC_ATLAS_TEST_HOOKS=1) exposes the map to the browser tests;
 * in a production build this is the constant false and the code it guards is removed.
 */
export const TEST_HOOKS = process.env.NEXT_PUBLIC_ATLAS_TEST_HOOKS === '1';
