// The desktop suite: the real dist/main.cjs under the Electron-faithful harness (tests/desktop/harness).
import { defineConfig } from '@playwright/test';

if (Number(process.versions.node.split('.')[0]) < 24) {
  throw new Error(`Desktop tests need Node 24 (got ${process.versions.node}); run them with npm test.`);
}

export default defineConfig({
  testDir: 'tests/desktop',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/desktop',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
