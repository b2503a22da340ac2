// Production hardening, decided by plain functions: which links open outside, which central URLs
// sync accepts, where the window opens, whether DevTools exist, the shell's own words, and where
// in-app updates may come from.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CentralClient } from '../../electron/sync/client';
import { configureSync, readSyncSettings } from '../../electron/sync';
import { centralUrlProblem, isLoopbackHost } from '../../electron/sync/url-policy';
import { HELP_URL, isAllowedExternalUrl } from '../../electron/shell/external-links';
import { isReachable, placeOnDisplays, type DisplayLike } from '../../electron/shell/displays';
import {
  childProcessWorthLogging,
  devToolsAllowed,
  rendererCrashNeedsReload,
} from '../../electron/shell/production';
import { pickUiLanguage, SHELL_TEXT, UI_LANGUAGES } from '../../electron/shell/shell-text';
import { isUpdateFileName, parseUpdateSource, serveUpdateFolder } from '../../electron/shell/update-source';
import { DEFAULT_BOUNDS, windowOptions } from '../../electron/shell/window-policy';
import en from '../../renderer/src/i18n/en.json';
import kk from '../../renderer/src/i18n/kk.json';
import ru from '../../renderer/src/i18n/ru.json';
import { tmpDb, tmpDir } from '../helpers/tmpdb';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('shell.openExternal allowlist', () => {
  const policy = { centralUrl: 'https://central.ibusiness.kz:8443/privacy' };
  it('opens the central system’s host and the app’s help, over https', () => {
    expect(isAllowedExternalUrl('https://central.ibusiness.kz:8443/requests/42', policy)).toBe(true);
    expect(isAllowedExternalUrl(HELP_URL, policy)).toBe(true);
    expect(isAllowedExternalUrl('https://ADILET.zan.kz/kaz/docs/Z1300000094', { centralUrl: null })).toBe(
      true,
    );
    expect(
      isAllowedExternalUrl('https://wiki.office.local/desk', {
        centralUrl: null,
        extraHosts: ['wiki.office.local'],
      }),
    ).toBe(true);
  });
  it('refuses everything else', () => {
    for (const bad of [
      'https://central.ibusiness.kz/requests', // another port is another host
      'http://central.ibusiness.kz:8443/requests', // plain http to the central host
      'https://evil.example/phish',
      'https://adilet.zan.kz.evil.example/',
      'https://user:pw@central.ibusiness.kz:8443/',
      'http://adilet.zan.kz/rus/docs/Z1300000094',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'not a url',
      '',
    ])
      expect(isAllowedExternalUrl(bad, policy), bad).toBe(false);
    expect(isAllowedExternalUrl('https://central.ibusiness.kz:8443/', { centralUrl: null })).toBe(false);
  });
  it('allows plain http only to a central on this PC', () => {
    expect(isAllowedExternalUrl('http://127.0.0.1:8080/x', { centralUrl: 'http://127.0.0.1:8080/' })).toBe(
      true,
    );
    expect(isAllowedExternalUrl('http://10.0.0.5:8080/x', { centralUrl: 'http://10.0.0.5:8080/' })).toBe(
      false,
    );
  });
});

