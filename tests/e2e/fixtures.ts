// Each test gets its own headless shell (the built dist/serve.cjs, a real process) on a fresh
// encrypted database in a temp folder. `desk.open(page)` creates the database with a known
// administrator through the API and signs in through the real sign-in form.
//
// Options (test.use): `deskEnv` adds environment variables for the shell, e.g.
// { PRIVACY_DESK_IDLE_LOCK_SECONDS: '3' } for the auto-lock tests.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Role = 'admin' | 'officer' | 'clerk' | 'auditor';

export interface Credentials {
  username: string;
  displayName: string;
  password: string;
}

/** The administrator every desk is set up with. */
export const ADMIN: Credentials = {
  username: 'admin',
  displayName: 'Әсел Әкімші',
  password: 'correct horse battery',
};

export interface CallResultJson {
  ok: boolean;
  value?: unknown;
  error?: { code: string; messageKey?: string; details?: Record<string, unknown> };
}

export interface Desk {
  /** Address with the token in the fragment, as the shell prints it. */
  url: string;
  origin: string;
  token: string;
  dir: string;
  dbFile: string;
  keyFile: string;
  /** Calls the bridge directly (as window.api does), with a signed-in session token when given. */
  call(name: string, input?: unknown, session?: string): Promise<CallResultJson>;
  /** Like call, but returns the value and throws on an error. */
  value<T = unknown>(name: string, input?: unknown, session?: string): Promise<T>;
  /** First-run setup through the API with ADMIN; returns the recovery key. */
  setup(): Promise<{ recoveryKey: string | null }>;
  /** The administrator's API session from setup (or the last `desk.login` as ADMIN). */
  readonly adminSession: string;
  /** Signs in through the API; returns the session token (ADMIN's becomes `adminSession`). */
  login(username: string, password: string): Promise<string>;
  /**
   * A new account with this role (created by the administrator through the API). Unless
   * `temporary`, its temporary password is already changed, so it signs in straight to the app.
   */
  createUser(
    role: Role,
    opts?: { displayName?: string; username?: string; temporary?: boolean },
  ): Promise<Credentials>;
  /**
   * Opens the app. By default: setup through the API, then sign-in as ADMIN through the form.
   * `setup: false` leaves the database uncreated (the setup screen shows); `signIn: false` stops at
   * the sign-in screen.
   */
  open(page: Page, opts?: { setup?: boolean; signIn?: boolean | Credentials }): Promise<void>;
  /** Fills and submits the sign-in form, then waits for the sidebar. */
  signIn(page: Page, who?: Credentials): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export async function startShell(
  dir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'serve.cjs'),
      '--port',
      '0',
      '--db',
      path.join(dir, 'desk.db'),
      '--key-file',
      path.join(dir, 'desk.key'),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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

export async function stopShell(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
  );
}

/** A bridge client for a shell address (with its token). */
export function bridge(url: string) {
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token')!;
  const origin = parsed.origin;
  const call = async (name: string, input: unknown = {}, session?: string): Promise<CallResultJson> => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    };
    if (session) headers['x-pd-session'] = session;
    const res = await fetch(`${origin}/api/call/${name}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return (await res.json()) as CallResultJson;
  };
  return { token, origin, call };
}

/** The sign-in form, by its labels in whatever language is showing. */
export async function fillSignIn(page: Page, who: Credentials): Promise<void> {
  const form = page.getByTestId('screen-signin');
  await expect(form).toBeVisible();
  await form.getByLabel(/^(Имя пользователя|Пайдаланушы аты|Username)$/).fill(who.username);
  const password = form.getByLabel(/^(Пароль|Құпиясөз|Password)$/);
  await password.fill(who.password);
  await password.press('Enter');
}

let userSeq = 0;

export const test = base.extend<{ desk: Desk; deskEnv: Record<string, string> }>({
  deskEnv: [{}, { option: true }],
  desk: async ({ deskEnv }, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-'));
    const { child, url } = await startShell(dir, deskEnv);
    const { token, origin, call } = bridge(url);
    let adminSession: string | null = null;

    const value = async <T>(name: string, input: unknown = {}, session?: string): Promise<T> => {
      const r = await call(name, input, session);
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };

    const desk: Desk = {
      url,
      origin,
      token,
      dir,
      dbFile: path.join(dir, 'desk.db'),
      keyFile: path.join(dir, 'desk.key'),
      call,
      value,
      get adminSession(): string {
        if (!adminSession) throw new Error('desk.adminSession: run desk.setup() or desk.open(page) first');
        return adminSession;
      },
      async setup() {
        const r = await value<{ recoveryKey: string | null; sessionToken: string }>('app.setup', {
          admin: ADMIN,
        });
        adminSession = r.sessionToken;
        return { recoveryKey: r.recoveryKey };
      },
      async login(username, password) {
        const r = await value<{ sessionToken: string }>('auth.login', { username, password });
        if (username === ADMIN.username) adminSession = r.sessionToken;
        return r.sessionToken;
      },
      async createUser(role, opts = {}) {
        userSeq += 1;
        const username = opts.username ?? `${role}${userSeq}`;
        const displayName = opts.displayName ?? `Тест ${role} ${userSeq}`;
        const temporary = `temporary-${role}-${userSeq}`;
        await value('users.create', { username, displayName, role, password: temporary }, desk.adminSession);
        if (opts.temporary) return { username, displayName, password: temporary };
        const password = `own password ${role} ${userSeq}`;
        const session = await desk.login(username, temporary);
        await value('auth.changePassword', { current: temporary, next: password }, session);
        await call('auth.logout', {}, session);
        return { username, displayName, password };
      },
      async signIn(page, who = ADMIN) {
        await fillSignIn(page, who);
        await expect(page.getByTestId('signed-in-user')).toContainText(who.displayName);
      },
      async open(page, opts = {}) {
        if (opts.setup !== false) await desk.setup();
        await page.goto(url);
        if (opts.setup === false || opts.signIn === false) return;
        await desk.signIn(page, typeof opts.signIn === 'object' ? opts.signIn : ADMIN);
      },
    };
    await use(desk);
    await stopShell(child);
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
