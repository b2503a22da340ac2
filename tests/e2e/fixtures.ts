// Each test gets its own headless shell (the built dist/serve.cjs, a real process) on a fresh
// encrypted database in a temp folder.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Desk {
  /** Address with the token in the fragment, as the shell prints it. */
  url: string;
  origin: string;
  token: string;
  dir: string;
  dbFile: string;
  keyFile: string;
  /** Calls the bridge directly (as window.api does), for setup steps and direct-call checks. */
  call(name: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  /** Opens the app and, unless asked not to, completes first-run setup. */
  open(page: Page, opts?: { setup?: boolean }): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export async function startShell(dir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'serve.cjs'), '--port', '0', '--db', path.join(dir, 'desk.db'), '--key-file', path.join(dir, 'desk.key')], {
    cwd: ROOT,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PRIVACY_DESK_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`headless shell exited (${code}): ${err}`)));
  });
  return { child, url };
}

export const test = base.extend<{ desk: Desk }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  desk: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-'));
    const { child, url } = await startShell(dir);
    const parsed = new URL(url);
    const token = new URLSearchParams(parsed.hash.slice(1)).get('token')!;
    const origin = parsed.origin;
    const call: Desk['call'] = async (name, input = {}) => {
      const res = await fetch(`${origin}/api/call/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Awaited<ReturnType<Desk['call']>>;
    };
    const desk: Desk = {
      url,
      origin,
      token,
      dir,
      dbFile: path.join(dir, 'desk.db'),
      keyFile: path.join(dir, 'desk.key'),
      call,
      open: async (page, opts) => {
        if (opts?.setup !== false) {
          const r = await call('app.setup', { confirm: true });
          if (!r.ok) throw new Error(`setup failed: ${JSON.stringify(r.error)}`);
        }
        await page.goto(url);
      },
    };
    await use(desk);
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