describe('sync refuses plain http except loopback', () => {
  it('knows loopback addresses, not names that merely look local', () => {
    for (const h of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]', '::1', 'desk.localhost'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['10.0.0.1', '192.168.1.10', 'central.local', '127.0.0.1.nip.io', '0.0.0.0', '128.0.0.1'])
      expect(isLoopbackHost(h), h).toBe(false);
  });
  it('classifies central URLs', () => {
    expect(centralUrlProblem('https://central.ibusiness.kz/privacy')).toBeNull();
    expect(centralUrlProblem('http://127.0.0.1:8080')).toBeNull();
    expect(centralUrlProblem('http://localhost:8080/')).toBeNull();
    expect(centralUrlProblem('http://central.ibusiness.kz/privacy')).toBe('plain_http');
    expect(centralUrlProblem('http://192.168.1.20:8080/')).toBe('plain_http');
    expect(centralUrlProblem('https://u:p@central.ibusiness.kz/')).toBe('credentials_in_url');
    expect(centralUrlProblem('ftp://central/')).toBe('bad_url');
    expect(centralUrlProblem('central')).toBe('bad_url');
  });
  it('refuses to save a plain http central with a translated error, and changes nothing', () => {
    const t = tmpDb();
    cleanups.push(t.cleanup);
    const server = t.open();
    cleanups.push(() => server.close());
    configureSync(server, 'admin', { centralUrl: 'https://central.ibusiness.kz/privacy' });
    expect(() =>
      configureSync(server, 'admin', { centralUrl: 'http://central.ibusiness.kz/privacy' }),
    ).toThrow(expect.objectContaining({ code: 'SYNC_INSECURE_URL', messageKey: 'errors.SYNC_INSECURE_URL' }));
    expect(readSyncSettings(server).centralUrl).toBe('https://central.ibusiness.kz/privacy');
    expect(configureSync(server, 'admin', { centralUrl: 'http://127.0.0.1:9000' }).centralUrl).toBe(
      'http://127.0.0.1:9000',
    );
    for (const lang of [en, kk, ru])
      expect((lang.errors as Record<string, string>).SYNC_INSECURE_URL).toMatch(/https:\/\//);
    expect(kk.errors.SYNC_INSECURE_URL).not.toBe(ru.errors.SYNC_INSECURE_URL);
  });
  it('never sends to a plain http central saved by an older version', () => {
    const make = (baseUrl: string) => () =>
      new CentralClient({ baseUrl, token: 'token-123456', deskId: 'd' });
    expect(make('http://central.ibusiness.kz/privacy')).toThrow(
      expect.objectContaining({ kind: 'not_configured', code: 'insecure_url' }),
    );
    expect(make('http://127.0.0.1:9000')).not.toThrow();
    expect(make('https://central.ibusiness.kz/privacy')).not.toThrow();
  });
});

describe('saved window position', () => {
  const laptop: DisplayLike[] = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  const docked: DisplayLike[] = [...laptop, { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }];
  const bounds = { x: 2200, y: 100, width: 1400, height: 900, maximized: false };

  it('is kept when the window is on a connected display', () => {
    expect(placeOnDisplays(bounds, docked)).toEqual(bounds);
    expect(placeOnDisplays({ ...bounds, x: 100 }, laptop)).toEqual({ ...bounds, x: 100 });
  });
  it('is dropped (the window opens centred) when that display is gone', () => {
    expect(placeOnDisplays(bounds, laptop)).toEqual({ width: 1400, height: 900, maximized: false });
  });
  it('needs a grabbable part of the title bar on a screen', () => {
    expect(isReachable({ x: 1850, y: 100, width: 1400, height: 900 }, laptop)).toBe(false); // 70 px visible
    expect(isReachable({ x: 1700, y: 100, width: 1400, height: 900 }, laptop)).toBe(true);
    expect(isReachable({ x: 100, y: -20, width: 1400, height: 900 }, laptop)).toBe(false); // title bar above the screen
    expect(isReachable({ x: 100, y: 1030, width: 1400, height: 900 }, laptop)).toBe(false); // below the taskbar line
    expect(
      isReachable({ x: -1000, y: 50, width: 1400, height: 900 }, [
        { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } },
      ]),
    ).toBe(true);
    expect(placeOnDisplays(DEFAULT_BOUNDS, [])).toEqual(DEFAULT_BOUNDS);
  });
});

describe('packaged build', () => {
  it('turns DevTools off unless support asks for them', () => {
    expect(devToolsAllowed(false, {})).toBe(true);
    expect(devToolsAllowed(true, {})).toBe(false);
    expect(devToolsAllowed(true, { PRIVACY_DESK_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsAllowed(true, { PRIVACY_DESK_DEVTOOLS: 'yes' })).toBe(false);
    expect(windowOptions('/p.cjs', DEFAULT_BOUNDS, { devTools: false }).webPreferences.devTools).toBe(false);
    expect(windowOptions('/p.cjs', DEFAULT_BOUNDS).webPreferences.devTools).toBe(true);
  });

  it('offers a reload after a renderer crash, not after a clean exit', () => {
    for (const reason of ['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure'])
      expect(rendererCrashNeedsReload(reason), reason).toBe(true);
    expect(rendererCrashNeedsReload('clean-exit')).toBe(false);
    expect(childProcessWorthLogging({ type: 'GPU', reason: 'crashed' })).toBe(true);
    expect(childProcessWorthLogging({ type: 'Utility', reason: 'clean-exit' })).toBe(false);
  });

  it('has the native menu and crash dialog in kk, ru and en', () => {
    const keys = Object.keys(SHELL_TEXT.en).sort();
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(SHELL_TEXT[lang]).sort(), lang).toEqual(keys);
      for (const k of keys)
        expect(SHELL_TEXT[lang][k as keyof typeof SHELL_TEXT.en].trim(), `${lang}.${k}`).not.toBe('');
    }
    expect(SHELL_TEXT.kk.edit).not.toBe(SHELL_TEXT.ru.edit);
    expect(Object.values(SHELL_TEXT.kk).join(' ')).toMatch(/[әғқңөұүі]/);
    expect(Object.values(SHELL_TEXT.ru).join(' ')).not.toMatch(/[әғқңөұүі]/);
    expect(pickUiLanguage('kk')).toBe('kk');
    expect(pickUiLanguage(undefined, 'kk-KZ')).toBe('kk');
    expect(pickUiLanguage('de', 'en-US')).toBe('en');
    expect(pickUiLanguage(null, 'de-DE')).toBe('ru');
  });
});

