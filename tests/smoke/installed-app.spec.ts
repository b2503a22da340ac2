// The installed Privacy Desk, on the Windows release runner (not part of npm test).
//
// Playwright's _electron.launch needs the Node inspector, which the EnableNodeCliInspectArguments
// fuse turns off in the installed exe. So the exe is started as a person would start it, plus
// --remote-debugging-port=0 (a Chromium switch the fuse does not cover; the app refuses it unless
// PRIVACY_DESK_SMOKE=1, see electron/shell/remote-debugging.ts), and Playwright attaches with
// chromium.connectOverCDP to the port Chromium announces on stderr.
//
// The flow (tests/smoke/desk-flow.ts, rehearsed on the headless shell by
// tests/e2e/installed-flow.spec.ts): the first administrator, a registered letter, a reply letter
// generated and saved (through the desktop download handler, into PRIVACY_DESK_SAVE_DIR), quit,
// start again and sign in (the unpacked driver .node loads, the key unseals through DPAPI), the
// database file is not plaintext, and the exe's fuses are what electron-builder.yml asks for.
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  createAdministrator,
  generateReply,
  goTo,
  previewScan,
  registerDecidedWithdrawal,
  signIn,
} from './desk-flow';

const ROOT = path.resolve(__dirname, '..', '..');
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
  exited: Promise<number | null>;
}

function installedExe(): string {
  const exe = process.env.PRIVACY_DESK_INSTALLED_EXE;
  if (!exe || !existsSync(exe))
    throw new Error(
      `Set PRIVACY_DESK_INSTALLED_EXE to the installed Privacy Desk.exe (got ${exe ?? 'nothing'})`,
    );
  return exe;
}

