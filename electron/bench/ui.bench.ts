// The UI suite: seeds a desk of 1,000,000 demo letters (--scale for fewer), then runs the
// Playwright bench (tests/bench-ui/ui.bench.ts, real Chromium on the headless shell) against it
// and records what the page measured: keypress-to-saved for a keyboard intake, opening the
// register and jumping to its end, a header search, opening the dashboard. It needs the built
// dist/ (npm run bench builds nothing) and Chromium, as the e2e tests do.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateKey } from '../core/keys';
import { FileKeyStore } from '../core/keystore';
import { seedDemo } from '../mailroom';
import { Server } from '../sql/server';
import type { BenchContext, BenchSuite } from './harness';

const FULL_LETTERS = 1_000_000;
/** dist/bench.cjs runs from the checkout's dist/ folder. */
const ROOT = path.resolve(__dirname, '..');

function seedDesk(ctx: BenchContext, letters: number): void {
  const keyStore = new FileKeyStore(path.join(ctx.tmp, 'desk.key'));
  const key = generateKey();
  keyStore.save(key);
  const server = Server.open({ file: path.join(ctx.tmp, 'desk.db'), key, create: 'allow' });
  try {
    seedDemo(server, 'bench', { letters, seed: 5, days: Math.max(30, Math.ceil(letters / 1000)) });
    server.checkpoint();
  } finally {
    server.close();
  }
}

function runPlaywright(ctx: BenchContext, out: string, rounds: number): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const config = path.join(ROOT, 'playwright.bench.config.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'test', '-c', config], {
      cwd: ROOT,
      env: {
        ...process.env,
        PD_BENCH_UI_DIR: ctx.tmp,
        PD_BENCH_UI_OUT: out,
        PD_BENCH_UI_ROUNDS: String(rounds),
      },
      // Playwright's report goes to stderr: stdout carries only the bench's JSON.
      stdio: ['ignore', process.stderr, 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ui bench: playwright exited ${code}`)),
    );
  });
}

export const uiBench: BenchSuite = {
  name: 'ui',
  description: 'Chromium on the headless shell at 1,000,000 letters: intake, register, search, dashboard',
  async run(ctx) {
    if (!existsSync(path.join(ROOT, 'dist', 'serve.cjs')))
      throw new Error('ui bench: build first (npm run build)');
    const letters = Math.max(1000, Math.round(FULL_LETTERS * ctx.scale));
    ctx.size('ui.letters', letters);
    const t0 = Date.now();
    seedDesk(ctx, letters);
    process.stderr.write(`ui: seeded ${letters} letters in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    const out = path.join(ctx.tmp, 'ui-samples.json');
    await runPlaywright(ctx, out, ctx.rows ?? 20);
    const samples = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number[]>;
    for (const [name, values] of Object.entries(samples)) ctx.record(name, values, 'ms');
  },
};
