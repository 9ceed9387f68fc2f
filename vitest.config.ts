import { defineConfig } from 'vitest/config';

// Three projects so each kind of test can be run alone
// (`vitest run --project unit|data|e2e`) or all together (`npm test`).
// `extends: true` makes each project inherit the root options below.
export default defineConfig({
  // Honour tsconfig `paths` (e.g. `@/geo/...`) the same way Next does.
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // No unit test needs a DOM (components are thin over geo/, and the browser tests drive Chromium).
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'data',
          include: ['tests/data/**/*.test.ts'],
          environment: 'node',
          // Data checks read/parse whole generated datasets.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Chromium with software WebGL is slow to start and render on 2 cores.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One browser at a time: forces maxWorkers=1 for this project, and
          // vitest then runs these files after the parallel unit/data files.
          fileParallelism: false,
        },
      },
    ],
  },
});