/** Starts the exe and resolves with the DevTools WebSocket address Chromium prints on stderr. */
function startApp(
  exe: string,
  userData: string,
  saveDir: string,
): Promise<{ child: ChildProcess; ws: string; exited: Promise<number | null> }> {
  const child = spawn(exe, ['--remote-debugging-port=0', `--user-data-dir=${userData}`], {
    env: { ...process.env, PRIVACY_DESK_SMOKE: '1', PRIVACY_DESK_SAVE_DIR: saveDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`no "DevTools listening on" within 60 s; stderr:\n${err}`)),
      60_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, ws: m[1]!, exited });
      }
    });
    child.stdout!.resume();
    child.once('error', reject);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}) before opening its window; stderr:\n${err}`));
    });
  });
}

/** The app this test started last: photographed if the test fails, never left running. */
let running: Running | null = null;
let started: ChildProcess | null = null;

// eslint-disable-next-line no-empty-pattern -- Playwright passes fixtures first and needs a pattern
test.afterEach(async ({}, info) => {
  if (running && info.status !== info.expectedStatus) {
    await running.page.screenshot({ path: info.outputPath('failure.png') }).catch(() => undefined);
  }
  await running?.browser.close().catch(() => undefined);
  // A failed run must not leave the exe running: the uninstall step after this one would fail.
  if (started && started.exitCode === null && started.signalCode === null) started.kill();
  running = null;
  started = null;
});

async function launch(exe: string, userData: string, saveDir: string): Promise<Running> {
  const { child, ws, exited } = await startApp(exe, userData, saveDir);
  started = child;
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0]!;
  const isApp = (p: Page) => p.url().startsWith('app://privacy-desk/');
  const page =
    context.pages().find(isApp) ??
    (await context.waitForEvent('page', { predicate: isApp, timeout: 60_000 }));
  await page.waitForLoadState('domcontentloaded');
  running = { child, browser, page, exited };
  return running;
}

/** Closes the window as a person would; the app quits (window-all-closed) and closes the database. */
async function quit(app: Running): Promise<void> {
  await app.page.evaluate(() => window.close()).catch(() => undefined); // the page goes away mid-call
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 60_000)));
  const code = await Promise.race([app.exited, late]);
  clearTimeout(timer);
  expect(code, 'the app did not quit within 60 s of its window closing').toBe(0);
  await app.browser.close().catch(() => undefined);
}

/**
 * Where the database is: the --user-data-dir folder (Electron maps the switch to
 * app.getPath('userData')), the default per-user folder should it not, or the machine-wide data
 * folder once there is one. The log says which.
 */
function databaseFile(userData: string): string {
  const candidates = [
    userData,
    process.env.APPDATA && path.join(process.env.APPDATA, 'Privacy Desk'),
    process.env.PRIVACY_DESK_DATA_DIR,
    path.join(process.env.ProgramData ?? 'C:\\ProgramData', 'Privacy Desk'),
  ];
  const found = candidates
    .filter((d): d is string => !!d)
    .map((d) => path.join(d, 'privacy-desk.db'))
    .find((f) => existsSync(f));
  if (!found) throw new Error(`privacy-desk.db not found in ${candidates.filter(Boolean).join(', ')}`);
  console.log(`database file: ${found}`);
  return found;
}

test('the installed app: set up, register, reply, restart, sign in; encrypted at rest', async () => {
  test.setTimeout(300_000);
  const exe = installedExe();
  const userData = mkdtempSync(path.join(os.tmpdir(), 'pd-smoke-data-'));
  const saveDir = mkdtempSync(path.join(os.tmpdir(), 'pd-smoke-saved-'));

  const first = await launch(exe, userData, saveDir);
  const { page } = first;
  await expect(page).toHaveTitle(/Privacy Desk/);
  // The sandboxed, isolated renderer: no Node, and window.api from the preload (not the HTTP bridge).
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => window.api?.shell)).toBe('electron');

  await createAdministrator(page);
  const { incomingNo, letterId, requestId, session } = await registerDecidedWithdrawal(page);
  // pdf.js under app:// in Electron: the worker loads from the app's own origin.
  await previewScan(page, session, letterId);
  const outgoingNo = await generateReply(page, requestId, async (click) => {
    await click();
    // The will-download handler saved it (no dialog in this unattended run) and told the page.
    await expect(page.getByTestId('download-notice')).toContainText('сохранён');
  });
  const saved = readdirSync(saveDir).filter((f) => f.endsWith('.docx'));
  expect(saved).toHaveLength(1);
  expect(readFileSync(path.join(saveDir, saved[0]!)).subarray(0, 2).toString('latin1')).toBe('PK');
  expect(outgoingNo).toMatch(/^ИСХ-\d{4}-\d{6}$/);
  await quit(first);

  // Encrypted at rest: the cipher leaves no SQLite header (a salt in its place) nor any readable page.
  const db = readFileSync(databaseFile(userData));
  expect(db.length).toBeGreaterThan(4096);
  expect(db.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)).toBe(false);
  expect(db.includes(Buffer.from(incomingNo, 'utf8'))).toBe(false);

  // Start again: the key unseals, the driver loads from app.asar.unpacked, the register is there.
  const second = await launch(exe, userData, saveDir);
  await signIn(second.page);
  await goTo(second.page, '#/incoming');
  await expect(second.page.locator('main[data-page="incoming"]').getByText(incomingNo)).toBeVisible();
  await quit(second);
});

test('the installed exe’s fuses are the ones electron-builder.yml sets', async () => {
  const wanted = (
    parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    }
  ).electronFuses;
  const wire = await getCurrentFuseWire(installedExe());
  const byOption: Record<string, FuseV1Options> = {
    runAsNode: FuseV1Options.RunAsNode,
    enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
    enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
    enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
    loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
    grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
  };
  expect(Object.keys(wanted).sort()).toEqual(Object.keys(byOption).sort());
  for (const [name, on] of Object.entries(wanted)) {
    expect(wire[byOption[name]!], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
  }
  // The two that matter most, said outright.
  expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
});
