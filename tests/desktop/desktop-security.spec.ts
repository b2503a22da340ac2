// The desktop window's security checklist, enforced by the real main process under the harness:
// IPC from another origin is refused by main (senderFrame.url), navigation away is cancelled in
// will-navigate, window.open is denied (safe links go to the system browser, recorded, never run),
// permissions are refused, and the menu's Help link goes out through shell.openExternal.
import type { Page } from '@playwright/test';
import { IPC_BINDING } from './harness/page-preload';
import { call, expect, test } from './desktop-fixtures';

const EVIL = 'https://evil.example';

/** The raw IPC a renderer process holds, called from a page that is not the app's. */
function rawInvoke(page: Page, name: string, channel = 'pd:call') {
  return page.evaluate(
    ([binding, n, c]) =>
      (window as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[binding]!('invoke', c, [
        n,
        {},
      ]),
    [IPC_BINDING, name, channel] as const,
  );
}

test('another origin gets no API and its IPC is refused; navigation away and window.open are denied', async ({
  machine,
}) => {
  const app = await machine.launch({
    foreignPages: { [EVIL]: '<!doctype html><title>evil</title><p>evil</p>' },
  });
  const { page, sim } = app;

  await test.step('the app page calls main through the preload, as app://privacy-desk/', async () => {
    expect((await call(page, 'app.state')).ok).toBe(true);
    expect(sim.record.ipc.at(-1)).toEqual({ channel: 'pd:call', senderUrl: 'app://privacy-desk/index.html' });
    // The page itself never holds the raw IPC: only the preload does.
    expect(await page.evaluate((b) => b in window, IPC_BINDING)).toBe(false);
    // What the context bridge hands the page is a frozen copy: the page cannot swap invoke.
    const api = await page.evaluate(() => {
      const a = window.api as unknown as Record<string, unknown>;
      try {
        a.shell = 'headless';
      } catch {
        /* strict mode throws on a frozen object */
      }
      return {
        frozen: Object.isFrozen(a),
        shell: a.shell,
        writable: Object.getOwnPropertyDescriptor(window, 'api')?.writable,
      };
    });
    expect(api).toEqual({ frozen: true, shell: 'electron', writable: false });
  });

  await test.step('a frame on another origin: no window.api, and main refuses its call', async () => {
    const evil = await sim.context.newPage();
    await evil.goto(`${EVIL}/`);
    expect(await evil.evaluate(() => typeof window.api)).toBe('undefined');
    expect(await rawInvoke(evil, 'app.state')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' },
    });
    expect(sim.record.ipc.at(-1)).toEqual({ channel: 'pd:call', senderUrl: `${EVIL}/` });
    // "Save as PDF" is a contract call like any other: refused here before the shell prints anything.
    expect(await rawInvoke(evil, 'app.savePdf')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' },
    });
    // A job's cancel is refused to it too.
    expect(await rawInvoke(evil, 'some-job', 'pd:cancel')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' },
    });
    // pd:call (and a job's pd:cancel) are main's only channels: the old side door for "Save as PDF" is gone.
    await expect(rawInvoke(evil, 'x.pdf', 'pd:save-pdf')).rejects.toThrow(/No handler registered/);
    await evil.close();
  });

  await test.step('navigation away from the app is cancelled by will-navigate', async () => {
    await page.evaluate(() => (window.location.href = 'https://example.com/phish'));
    await expect
      .poll(() => sim.record.navigations)
      .toContainEqual({ url: 'https://example.com/phish', prevented: true });
    expect(page.url()).toMatch(/\/index\.html/);
    expect(app.window!.webContents.getURL()).toMatch(/^app:\/\/privacy-desk\/index\.html/);
    expect((await call(page, 'app.state')).ok).toBe(true);
  });

  await test.step('window.open is denied; a safe link goes to the system browser, nothing else does', async () => {
    const pagesBefore = sim.context.pages().length;
    const opened = await page.evaluate(() => [
      window.open('https://adilet.zan.kz/rus/docs/Z1300000094'),
      window.open('file:///C:/Windows/System32/calc.exe'),
    ]);
    expect(opened).toEqual([null, null]);
    await expect.poll(() => sim.record.windowOpens.length).toBe(2);
    expect(sim.record.windowOpens).toEqual([
      { url: 'https://adilet.zan.kz/rus/docs/Z1300000094', action: 'deny' },
      { url: 'file:///C:/Windows/System32/calc.exe', action: 'deny' },
    ]);
    expect(sim.record.openedExternally).toEqual(['https://adilet.zan.kz/rus/docs/Z1300000094']);
    expect(sim.context.pages().length).toBe(pagesBefore);
  });

  await test.step('permissions are refused and the menu links out through shell.openExternal', async () => {
    const check = sim.record.permissionCheck!;
    expect(
      check(null, 'media', 'app://privacy-desk', {} as Electron.PermissionCheckHandlerHandlerDetails),
    ).toBe(false);
    const ask = (permission: 'notifications' | 'media', requestingUrl: string) =>
      new Promise<boolean>((resolve) =>
        sim.record.permissionRequest!({} as Electron.WebContents, permission, resolve, {
          requestingUrl,
        } as Electron.PermissionRequest),
      );
    // Only the app's own page may show notifications (due-date toasts); nothing else is granted.
    expect(await ask('notifications', 'https://evil.example/')).toBe(false);
    expect(await ask('media', 'app://privacy-desk/index.html')).toBe(false);
    expect(await ask('notifications', 'app://privacy-desk/index.html')).toBe(true);
    expect(
      check(null, 'notifications', 'app://privacy-desk', {} as Electron.PermissionCheckHandlerHandlerDetails),
    ).toBe(true);
    const items = sim.record.menu!.items as unknown as Electron.MenuItemConstructorOptions[];
    // File, Edit, View, Window, Help (labelled in the interface language), each with an access key.
    expect(items).toHaveLength(5);
    for (const item of items) expect(item.label).toMatch(/^&/);
    const help = (items.at(-1)!.submenu as Electron.MenuItemConstructorOptions[])[0]!;
    const before = sim.record.openedExternally.length;
    help.click!({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    expect(sim.record.openedExternally).toHaveLength(before + 1);
    expect(sim.record.openedExternally.at(-1)).toMatch(/^https:\/\//);
  });

  await test.step('the page never reached the network', async () => {
    expect(sim.record.blocked).toEqual([]);
  });
});
