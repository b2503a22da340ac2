// The simulated `app` (electron/electron lib/browser/api/app.ts, docs/api/app.md): ready once main
// has loaded, getPath into the test's user-data folder, the single-instance lock per user-data
// folder, and the quit sequence: before-quit, every window closes, will-quit, quit.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SimApp } from './electron-api';
import type { ElectronSim } from './electron-sim';
import { SimEvent } from './sim-window';

const APP_PATHS = [
  'home',
  'appData',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
] as const;

export class SimAppImpl extends EventEmitter implements SimApp {
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  quitting = false;
  readonly quitted: Promise<void>;
  private markQuitted!: () => void;

  constructor(private readonly sim: ElectronSim) {
    super();
    this.quitted = new Promise((r) => (this.markQuitted = r));
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Electron emits 'ready' once the browser process is up; the harness calls this after main loaded. */
  becomeReady(): void {
    this.ready = true;
    this.emit('ready', new SimEvent(), {});
    for (const r of this.readyWaiters.splice(0)) r();
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (!(APP_PATHS as readonly string[]).includes(name)) throw new Error(`Failed to get '${name}' path`);
    const home = path.join(path.dirname(this.sim.userData), 'home');
    const map: Record<string, string> = {
      userData: this.sim.userData,
      sessionData: this.sim.userData,
      appData: path.dirname(this.sim.userData),
      temp: os.tmpdir(),
      logs: path.join(this.sim.userData, 'logs'),
      crashDumps: path.join(this.sim.userData, 'Crashpad'),
      exe: process.execPath,
      module: process.execPath,
      home,
    };
    const dir = map[name] ?? path.join(home, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  readonly isPackaged = false;
  readonly commandLine: Electron.CommandLine = {
    appendArgument: () => undefined,
    appendSwitch: () => undefined,
    getSwitchValue: () => '',
    hasSwitch: () => false,
    removeSwitch: () => undefined,
  };
  getVersion(): string {
    return this.sim.version;
  }
  getLocale(): string {
    return 'ru';
  }
  /** docs/api/app.md: windows close at once, no before-quit or will-quit. */
  exit(exitCode = 0): void {
    this.sim.record.exitCode = exitCode;
    this.quitting = true;
    for (const w of this.sim.BrowserWindow.getAllWindows()) w.close();
    this.emit('quit', new SimEvent(), exitCode);
    this.sim.releaseInstanceLock();
    this.markQuitted();
  }
  getName(): string {
    return 'Privacy Desk';
  }
  requestSingleInstanceLock(): boolean {
    return this.sim.takeInstanceLock();
  }
  /** docs/api/app.md: before-quit, then every window closes, then will-quit and quit. */
  quit(): void {
    if (this.quitting) return;
    const event = new SimEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitting = true;
    const open = this.sim.BrowserWindow.getAllWindows();
    if (open.length) open.forEach((w) => w.close());
    else this.finishQuit();
  }
  allWindowsClosed(): void {
    if (this.quitting) return this.finishQuit();
    // Without a listener, Electron quits when the last window closes.
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed');
  }
  private finishQuit(): void {
    this.emit('will-quit', new SimEvent());
    this.emit('quit', new SimEvent(), 0);
    this.sim.releaseInstanceLock();
    this.markQuitted();
  }
}
