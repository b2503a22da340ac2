// Vitest global setup: the core runs in worker threads loaded from dist/ (core-worker.cjs,
// reader-worker.cjs), so tests that start the headless shell need those bundles to be current.
// Rebuilt (esbuild bundles only, a few seconds) when missing or older than any source they bundle,
// so `vitest run` alone tests the current code, as with the preload (sandbox-loader.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLES = ['core-worker.cjs', 'reader-worker.cjs'].map((f) => path.join(ROOT, 'dist', f));
const SOURCES = ['electron', 'common', 'resources'].map((d) => path.join(ROOT, d));

function newestSource(): number {
  let newest = statSync(path.join(ROOT, 'scripts', 'build.mjs')).mtimeMs;
  for (const dir of SOURCES)
    for (const f of readdirSync(dir, { recursive: true }) as string[])
      if (/\.(ts|json)$/.test(f)) newest = Math.max(newest, statSync(path.join(dir, f)).mtimeMs);
  return newest;
}

export default function setup(): void {
  const built = Math.min(...BUNDLES.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (built > newestSource()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--main-only'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}
