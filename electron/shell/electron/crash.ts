// Crash handling in the main process. A dead renderer is logged and the user is offered a reload
// (committed writes are already on disk: every write is one SQLite transaction). An uncaught
// error in main is logged, the database is closed (so no lock or unfinished WAL is left for the
// next start or another Windows user), the user is told, and the app quits.
import { app, dialog, type BrowserWindow } from 'electron';
import { logError, logWarn } from '../../core/log';
import { childProcessWorthLogging, rendererCrashNeedsReload } from '../production';
import { SHELL_TEXT, type UiLanguage } from '../shell-text';

export interface CrashContext {
  window: () => BrowserWindow | null;
  language: () => UiLanguage;
  /** Closes the database and stops background work; must not throw. */
  shutdown: () => void;
}

export function installCrashHandlers(ctx: CrashContext): void {
  let fatal = false;
  const onFatal = (kind: string, e: unknown) => {
    logError(`main (${kind})`, e);
    if (fatal) return;
    fatal = true;
    try {
      ctx.shutdown();
    } catch (closeError) {
      logError('shutdown after a fatal error', closeError);
    }
    const t = SHELL_TEXT[ctx.language()];
    dialog.showErrorBox(t.crashTitle, t.fatalMessage);
    app.exit(1);
  };
  process.on('uncaughtException', (e) => onFatal('uncaughtException', e));
  // An unhandled rejection is a bug but not a corrupted process: log it and carry on.
  process.on('unhandledRejection', (reason) => logError('main (unhandledRejection)', reason));

  app.on('render-process-gone', (_e, contents, details) => {
    logWarn(`renderer gone: reason=${details.reason} exitCode=${details.exitCode}`);
    const win = ctx.window();
    if (
      !win ||
      win.isDestroyed() ||
      win.webContents !== contents ||
      !rendererCrashNeedsReload(details.reason)
    )
      return;
    void offerReload(win, ctx.language());
  });
  app.on('child-process-gone', (_e, details) => {
    if (childProcessWorthLogging(details))
      logWarn(
        `child process gone: type=${details.type} reason=${details.reason} exitCode=${details.exitCode}`,
      );
  });
}

async function offerReload(win: BrowserWindow, lang: UiLanguage): Promise<void> {
  const t = SHELL_TEXT[lang];
  const { response } = await dialog.showMessageBox(win, {
    type: 'error',
    title: t.crashTitle,
    message: t.crashMessage,
    detail: t.crashDetail,
    buttons: [t.crashReload, t.crashQuit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response === 0 && !win.isDestroyed()) win.webContents.reload();
  else app.quit();
}
