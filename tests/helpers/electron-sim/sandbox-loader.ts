// Electron's sandboxed preload loader, as Node code the tests can run. Mirrors electron/electron
// lib/sandboxed_renderer/preload.ts (runPreloadScript: the preload is compiled as a function of
// these parameter names, not a module) and lib/sandboxed_renderer/init.ts (preloadRequire: only
// the listed modules, anything else throws `module not found: X`).
import { execFileSync } from 'node:child_process';
import * as events from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as timers from 'node:timers';
import * as url from 'node:url';
import vm from 'node:vm';

/** runPreloadScript's parameter list: its own four, then the exposed globals. */
export const PRELOAD_PARAMS = [
  'require',
  'process',
  'exports',
  'module',
  'Buffer',
  'global',
  'setImmediate',
  'clearImmediate',
] as const;

/** What the sandboxed preload can require: init.ts loadedModules, then the lazily loadableModules. */
export const PRELOAD_MODULES = [
  'electron',
  'electron/common',
  'electron/renderer',
  'events',
  'node:events',
  'timers',
  'node:timers',
  'url',
  'node:url',
] as const;

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PRELOAD_FILE = path.join(ROOT, 'dist', 'preload.cjs');
const PRELOAD_INPUTS = ['electron/preload.ts', 'scripts/build.mjs', 'scripts/preload-bundle.mjs'];

/**
 * dist/preload.cjs as the build script makes it. Rebuilt (esbuild bundles only, a few seconds)
 * when missing or older than its sources, so `vitest run` alone tests the current code.
 */
export function builtPreload(): string {
  const built = existsSync(PRELOAD_FILE) ? statSync(PRELOAD_FILE).mtimeMs : 0;
  const stale = PRELOAD_INPUTS.map((f) => path.join(ROOT, f)).some(
    (f) => existsSync(f) && statSync(f).mtimeMs > built,
  );
  if (stale)
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--main-only'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  return readFileSync(PRELOAD_FILE, 'utf8');
}

/** preloadRequire: the known modules, else the loader's own error. */
export function preloadRequire(electron: unknown) {
  const loaded = new Map<string, unknown>([
    ['electron', electron],
    ['electron/common', electron],
    ['electron/renderer', electron],
    ['events', events],
    ['node:events', events],
  ]);
  const loadable = new Map<string, () => unknown>([
    ['timers', () => timers],
    ['node:timers', () => timers],
    ['url', () => url],
    ['node:url', () => url],
  ]);
  return (name: string): unknown => {
    if (loaded.has(name)) return loaded.get(name);
    const load = loadable.get(name);
    if (load) {
      loaded.set(name, load());
      return loaded.get(name);
    }
    throw new Error(`module not found: ${name}`);
  };
}

export interface SandboxWindow {
  location: { href: string; protocol: string; host: string; origin: string };
  [key: string]: unknown;
}

/**
 * Runs preload source in a fresh context whose global is a window at `url` (like the renderer's
 * isolated world: no Node globals), compiled with the loader's parameter list, as V8
 * CompileFunction does in Electron. Returns the window so tests can see what it exposed.
 */
export function runPreloadScript(source: string, url: string, electron: unknown): SandboxWindow {
  const u = new URL(url);
  const win = vm.createContext({
    location: { href: u.href, protocol: u.protocol, host: u.host, origin: u.origin },
  }) as SandboxWindow;
  vm.runInContext('globalThis.window = globalThis;', win);
  const fn = vm.compileFunction(source, [...PRELOAD_PARAMS], {
    parsingContext: win,
    filename: PRELOAD_FILE,
  }) as (...args: unknown[]) => void;
  const exports = {};
  const preloadProcess = new events.EventEmitter();
  fn(
    preloadRequire(electron),
    preloadProcess,
    exports,
    { exports },
    Buffer,
    win,
    timers.setImmediate,
    timers.clearImmediate,
  );
  return win;
}
