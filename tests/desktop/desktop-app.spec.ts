// The desktop app end to end: the real dist/main.cjs and dist/preload.cjs under the Electron-faithful
// harness (tests/desktop/harness), the real renderer in Chromium, a real encrypted database in the
// user-data folder, the key sealed by safeStorage, and the reference central system over HTTP.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, fillSignIn } from '../e2e/fixtures';
import { LETTERHEAD } from '../e2e/letter-fixtures';
import { BIN, call, expect, freePort, startCentral, test, value } from './desktop-fixtures';

const IIN = '900115300122';
function intakeField(page: Page, label: string | RegExp) {
  return page.getByTestId('intake-form').getByLabel(label, { exact: typeof label === 'string' });
}

/** Tabs until the intake field with this label has the focus. */
async function tabTo(page: Page, label: string | RegExp, max = 20): Promise<void> {
  const target = intakeField(page, label);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('first run, restart, a letter, a request, a reply DOCX, sync and sign-out in the desktop app', async ({
  machine,
}) => {
  test.setTimeout(120_000);
  let app = await machine.launch();
  let page = app.page;

  await test.step('the window is the secure one main asked for', async () => {
    const win = app.window!;
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      navigateOnDragDrop: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
    });
    expect(path.basename(win.options.webPreferences!.preload!)).toBe('preload.cjs');
    expect(win.shown).toBe(true);
    expect(app.sim.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(app.sim.record.preloadErrors).toEqual([]);
    expect(await page.evaluate(() => window.api?.shell)).toBe('electron');
    // Served by main's protocol handler, with its Content-Security-Policy enforced by Chromium.
    const inlineRan = await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__inlineRan = true;';
      document.head.append(el);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    const index = app.sim.record.served.find((r) => r.url === 'app://privacy-desk/index.html');
    expect(index?.headers['content-security-policy']).toContain("script-src 'self'");
  });

  let recoveryKey = '';
  await test.step('first run: the administrator and the recovery key', async () => {
    const form = page.getByTestId('screen-setup');
    await expect(form).toBeVisible();
    await form.getByLabel(/^Имя пользователя/).fill(ADMIN.username);
    await form.getByLabel(/^ФИО/).fill(ADMIN.displayName);
    await form.getByLabel(/^Пароль/).fill(ADMIN.password);
    await form.getByLabel(/^Повторите пароль/).fill(ADMIN.password);
    await form.getByRole('button', { name: 'Создать базу данных' }).click();
    const key = page.getByTestId('recovery-key');
    await expect(key).toBeVisible();
    recoveryKey = (await key.textContent())!.trim();
    expect(recoveryKey.length).toBeGreaterThan(20);
    await page.getByLabel(/Я записал\(а\) или распечатал\(а\)/).check();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
  });

  await test.step('the key is sealed by safeStorage and the database is not plaintext', async () => {
    const [sealed] = machine.find(/\.key\.sealed$/);
    expect(sealed, 'a sealed key file in userData').toBeTruthy();
    expect(app.sim.record.safeStorage.encrypted).toBeGreaterThan(0);
    const text = readFileSync(sealed!).toString('latin1');
    expect(text).not.toContain(recoveryKey);
    expect(text).not.toContain(recoveryKey.replace(/-/g, '').slice(0, 8));
    const [db] = machine.find(/\.db$/);
    expect(readFileSync(db!).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  await test.step('restart: the key unseals and the database reopens at the sign-in screen', async () => {
    app = await machine.launch();
    page = app.page;
    await expect(page.getByTestId('screen-signin')).toBeVisible();
    expect(app.sim.record.safeStorage.decrypted).toBeGreaterThan(0);
    await fillSignIn(page, ADMIN);
    await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
  });

  let incomingNo = '';
  await test.step('register a letter with the keyboard only', async () => {
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { level: 1, name: 'Входящие' })).toBeVisible();
    await page.keyboard.press('n');
    await expect(page.getByLabel('Трек-номер')).toBeFocused();
    await page.keyboard.type('RR123456785KZ');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Айгерім Сейтқали');
    await page.keyboard.press('Tab');
    await page.keyboard.type(IIN);
    await tabTo(page, 'Почтовый адрес');
    await page.keyboard.type('Алматы қ., Абай даңғылы 10, 25 пәтер');
    await tabTo(page, /^Краткое содержание/);
    await page.keyboard.type('Келісімді қайтарып алу туралы өтініш');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('registered-banner')).toBeVisible();
    incomingNo = (await page.getByTestId('registered-number').textContent())!.trim();
    expect(incomingNo).toMatch(/^ВХ-\d{4}-\d{6}$/);
  });

  let requestId = '';
  await test.step('open a request from the letter', async () => {
    const session = await value<{ sessionToken: string }>(page, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    const letter = await value<{ id: number }>(page, 'intake.get', { incomingNo }, session.sessionToken);
    await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), letter.id);
    await page.getByTestId('open-request').click();
    const form = page.getByTestId('open-request-form');
    await form.getByLabel(/^Вид запроса/).selectOption('withdrawal');
    await expect(form.getByLabel(/^ИИН/)).toHaveValue(IIN);
    await form.getByLabel(/^Идентификатор в центральной системе/).fill('acc-700115');
    await page.getByTestId('open-request-submit').click();
    await expect(page).toHaveURL(/#\/requests\/RQ-\d{4}-\d{6}$/);
    requestId = decodeURIComponent(page.url().split('/').pop()!);
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'new');
    const s = session.sessionToken;
    await value(
      page,
      'requests.verify',
      {
        id: requestId,
        verification: {
          method: 'document',
          documentType: 'id_card',
          numberLast4: '4821',
          issuer: 'ҚР ІІМ',
          issuedOn: '2019-05-14',
        },
      },
      s,
    );
    await value(
      page,
      'requests.decide',
      { id: requestId, decision: { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false } },
      s,
    );
    await value(page, 'letters.letterhead.save', LETTERHEAD, s);
    await page.reload();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'decided');
  });

  await test.step('generate the reply and save it as DOCX', async () => {
    const card = page.getByTestId('request-reply-letters');
    await card.getByTestId('letter-generate-form').getByTestId('letter-generate').click();
    await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-\d{6}/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('request-letter').first().getByTestId('letter-save-as').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // The session saw it as Electron would ('will-download'), and it was saved.
    await expect.poll(() => app.sim.record.downloads.at(-1)?.state).toBe('completed');
    const saved = app.sim.record.downloads.at(-1)!;
    expect(saved.filename).toBe(download.suggestedFilename());
    // main's will-download handler proposed the file's own name in Documents (the Save dialog).
    expect(saved.dialog?.defaultPath).toBe(path.join(app.sim.app.getPath('documents'), saved.filename));
    expect(saved.savePath).toBe(saved.dialog?.defaultPath);
    // …and told the page through webContents.send → the preload's ipcRenderer.on → window.api.onDownload.
    await expect(page.getByTestId('download-notice')).toContainText(saved.filename);
  });

  await test.step('save the previewed letter as a PDF (webContents.printToPDF, a Save dialog)', async () => {
    const panel = page.getByTestId('request-reply-letters').getByTestId('letter-preview-panel');
    const outgoingNo = (await panel.getByTestId('letter-outgoing-no').textContent())!.match(
      /\d{4}-\d{6}/,
    )![0];
    await panel.getByTestId('letter-pdf').click();
    await expect(page.getByTestId('download-notice')).toContainText('.pdf');
    // It went through the contract ('app.savePdf', gated like every call), on main's one channel.
    expect(new Set(app.sim.record.ipc.map((c) => c.channel))).toEqual(new Set(['pd:call']));
    const asked = app.sim.record.dialogs.filter((d) => d.kind === 'saveDialog').at(-1)!;
    expect(path.dirname(asked.message)).toBe(app.sim.app.getPath('documents'));
    expect(path.basename(asked.message)).toMatch(/\.pdf$/);
    // What was saved is the print sheet: the letter alone, on A4 portrait, without the app around it.
    const text = spawnSync('pdftotext', ['-layout', asked.message, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(outgoingNo);
    expect(text).not.toMatch(/Alt\+\d/);
    const info = spawnSync('pdfinfo', [asked.message], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  });

  await test.step('sync with the reference central through net.fetch', async () => {
    const port = await freePort();
    const token = 'desk-token-desktop-0001';
    const centralDb = path.join(path.dirname(machine.userData), 'central.db');
    const central = await startCentral(port, centralDb, token);
    try {
      const session = await value<{ sessionToken: string }>(page, 'auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      await value(
        page,
        'sync.configure',
        { centralUrl: `http://127.0.0.1:${port}`, token },
        session.sessionToken,
      );
      await value(page, 'sync.runNow', {}, session.sessionToken);
      await expect
        .poll(async () => {
          const listed = spawnSync(process.execPath, [BIN, 'central', 'list', '--db', centralDb, '--json'], {
            encoding: 'utf8',
          });
          return (JSON.parse(listed.stdout) as { events: { type: string }[] }).events.map((e) => e.type);
        })
        .toEqual(expect.arrayContaining(['letter.registered', 'request.opened', 'request.decided']));
    } finally {
      await central.stop();
    }
  });

  await test.step('a backup as a job: a cancel goes on pd:cancel, progress comes back on pd:progress', async () => {
    const { sessionToken } = await value<{ sessionToken: string }>(page, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    const folder = path.join(path.dirname(machine.userData), 'backups');
    mkdirSync(folder, { recursive: true });
    await value(page, 'backup.configure', { enabled: false, folder, keep: 5, hour: 23 }, sessionToken);
    const ran = await page.evaluate(async (s) => {
      const api = window.api!;
      const reports: unknown[] = [];
      const off = api.onProgress!((r) => reports.push(r));
      const first = api.invoke('backup.runNow', {}, s, 'desk-backup-1');
      const cancel = await api.cancel!('desk-backup-1');
      const cancelled = await first;
      const made = await api.invoke('backup.runNow', {}, s, 'desk-backup-2');
      off();
      return { cancel, cancelled, made: made.ok, reports };
    }, sessionToken);
    // Main found the job running; without a test hold in the desktop app the cancel races the
    // copy, so the first backup ends cancelled (nothing written) or, rarely, made.
    expect(ran.cancel).toEqual({ ok: true, value: { cancelled: true } });
    if (!ran.cancelled.ok) expect(ran.cancelled.error).toMatchObject({ code: 'CANCELLED' });
    expect(ran.made).toBe(true);
    expect(readdirSync(folder)).toHaveLength(ran.cancelled.ok ? 2 : 1);
    // Each report names its job; the second backup's came through in order.
    expect(ran.reports.filter((r) => (r as { jobId: string }).jobId === 'desk-backup-2')).toEqual(
      ['copy', 'sync', 'record'].map((phase) => ({ jobId: 'desk-backup-2', progress: { phase } })),
    );
    expect(app.sim.record.ipc.map((c) => c.channel)).toContain('pd:cancel');
  });

  await test.step('sign out', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page.getByTestId('screen-signin')).toBeVisible();
    const r = await call(page, 'intake.count', {});
    expect(r.ok).toBe(false);
  });
});
