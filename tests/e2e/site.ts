// The site the browser tests open: the test build (out-test/, built by tests/run-all.sh with
// NEXT_PUBLIC_ATLAS_TEST_HOOKS=1 so the tests can reach the map), served by the project's
// own server with the headers a host should send.
import { startServer } from '../../scripts/serve.mjs';

export const TEST_SITE = 'out-test';
export const PRODUCTION_SITE = 'out';
/** Built with ATLAS_BASE_PATH=/atlas, to be served under that path. */
export const SUBPATH_SITE = { dir: 'out-atlas', base: '/atlas' };

export const startTestSite = () => startServer({ dir: TEST_SITE });
