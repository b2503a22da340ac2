// Starts the real dist/main.cjs in this Node process with `require('electron')` answered by an
// ElectronSim, and a fresh Chromium (profile in userData, like Electron's) as its renderer.
// One app at a time per test worker; quit() runs Electron's quit sequence and closes Chromium.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../../e2e/browser';
import { ElectronSim } from './electron-sim';
import type { SimBrowserWindowImpl } from './sim-window';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAIN = path.join(ROOT, 'dist', 'main.cjs');
const SIM_ID = path.join(ROOT, 'tests', 'desktop', 'harness', '(simulated electron)');
const nodeRequire = createRequire(__filename);
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

/** The same Chromium and switches as the browser e2e tests (playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection'];
const proc = process as NodeJS.EventEmitter;

let hooked = false;
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = M._resolveFilename;
  M._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? SIM_ID : resolve.call(this, request, ...rest);
  };
}

/**
 * Each launch is a new main process: main.cjs evaluated afresh. Compiled directly, not through
 * `require`, so the test runner's source transform does not spend half a minute on the bundle.
 */
function runMain(): void {
  const M = Module as unknown as { _nodeModulePaths(dir: string): string[] };
  const main = new Module(MAIN) as Module & { _compile(code: string, filename: string): void };
  main.filename = MAIN;
  main.paths = M._nodeModulePaths(path.dirname(MAIN));
  main._compile(readFileSync(MAIN, 'utf8'), MAIN);
  main.loaded = true;
}

export interface DesktopApp {
  sim: ElectronSim;
  /** The main window (undefined when this instance quit at once, e.g. lost the single-instance lock). */
  window: SimBrowserWindowImpl | undefined;
  page: Page;
  /** Closes the window as the user would (Alt+F4): main closes the database and quits. */
  quit(): Promise<void>;
}

export interface LaunchOptions {
  userData: string;
  machineKey: Buffer;
  foreignPages?: Record<string, string>;
}

export async function launchDesktop(opts: LaunchOptions): Promise<DesktopApp> {
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(path.join(opts.userData, 'Chromium'), {
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  const sim = new ElectronSim({
    context,
    userData: opts.userData,
    machineKey: opts.machineKey,
    version: VERSION,
    ...(opts.foreignPages ? { foreignPages: opts.foreignPages } : {}),
  });
  await sim.install();
  hookElectron();
  const fake = new Module(SIM_ID);
  fake.filename = SIM_ID;
  fake.loaded = true;
  fake.exports = sim.module;
  nodeRequire.cache[SIM_ID] = fake;
  const processHooks = PROCESS_EVENTS.map((e) => new Set(proc.listeners(e)));
  runMain();
  // main's process-wide handlers (crash handling) belong to its process: gone when it quits.
  const dropProcessHooks = () =>
    PROCESS_EVENTS.forEach((e, i) =>
      proc.listeners(e).forEach((l) => processHooks[i]!.has(l) || proc.removeListener(e, l as never)),
    );
  sim.app.becomeReady();
  await new Promise((r) => setImmediate(r));
  const window = sim.record.windows[0];
  if (window) await once(window, 'ready-to-show');
  const page = window ? await window.pageForTest() : context.pages()[0]!;
  if (window) await page.evaluate(() => 0); // the preload's error report, if any, has arrived
  if (sim.record.preloadErrors.length) {
    // Electron only logs "Unable to load preload script"; a test must stop here with the reason.
    dropProcessHooks();
    await context.close();
    throw new Error(`Unable to load preload script: ${sim.record.preloadErrors.join('; ')}`);
  }
  return {
    sim,
    window,
    page,
    async quit() {
      if (window && !window.isDestroyed()) window.close();
      else sim.app.quit();
      await sim.app.quitted;
      dropProcessHooks();
      await context.close();
    },
  };
}
