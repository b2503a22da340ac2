// The installed-app smoke test (Windows release workflow only): not part of npm test.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/smoke',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/smoke',
  workers: 1,
  forbidOnly: true,
  timeout: 120_000,
  reporter: [['list']],
});
