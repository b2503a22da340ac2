// `electron` as main sees it when type-checked under tsconfig.main-under-sim.json: exactly the
// simulated API (electron-api.ts), so main cannot use anything the harness does not simulate.
import type * as Sim from './electron-api';

export declare const app: Sim.SimApp;
export declare const BrowserWindow: Sim.SimBrowserWindowClass;
export type BrowserWindow = Sim.SimBrowserWindow;
export type App = Sim.SimApp;
export declare const dialog: Sim.SimDialog;
export declare const screen: Sim.SimScreen;
export type DownloadItem = Sim.SimDownloadItem;
export type Session = Sim.SimSession;
export type Event<Params extends object = object> = Electron.Event<Params>;
export type SaveDialogOptions = Electron.SaveDialogOptions;
export type Display = Electron.Display;
export declare const ipcMain: Sim.SimIpcMain;
export declare const Menu: Sim.SimMenuClass;
export type Menu = Sim.SimMenu;
export declare const net: Sim.SimNet;
export declare const protocol: Sim.SimProtocol;
export declare const safeStorage: Sim.SimSafeStorage;
export declare const session: Sim.SimElectronModule['session'];
export declare const shell: Sim.SimShell;
export type MenuItemConstructorOptions = Electron.MenuItemConstructorOptions;
export type WebContents = Sim.SimWebContents;
