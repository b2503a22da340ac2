// Downloads in the desktop app: a DOCX letter, a CSV register, an export or a scan, offered by the
// page as <a download> of a blob: URL. Chromium would drop it in Downloads without asking; an
// office expects a Save dialog that proposes the file's name in Documents, and a word when the
// file is saved (or not).
//
// Why setSaveDialogOptions and not dialog.showSaveDialog + item.setSavePath: setSavePath counts
// only when called synchronously inside 'will-download' (Electron reads the path when it picks the
// download's target), so an awaited showSaveDialog comes too late and the download stalls
// (electron/electron#41640), and showSaveDialogSync would freeze the main process, with every IPC
// call and the sync, while the dialog is open. With the options set here, Electron shows the same
// native Save dialog itself (shell/browser/electron_download_manager_delegate.cc:
// OnDownloadPathGenerated), asynchronously, and a cancel there ends the item as 'cancelled'.
//
// Types only from 'electron' (checked against Electron 45's electron.d.ts): requiring the electron
// package outside Electron would try to download its binary, so the tests drive this with typed
// fakes and main.ts hands in the real session and app.
import path from 'node:path';
import type { App, DownloadItem, Event, SaveDialogOptions, WebContents } from 'electron';
import {
  DOWNLOAD_CHANNEL,
  type DownloadReport,
  type DownloadState,
} from '../../../common/contract/downloads';

/** The parts of Electron's DownloadItem the handler uses (a typed fake in the tests). */
export type DownloadItemPart = Pick<
  DownloadItem,
  'getFilename' | 'getURL' | 'getSavePath' | 'setSaveDialogOptions' | 'setSavePath' | 'cancel'
> & {
  once(event: 'done', listener: (event: Event, state: DownloadState) => void): unknown;
};

/** The parts of the initiating WebContents the handler uses. */
export type ReportTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/** File types the app offers, for the dialog's filter (the extension names itself in every language). */
const KNOWN_EXTENSIONS = new Set([
  'docx',
  'csv',
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'tif',
  'tiff',
  'json',
  'zip',
  'xml',
]);

/**
 * Only what the app's own page made: blob: and data: URLs and the app:// origin. Navigation to
 * anything else is blocked already; a download from elsewhere would be a way around that.
 */
export function isLocalDownload(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('app://privacy-desk/');
}

/** Where the Save dialog starts and what its title bar says. */
export interface SaveDefaults {
  folder: string;
  title: string;
  /**
   * Unattended runs only (PRIVACY_DESK_SAVE_DIR: the release workflow's smoke test, where nobody
   * can answer a native dialog): files go straight into this folder, no dialog.
   */
  fixedFolder?: string;
}

/** The Save dialog: the suggested name in the default folder, filtered by its extension. */
export function saveDialogOptions(fileName: string, { folder, title }: SaveDefaults): SaveDialogOptions {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const filters = KNOWN_EXTENSIONS.has(ext) ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
  return {
    title,
    defaultPath: path.join(folder, fileName),
    filters: [...filters, { name: '*.*', extensions: ['*'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** A name the page suggested, reduced to a plain file name (no folders, nothing Windows refuses). */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[<>:"|?*\p{Cc}]/gu, '_').replace(/[. ]+$/, '');
  return cleaned || 'download';
}

/**
 * Handles one 'will-download': refuses anything not made by the app, otherwise has Electron ask
 * where to save (in the default folder first) and tells the page how it ended.
 */
export function handleDownload(item: DownloadItemPart, contents: ReportTarget, defaults: SaveDefaults): void {
  const fileName = safeFileName(item.getFilename());
  const report = (state: DownloadState, saved?: string) => {
    if (contents.isDestroyed()) return;
    const shown = saved ? path.basename(saved) : fileName;
    contents.send(DOWNLOAD_CHANNEL, { state, fileName: shown } satisfies DownloadReport);
  };
  if (!isLocalDownload(item.getURL())) {
    item.cancel();
    report('cancelled');
    return;
  }
  if (defaults.fixedFolder) item.setSavePath(path.join(defaults.fixedFolder, fileName));
  else item.setSaveDialogOptions(saveDialogOptions(fileName, defaults));
  item.once('done', (_event, state) => report(state, state === 'completed' ? item.getSavePath() : undefined));
}

/** The one 'will-download' overload of Electron's Session this needs. */
export interface DownloadSource {
  on(
    event: 'will-download',
    listener: (event: Event, item: DownloadItemPart, contents: ReportTarget) => void,
  ): unknown;
}

/** Documents is the default folder an office worker expects; the app's name titles the dialog. */
export function saveDefaults(
  app: Pick<App, 'getPath' | 'getName'>,
  env: Record<string, string | undefined> = process.env,
): SaveDefaults {
  const fixedFolder = env.PRIVACY_DESK_SAVE_DIR || undefined;
  return { folder: app.getPath('documents'), title: app.getName(), fixedFolder };
}

/** main.ts: one call, after app 'ready'. */
export function installDownloads(
  session: DownloadSource,
  app: Pick<App, 'getPath' | 'getName'>,
  env: Record<string, string | undefined> = process.env,
): void {
  session.on('will-download', (_event, item, contents) =>
    handleDownload(item, contents, saveDefaults(app, env)),
  );
}