describe('update source', () => {
  it('accepts an https URL or a folder (file share, local, file://), nothing else', () => {
    expect(parseUpdateSource('https://updates.office.kz/privacy-desk')).toEqual({
      kind: 'url',
      url: 'https://updates.office.kz/privacy-desk/',
    });
    expect(parseUpdateSource('\\\\fileserver\\soft\\Privacy Desk', 'win32')).toEqual({
      kind: 'folder',
      dir: '\\\\fileserver\\soft\\Privacy Desk',
    });
    expect(parseUpdateSource('D:\\updates', 'win32')).toEqual({ kind: 'folder', dir: 'D:\\updates' });
    expect(parseUpdateSource('file:///srv/updates', 'linux')).toEqual({
      kind: 'folder',
      dir: '/srv/updates',
    });
    for (const bad of [
      '',
      '   ',
      null,
      undefined,
      'http://updates.office.kz/',
      'https://u:p@updates.office.kz/',
      'updates',
      'ftp://x/',
    ])
      expect(parseUpdateSource(bad as string, 'win32'), String(bad)).toBeNull();
    expect(parseUpdateSource('http://127.0.0.1:8080/', 'win32')).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:8080/',
    });
  });

  it('serves only update files from a folder on 127.0.0.1', async () => {
    const dir = tmpDir('pd-updates-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'latest.yml'), 'version: 0.2.0\n');
    writeFileSync(path.join(dir, 'Privacy Desk-Setup-0.2.0.exe'), 'MZ fake');
    writeFileSync(path.join(dir, 'secret.txt'), 'no');
    mkdirSync(path.join(dir, 'sub.yml'));
    const feed = await serveUpdateFolder(dir);
    try {
      expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const get = (p: string) => fetch(feed.url + p);
      expect(await (await get('latest.yml')).text()).toBe('version: 0.2.0\n');
      expect(await (await get('Privacy%20Desk-Setup-0.2.0.exe')).text()).toBe('MZ fake');
      for (const p of ['secret.txt', '..%2Fsecret.txt', '..%5Clatest.yml', 'sub.yml', 'missing.exe'])
        expect((await get(p)).status, p).toBe(404);
      expect((await fetch(feed.url + 'latest.yml', { method: 'POST' })).status).toBe(404);
    } finally {
      await feed.close();
    }
    expect(isUpdateFileName('latest.yml')).toBe(true);
    expect(isUpdateFileName('../latest.yml')).toBe(false);
  });
});

describe('main.ts wiring', () => {
  // The behaviour is tested above; this guards that the Electron shell actually applies it.
  const main = readFileSync(path.resolve(__dirname, '..', '..', 'electron', 'main.ts'), 'utf8');
  it('uses the machine folder, the allowlist, the display check, the DevTools switch and crash handling', () => {
    expect(main).toMatch(/setupOffice\(userData\)/);
    expect(main).toMatch(/dbFile: office\.paths\.dbFile/);
    expect(main).toMatch(/isAllowedExternalUrl\(url, /);
    expect(main).not.toMatch(/isSafeExternalUrl/);
    expect(main).toMatch(/placeOnDisplays\(loadBounds\(stateFile\), screen\.getAllDisplays\(\)\)/);
    expect(main).toMatch(/devToolsAllowed\(app\.isPackaged\)/);
    expect(main).toMatch(/windowOptions\([^)]*\), bounds, \{ devTools \}\)/);
    expect(main).toMatch(/installCrashHandlers\(/);
    // A crash closes the core worker (and its database) before the process goes.
    expect(main).toMatch(/shutdown: \(\) => \{\s*void closeCore\(\);/);
    expect(main).toMatch(/openFolder: \(dir\) => shell\.openPath\(dir\)/);
    expect(main).toMatch(/savePdf: \(fileName\) =>\s+savePdf\(win\?\.webContents/);
    // The renderer→main channels are installed in one place (calls.ts): the contract's call,
    // gated by the dispatch (session, role, payload), and the cancel of a call made a job.
    expect([...main.matchAll(/ipcMain\.(\w+)\(\s*([^,]+),/g)]).toEqual([]);
    expect(main).toMatch(/installCalls\(ipcMain, /);
    const calls = readFileSync(
      path.resolve(__dirname, '..', '..', 'electron/shell/electron/calls.ts'),
      'utf8',
    );
    expect([...calls.matchAll(/ipc\.(\w+)\(\s*([^,]+),/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      "handle 'pd:call'",
      'handle CANCEL_CHANNEL',
    ]);
  });
});
