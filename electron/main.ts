// Electron main process: window, protocol and IPC glue around the plain-Node core.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import { logError } from './core/log';
import { CoreClient } from './worker/core-client';
import { SECURITY_HEADERS } from './shell/csp';
import { remoteDebuggingRefused } from './shell/remote-debugging';
import { installCalls } from './shell/electron/calls';
import { installDownloads, saveDefaults } from './shell/electron/downloads';
import { savePdf } from './shell/electron/print-pdf';
import { installMenu } from './shell/electron/menu';
import { installCrashHandlers } from './shell/electron/crash';
import { setupOffice } from './shell/electron/office';
import { UiLanguageTracker } from './shell/electron/ui-language';
import { updateChecker } from './shell/electron/updates';
import { placeOnDisplays } from './shell/displays';
import { isAllowedExternalUrl } from './shell/external-links';
import { devToolsAllowed } from './shell/production';
import { readStatic } from './shell/static-files';
import { APP_HOST, APP_SCHEME, APP_URL, isAppUrl, windowOptions } from './shell/window-policy';
import { loadBounds, saveBounds } from './shell/window-state';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// Installed builds refuse a remote-debugging port except in the release smoke test (see the module).
if (remoteDebuggingRefused(app.isPackaged, app.commandLine, process.env)) process.exit(1);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  // The core (database, sessions, dispatch) runs in a worker thread, so no query freezes the window.
  let core: CoreClient | null = null;
  let coreStarting: Promise<CoreClient> | null = null;
  let helpHosts: string[] = [];
  let language: UiLanguageTracker | null = null;
  const devTools = devToolsAllowed(app.isPackaged);
  const centralUrl = () => core?.facts.centralUrl ?? null;
  const closeCore = async () => {
    const starting = coreStarting;
    coreStarting = null;
    core = null;
    await (await starting?.catch(() => null))?.close();
  };

  installCrashHandlers({
    window: () => win,
    language: () => language?.language ?? 'ru',
    shutdown: () => {
      void closeCore();
    },
  });

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url, { centralUrl: centralUrl(), extraHosts: helpHosts }))
        void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    const userData = app.getPath('userData');
    const rendererDir = path.join(__dirname, 'renderer');
    const stateFile = path.join(userData, 'window-state.json');

    // Everything is refused except notifications for the app's own page (due-date toasts).
    const allowed = (permission: string, url: string) => permission === 'notifications' && isAppUrl(url);
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(allowed(permission, details.requestingUrl)),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) =>
      allowed(permission, origin),
    );
    installDownloads(session.defaultSession, app);

    protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url);
      if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
      const file = readStatic(rendererDir, url.pathname);
      return new Response(new Uint8Array(file.body), {
        status: file.status,
        headers: { ...SECURITY_HEADERS, 'Content-Type': file.type },
      });
    });

    // Database, sealed key, backups and logs in the machine folder; window state stays per user.
    const office = setupOffice(userData);
    helpHosts = office.helpHosts;
    coreStarting = CoreClient.start({
      dbFile: office.paths.dbFile,
      keyStore: office.keyStore,
      shell: 'electron',
      version: app.getVersion(),
      machine: {
        ...office.machine,
        openFolder: (dir) => shell.openPath(dir),
        checkForUpdates: updateChecker(office.machine.updateSource),
        savePdf: (fileName) =>
          savePdf(win?.webContents ?? null, fileName, saveDefaults(app), (options) =>
            win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options),
          ),
      },
      logDir: office.paths.logDir,
      // net.fetch: the request goes through Chromium's network stack, so Windows proxy settings and
      // the Windows certificate store apply to the central system's HTTPS.
      fetch: (url, init) => net.fetch(url, init),
      isOnline: () => net.isOnline(),
    });
    coreStarting.then(
      (c) => (core = c),
      (e: unknown) => logError('starting the core worker', e),
    );

    installCalls(ipcMain, () => coreStarting?.catch(() => null) ?? Promise.resolve(null), isAppUrl);

    language = new UiLanguageTracker(userData, (lang) => installMenu(lang, { devTools }));
    installMenu(language.language, { devTools });
    const bounds = placeOnDisplays(loadBounds(stateFile), screen.getAllDisplays());
    win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs'), bounds, { devTools }));
    language.watch(win);
    if (bounds.maximized) win.maximize();
    win.once('ready-to-show', () => win?.show());
    win.on('close', () => {
      if (!win) return;
      saveBounds(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    });
    void win.loadURL(APP_URL);
  });

  // The database closes (audit summaries written) before the app quits.
  app.on('window-all-closed', () => {
    void closeCore().finally(() => app.quit());
  });
}
