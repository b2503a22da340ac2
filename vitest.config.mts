import { defineConfig } from 'vitest/config';

if (Number(process.versions.node.split('.')[0]) < 24) {
  throw new Error(`Tests need Node 24 (got ${process.versions.node}); run them with npm test.`);
}

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The core's worker bundles (dist/core-worker.cjs, dist/reader-worker.cjs), rebuilt when stale.
    globalSetup: ['tests/setup/worker-bundles.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
