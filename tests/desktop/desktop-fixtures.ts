// Helpers for the desktop suite: a user-data folder and machine key per test, calls through the
// page's window.api (the preload's bridge, as the renderer makes them), and the reference central.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { CallResultJson } from '../e2e/fixtures';
import { launchDesktop, type DesktopApp } from './harness/launch';

const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

export interface Machine {
  userData: string;
  machineKey: Buffer;
  /** Starts the app on this machine (closes the one before first, like a restart). */
  launch(opts?: { foreignPages?: Record<string, string> }): Promise<DesktopApp>;
  /** Files under userData whose name matches. */
  find(name: RegExp): string[];
}

export const test = base.extend<{ machine: Machine }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in this pattern; this one has none
  machine: async ({}, use) => {
    const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'pd-desktop-')), 'Privacy Desk');
    const machineKey = randomBytes(32);
    let running: DesktopApp | null = null;
    const machine: Machine = {
      userData,
      machineKey,
      async launch(opts = {}) {
        if (running) await running.quit();
        running = await launchDesktop({ userData, machineKey, ...opts });
        return running;
      },
      find: (name) =>
        (readdirSync(userData, { recursive: true }) as string[])
          .filter((f) => name.test(path.basename(f)))
          .map((f) => path.join(userData, f)),
    };
    await use(machine);
    if (running) await (running as DesktopApp).quit();
    rmSync(path.dirname(userData), { recursive: true, force: true });
  },
});

/** A call through window.api, exactly as the renderer makes it. */
export async function call(
  page: Page,
  name: string,
  input: unknown = {},
  session?: string,
): Promise<CallResultJson> {
  return page.evaluate(
    ([n, i, s]) =>
      window.api!.invoke(n as never, i as never, s as string | undefined) as Promise<CallResultJson>,
    [name, input, session] as const,
  );
}

export async function value<T>(page: Page, name: string, input: unknown = {}, session?: string): Promise<T> {
  const r = await call(page, name, input, session);
  if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `privacy-desk central serve`: the reference central system, a real HTTP server. */
export async function startCentral(
  port: number,
  db: string,
  token: string,
): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'central', 'serve', '--port', String(port), '--db', db, '--token', token, '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('central listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`central exited (${code})`)));
  });
  return {
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}

export { expect };
