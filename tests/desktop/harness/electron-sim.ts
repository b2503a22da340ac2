// A simulated `electron` main-process module for running the real dist/main.cjs in Node, with a
// Playwright Chromium context standing in for the renderer processes. Typed by electron-api.ts
// (from the installed electron.d.ts). Mirrors, from electron/electron:
//   lib/browser/api/app.ts, docs/api/app.md            whenReady/ready, getPath, quit sequence
//   lib/browser/api/protocol.ts, docs/api/protocol.md  handle(scheme, Request => Response), privileged schemes
//   lib/browser/ipc-main-impl.ts, docs/api/ipc-main.md handle/one handler per channel, invoke errors
//   docs/api/safe-storage.md, docs/api/net.md, docs/api/menu.md, docs/api/shell.md, docs/api/session.md
//   lib/sandboxed_renderer/{preload,init}.ts and lib/renderer/api/context-bridge.ts (page-preload.ts)
//   docs/api/browser-window.md, docs/api/web-contents.md (sim-window.ts)
//
// Chromium will not load an unknown scheme, so app://privacy-desk/ is served at MAPPED_ORIGIN through
// the handler main registered, and mapped back wherever Electron reports a URL (senderFrame.url,
// will-navigate, the window-open handler, getURL, location as the preload sees it).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { BrowserContext, Download, Page, Request, Route } from '@playwright/test';
import type { SimElectronModule, SimInvokeEvent, SimMenu, SimWebContents } from './electron-api';
import { IPC_BINDING } from './page-preload';
import {
  simDialog,
  simScreen,
  SimDownloadItemImpl,
  type DialogRecord,
  type DownloadRecord,
} from './sim-extras';
import { SimAppImpl } from './sim-app';
import { browserWindowClass, SimEvent, SimWebContentsImpl, type SimBrowserWindowImpl } from './sim-window';

export const APP_ORIGIN = 'app://privacy-desk';
export const MAPPED_ORIGIN = 'https://privacy-desk.app-scheme.invalid';

export interface SimOptions {
  context: BrowserContext;
  userData: string;
  /** The machine's DPAPI stand-in: safeStorage seals with this key (same key = same Windows user). */
  machineKey: Buffer;
  version: string;
  /** Pages served on other origins (for the cross-origin tests), by origin. */
  foreignPages?: Record<string, string>;
}

export interface SimRecord {
  windows: SimBrowserWindowImpl[];
  privilegedSchemes: Electron.CustomScheme[];
  openedExternally: string[];
  navigations: { url: string; prevented: boolean }[];
  windowOpens: { url: string; action: string }[];
  ipc: { channel: string; senderUrl: string }[];
  preloadErrors: string[];
  menu: SimMenu | null;
  permissionRequest: Parameters<Electron.Session['setPermissionRequestHandler']>[0];
  permissionCheck: Parameters<Electron.Session['setPermissionCheckHandler']>[0];
  /** Requests the page made that the desktop app would not serve (anything off the app origin). */
  blocked: string[];
  /** What main's app:// handler answered. */
  served: { url: string; status: number; headers: Record<string, string> }[];
  downloads: DownloadRecord[];
  dialogs: DialogRecord[];
  openedPaths: string[];
  exitCode: number | null;
  /** safeStorage calls (the sealed key: encrypted at first run, decrypted at each start). */
  safeStorage: { encrypted: number; decrypted: number };
}

const held = new Set<string>();

export class ElectronSim {
  readonly appOrigin = APP_ORIGIN;
  readonly mappedOrigin = MAPPED_ORIGIN;
  readonly context: BrowserContext;
  readonly userData: string;
  readonly version: string;
  readonly app: SimAppImpl;
  readonly BrowserWindow: ReturnType<typeof browserWindowClass>;
  readonly pageOwner = new WeakMap<Page, SimWebContentsImpl>();
  readonly record: SimRecord = {
    windows: [],
    privilegedSchemes: [],
    openedExternally: [],
    navigations: [],
    windowOpens: [],
    ipc: [],
    preloadErrors: [],
    menu: null,
    permissionRequest: null,
    permissionCheck: null,
    blocked: [],
    served: [],
    downloads: [],
    dialogs: [],
    openedPaths: [],
    exitCode: null,
    safeStorage: { encrypted: 0, decrypted: 0 },
  };
  readonly session = new EventEmitter();
  /** net.isOnline(): tests flip it to see the app offline. */
  online = true;
  private readonly protocols = new Map<
    string,
    (request: GlobalRequest) => GlobalResponse | Promise<GlobalResponse>
  >();
  private readonly handlers = new Map<string, (event: SimInvokeEvent, ...args: unknown[]) => unknown>();
  private readonly machineKey: Buffer;
  private readonly foreignPages: Record<string, string>;
  private lock = false;
  readonly module: SimElectronModule;

