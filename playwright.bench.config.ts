// The UI bench (electron/bench/ui.bench.ts runs it with a seeded desk): not part of npm test.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/bench-ui',
  testMatch: '**/*.bench.ts',
  outputDir: 'test-results/bench-ui',
  timeout: 30 * 60_000,
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
