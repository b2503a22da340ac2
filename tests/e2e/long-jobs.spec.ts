// Long jobs from the window (issue #18): "Back up now" and the period report run as jobs through
// the headless shell's bridge (a job id, streamed progress, a cancel route). A job cancelled from
// its progress bar ends with the neutral "cancelled" note and writes nothing: no backup file, no
// audit entry. To cancel deterministically, the spec holds the core worker with the test-only call
// test.holdCore (tests/fixtures/worker/test-calls.cjs): the job waits behind it, Cancel is pressed,
// then the core is let go. That needs the test extension, so this spec starts the headless shell
// in-process (the same startHeadless serve.cjs runs) rather than as a child process.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHeadless, type Headless } from '../../electron/shell/headless';
import { ADMIN, bridge, fillSignIn, type CallResultJson } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const EXTENSION = path.join(ROOT, 'tests', 'fixtures', 'worker', 'test-calls.cjs');

interface JobDesk {
  dir: string;
  backups: string;
  url: string;
  session: string;
  call(name: string, input?: unknown): Promise<CallResultJson>;
  /** Holds the core worker until the returned release() is called. */
  holdCore(): { release(): Promise<void> };
}

const test = base.extend<{ desk: JobDesk }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in this pattern; this one has none
  desk: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-jobs-'));
    const backups = path.join(dir, 'backups');
    mkdirSync(backups);
    const shell: Headless = await startHeadless({
      dbFile: path.join(dir, 'desk.db'),
      keyFile: path.join(dir, 'desk.key'),
      rendererDir: path.join(ROOT, 'dist', 'renderer'),
      extensions: [EXTENSION],
    });
    const b = bridge(shell.bridge.openUrl);
    const setup = await b.call('app.setup', { admin: ADMIN });
    const session = (setup.value as { sessionToken: string }).sessionToken;
    const call = (name: string, input: unknown = {}) => b.call(name, input, session);
    expect((await call('backup.configure', { enabled: false, folder: backups, keep: 5, hour: 23 })).ok).toBe(
      true,
    );
    let holds = 0;
    await use({
      dir,
      backups,
      url: shell.bridge.openUrl,
      session,
      call,
      holdCore() {
        const until = path.join(dir, `release-${++holds}`);
        const held = call('test.holdCore', { until });
        return {
          async release() {
            writeFileSync(until, '');
            expect((await held).ok).toBe(true);
          },
        };
      },
    });
    await shell.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

async function signIn(page: Page, desk: JobDesk): Promise<void> {
  await page.goto(desk.url);
  await fillSignIn(page, ADMIN);
  await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
}

async function lastAuditId(desk: JobDesk): Promise<number> {
  const r = await desk.call('audit.list', { limit: 1 });
  return (r.value as { entries: { id: number }[] }).entries[0]!.id;
}

test('a backup cancelled from its progress bar writes nothing; its progress reaches the page', async ({
  page,
  desk,
}) => {
  await signIn(page, desk);
  await page.goto(`${new URL(desk.url).origin}/#/settings`);
  const section = page.getByTestId('backups-section');
  await expect(section.getByText('В папке пока нет резервных копий.')).toBeVisible();
  const before = await lastAuditId(desk);

  const hold = desk.holdCore();
  await section.getByTestId('backup-run-now').click();
  const progress = section.getByTestId('backup-job-progress');
  await expect(progress).toContainText('Выполняется…');
  await progress.getByRole('button', { name: 'Отменить' }).click();
  await expect(progress.getByRole('button', { name: 'Отмена…' })).toBeDisabled();
  await hold.release();

  await expect(section.getByTestId('backup-job-cancelled')).toHaveText(
    'Операция отменена. Ничего не изменено.',
  );
  await expect(progress).toBeHidden();
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect(readdirSync(desk.backups)).toEqual([]);
  expect((await desk.call('backup.list')).value).toEqual([]);
  expect(await lastAuditId(desk)).toBe(before);

  // The same call as a job from the page: its progress reports stream to window.api.onProgress.
  const heard = await page.evaluate(async (session) => {
    const reports: unknown[] = [];
    const off = window.api!.onProgress!((r) => reports.push(r));
    const r = await window.api!.invoke('backup.runNow', {}, session, 'e2e-backup');
    off();
    return { ok: r.ok, reports };
  }, desk.session);
  expect(heard.ok).toBe(true);
  expect(heard.reports).toEqual([
    { jobId: 'e2e-backup', progress: { phase: 'copy' } },
    { jobId: 'e2e-backup', progress: { phase: 'sync' } },
    { jobId: 'e2e-backup', progress: { phase: 'record' } },
  ]);
  expect(readdirSync(desk.backups)).toHaveLength(1);
});

test('the period report cancelled while it waits shows the note and runs again on request', async ({
  page,
  desk,
}) => {
  await signIn(page, desk);
  const hold = desk.holdCore();
  await page.goto(`${new URL(desk.url).origin}/#/reports`);
  const progress = page.getByTestId('report-job-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Отменить' }).click();
  await hold.release();
  await expect(page.getByTestId('report-job-cancelled')).toBeVisible();
  await expect(page.getByTestId('report')).toBeHidden();

  await page.getByTestId('report-again').click();
  await expect(page.getByTestId('report-total')).toBeVisible();
  await expect(page.getByTestId('report-job-cancelled')).toBeHidden();
});