  constructor(opts: SimOptions) {
    this.context = opts.context;
    this.userData = opts.userData;
    this.version = opts.version;
    this.machineKey = opts.machineKey;
    this.foreignPages = opts.foreignPages ?? {};
    this.app = new SimAppImpl(this);
    this.BrowserWindow = browserWindowClass(this);
    this.module = this.electronModule();
  }

  toChromium(url: string): string {
    return url.startsWith(APP_ORIGIN + '/') ? MAPPED_ORIGIN + url.slice(APP_ORIGIN.length) : url;
  }
  fromChromium(url: string): string {
    return url.startsWith(MAPPED_ORIGIN + '/') ? APP_ORIGIN + url.slice(MAPPED_ORIGIN.length) : url;
  }
  takeInstanceLock(): boolean {
    if (held.has(this.userData)) return false;
    held.add(this.userData);
    this.lock = true;
    return true;
  }
  releaseInstanceLock(): void {
    if (this.lock) held.delete(this.userData);
    this.lock = false;
  }

  /** Wires the context: every request through route(), the preload's IPC through the binding. */
  async install(): Promise<void> {
    await this.context.exposeBinding(
      IPC_BINDING,
      ({ frame, page }, kind: string, channel: string, args: unknown[]) =>
        kind === 'window-open' ? this.windowOpen(page, args) : this.invoke(page, frame.url(), channel, args),
    );
    await this.context.route('**/*', (route, request) => this.route(route, request));
  }

  /** A download the page started: 'will-download' on the session, then saved where main decided. */
  willDownload(download: Download, contents: SimWebContentsImpl): void {
    const record: DownloadRecord = {
      url: download.url(),
      filename: download.suggestedFilename(),
      dialog: null,
      savePath: '',
      state: 'progressing',
    };
    this.record.downloads.push(record);
    const item = new SimDownloadItemImpl(download, this.fromChromium(download.url()), record);
    this.session.emit('will-download', new SimEvent(), item, contents);
    void item.finish(this.app.getPath('downloads'));
  }

  private windowOpen(page: Page, args: unknown[]): string {
    const [url, frameName, features] = args.map(String) as [string, string, string];
    const owner = this.pageOwner.get(page);
    return owner ? owner.windowOpen(url, frameName, features).action : 'deny';
  }

  /** ipcRenderer.invoke arriving in main: the handler gets the sending frame's URL as Electron reports it. */
  private async invoke(page: Page, frameUrl: string, channel: string, args: unknown[]): Promise<unknown> {
    if (channel === 'electron-sim:preload-error') return void this.record.preloadErrors.push(String(args[0]));
    const senderUrl = this.fromChromium(frameUrl);
    this.record.ipc.push({ channel, senderUrl });
    const handler = this.handlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    const sender: SimWebContents = this.pageOwner.get(page) ?? new SimWebContentsImpl(this);
    const event = {
      sender,
      senderFrame: { url: senderUrl, origin: new URL(senderUrl).origin } as Electron.WebFrameMain,
      frameId: 1,
      processId: 1,
    };
    try {
      return await handler(event, ...args);
    } catch (e) {
      throw new Error(`Error invoking remote method '${channel}': ${String(e)}`);
    }
  }

