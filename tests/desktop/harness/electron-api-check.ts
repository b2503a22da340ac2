// Check 2 of electron-api.ts: Electron 45's real main-process module fits the simulated API, so the
// simulation declares nothing Electron lacks and no signature Electron does not have.
import type * as RealElectron from 'electron';
import type { SimElectronModule } from './electron-api';

type Real = typeof RealElectron;

export const realFitsSimulation = (real: Real): SimElectronModule => ({
  app: real.app,
  BrowserWindow: real.BrowserWindow,
  dialog: real.dialog,
  screen: real.screen,
  ipcMain: real.ipcMain,
  Menu: real.Menu,
  net: real.net,
  protocol: real.protocol,
  safeStorage: real.safeStorage,
  session: { defaultSession: real.session.defaultSession },
  shell: real.shell,
});
