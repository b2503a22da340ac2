// The part of Electron's main-process API that Privacy Desk uses, as types taken from the installed
// electron.d.ts. Three checks keep the desktop harness honest (see electron-api-check.ts and
// tsconfig.main-under-sim.json, both run by `npm run typecheck`):
//   1. electron/main.ts and electron/shell/electron/*.ts compile against THESE types, so main can
//      only call what the simulation implements;
//   2. Electron's own module is assignable to these types, so nothing here is missing from Electron 45
//      or has a different signature;
//   3. the simulation (electron-sim.ts) implements these types.
// The global `Electron` namespace comes from electron.d.ts (loaded wherever `electron` is imported).

type AnyListener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
type DoneState = 'completed' | 'cancelled' | 'interrupted';

/** The events main listens to on app, with Electron's listener types where main reads the arguments. */
export interface SimApp extends Pick<
  Electron.App,
  | 'whenReady'
  | 'getPath'
  | 'getVersion'
  | 'getName'
  | 'getLocale'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
  | 'isReady'
  | 'isPackaged'
  | 'commandLine'
> {
  on(
    event: 'web-contents-created',
    listener: (event: Electron.Event, webContents: SimWebContents) => void,
  ): unknown;
  on(
    event: 'render-process-gone',
    listener: (
      event: Electron.Event,
      webContents: SimWebContents,
      details: Electron.RenderProcessGoneDetails,
    ) => void,
  ): unknown;
  on(
    event: 'child-process-gone',
    listener: (event: Electron.Event, details: Electron.Details) => void,
  ): unknown;
  on(
    event:
      'second-instance' | 'window-all-closed' | 'ready' | 'before-quit' | 'will-quit' | 'quit' | 'activate',
    listener: AnyListener,
  ): unknown;
  once(
    event: 'ready' | 'before-quit' | 'will-quit' | 'quit' | 'window-all-closed',
    listener: AnyListener,
  ): unknown;
}

export interface SimWebContents extends Pick<
  Electron.WebContents,
  | 'setWindowOpenHandler'
  | 'getURL'
  | 'id'
  | 'send'
  | 'isDestroyed'
  | 'reload'
  | 'executeJavaScript'
  | 'printToPDF'
> {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: Electron.Event<Electron.WebContentsWillNavigateEventParams>, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Electron.Event) => void): unknown;
}

type WindowEvent = 'close' | 'closed' | 'ready-to-show' | 'page-title-updated';

export interface SimBrowserWindow extends Pick<
  Electron.BrowserWindow,
  | 'isMinimized'
  | 'restore'
  | 'focus'
  | 'show'
  | 'maximize'
  | 'isMaximized'
  | 'getNormalBounds'
  | 'loadURL'
  | 'close'
  | 'isDestroyed'
> {
  readonly webContents: SimWebContents;
  on(event: WindowEvent, listener: AnyListener): unknown;
  once(event: WindowEvent, listener: AnyListener): unknown;
}

export interface SimBrowserWindowClass {
  new (options?: Electron.BrowserWindowConstructorOptions): SimBrowserWindow;
  getAllWindows(): SimBrowserWindow[];
}

/** The event ipcMain.handle's listener gets: who sent it (the frame's URL is what main checks). */
export type SimInvokeEvent = Pick<Electron.IpcMainInvokeEvent, 'senderFrame' | 'frameId' | 'processId'> & {
  sender: SimWebContents;
};

export interface SimIpcMain {
  handle(channel: string, listener: (event: SimInvokeEvent, ...args: any[]) => unknown): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  removeHandler(channel: string): void;
}

export type SimDownloadItem = Pick<
  Electron.DownloadItem,
  | 'getFilename'
  | 'getURL'
  | 'getSavePath'
  | 'setSavePath'
  | 'setSaveDialogOptions'
  | 'getSaveDialogOptions'
  | 'cancel'
  | 'getState'
> & {
  on(event: 'done', listener: (event: Electron.Event, state: DoneState) => void): unknown;
  once(event: 'done', listener: (event: Electron.Event, state: DoneState) => void): unknown;
};

export interface SimSession extends Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> {
  on(
    event: 'will-download',
    listener: (event: Electron.Event, item: SimDownloadItem, webContents: SimWebContents) => void,
  ): unknown;
}

export type SimProtocol = Pick<
  Electron.Protocol,
  'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'
>;
export type SimSafeStorage = Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
>;
export type SimNet = Pick<Electron.Net, 'fetch' | 'isOnline'>;
export type SimShell = Pick<Electron.Shell, 'openExternal' | 'openPath'>;
/** showMessageBox takes the simulated window where Electron takes any BaseWindow. */
export interface SimDialog extends Pick<Electron.Dialog, 'showErrorBox'> {
  showMessageBox(
    window: Electron.BaseWindow | SimBrowserWindow,
    options: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue>;
  showMessageBox(options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue>;
  showSaveDialog(
    window: Electron.BaseWindow | SimBrowserWindow,
    options: Electron.SaveDialogOptions,
  ): Promise<Electron.SaveDialogReturnValue>;
  showSaveDialog(options: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue>;
}
export type SimScreen = Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;

export interface SimMenu {
  readonly items: Electron.MenuItem[];
}

export interface SimMenuClass {
  buildFromTemplate(template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>): SimMenu;
  setApplicationMenu(menu: SimMenu | null): void;
  getApplicationMenu(): SimMenu | null;
}

/** `require('electron')` in the main process, as far as Privacy Desk uses it. */
export interface SimElectronModule {
  app: SimApp;
  BrowserWindow: SimBrowserWindowClass;
  dialog: SimDialog;
  ipcMain: SimIpcMain;
  Menu: SimMenuClass;
  net: SimNet;
  protocol: SimProtocol;
  safeStorage: SimSafeStorage;
  screen: SimScreen;
  session: { defaultSession: SimSession };
  shell: SimShell;
}