  private async route(route: Route, request: Request): Promise<void> {
    const url = request.url();
    if (request.isNavigationRequest()) {
      const frame = request.frame();
      const owner = this.pageOwner.get(frame.page());
      if (owner && !frame.parentFrame() && owner.browserNavigation !== url && owner.willNavigate(url))
        return route.abort('aborted');
    }
    if (url.startsWith(MAPPED_ORIGIN + '/')) return this.serveApp(route, request);
    const foreign = this.foreignPages[new URL(url).origin];
    if (foreign !== undefined) return route.fulfill({ status: 200, contentType: 'text/html', body: foreign });
    this.record.blocked.push(url);
    return route.abort('blockedbyclient');
  }

  /** A request for app://privacy-desk/… answered by the handler main gave protocol.handle. */
  private async serveApp(route: Route, request: Request): Promise<void> {
    const handler = this.protocols.get('app');
    if (!handler) return route.abort('failed');
    const headers = await request.allHeaders();
    const posted =
      request.method() === 'GET' || request.method() === 'HEAD' ? null : request.postDataBuffer();
    const body = posted ? new Uint8Array(posted) : null;
    const response = await handler(
      new Request(this.fromChromium(request.url()), { method: request.method(), headers, body }),
    );
    const served = {
      url: this.fromChromium(request.url()),
      status: response.status,
      headers: Object.fromEntries(response.headers),
    };
    this.record.served.push(served);
    await route.fulfill({
      status: served.status,
      headers: served.headers,
      body: Buffer.from(await response.arrayBuffer()),
    });
  }

  private electronModule(): SimElectronModule {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the module's objects close over the sim
    const sim = this;
    const record = this.record;
    const iv = () => randomBytes(12);
    let appMenu: SimMenu | null = null;
    return {
      app: this.app,
      BrowserWindow: this.BrowserWindow,
      dialog: simDialog(record.dialogs),
      screen: simScreen,
      ipcMain: {
        handle(channel, listener) {
          if (sim.handlers.has(channel))
            throw new Error(`Attempted to register a second handler for '${channel}'`);
          sim.handlers.set(channel, listener);
        },
        removeHandler(channel) {
          sim.handlers.delete(channel);
        },
      },
      Menu: {
        buildFromTemplate: (template) => ({ items: template as Electron.MenuItem[] }),
        setApplicationMenu: (menu) => void (appMenu = record.menu = menu),
        getApplicationMenu: () => appMenu,
      },
      net: {
        fetch: (input, init) => fetch(input, init),
        isOnline: () => sim.online,
      },
      protocol: {
        registerSchemesAsPrivileged(schemes) {
          if (sim.app.isReady())
            throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
          record.privilegedSchemes.push(...schemes);
        },
        handle(scheme, handler) {
          if (!sim.app.isReady()) throw new Error('protocol.handle cannot be used before the app is ready');
          if (sim.protocols.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
          sim.protocols.set(scheme, handler);
        },
        unhandle: (scheme) => void sim.protocols.delete(scheme),
        isProtocolHandled: (scheme) => sim.protocols.has(scheme),
      },
      // DPAPI stand-in: AES-256-GCM under the machine key; another machine's key cannot decrypt.
      safeStorage: {
        isEncryptionAvailable: () => sim.app.isReady(),
        encryptString(plainText) {
          record.safeStorage.encrypted++;
          const nonce = iv();
          const cipher = createCipheriv('aes-256-gcm', sim.machineKey, nonce);
          const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
          return Buffer.concat([Buffer.from('v10'), nonce, cipher.getAuthTag(), body]);
        },
        decryptString(encrypted) {
          record.safeStorage.decrypted++;
          try {
            const decipher = createDecipheriv('aes-256-gcm', sim.machineKey, encrypted.subarray(3, 15));
            decipher.setAuthTag(encrypted.subarray(15, 31));
            return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString(
              'utf8',
            );
          } catch {
            throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
          }
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler) => void (record.permissionRequest = handler),
          setPermissionCheckHandler: (handler) => void (record.permissionCheck = handler),
          on: (event, listener) => sim.session.on(event, listener),
        },
      },
      shell: {
        openExternal: async (url) => void record.openedExternally.push(url),
        openPath: async (p) => (record.openedPaths.push(p), ''),
      },
    } satisfies SimElectronModule;
  }
}
