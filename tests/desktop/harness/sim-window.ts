// BrowserWindow and its webContents, backed by a Playwright page. Mirrors the documented behaviour in
// electron/electron docs/api/browser-window.md and docs/api/web-contents.md: 'web-contents-created'
// on construction, 'will-navigate' only for navigations the page starts (not loadURL), the window-open
// handler deciding every window.open, 'close' then 'closed', and 'window-all-closed' after the last one.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SimBrowserWindow, SimWebContents } from './electron-api';
import { IPC_DELIVERY, windowInitScript } from './page-preload';
import type { ElectronSim } from './electron-sim';

/** Electron.Event: listeners cancel with preventDefault. */
export class SimEvent {
  defaultPrevented = false;
  constructor(readonly details: Record<string, unknown> = {}) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class SimWebContentsImpl extends EventEmitter implements SimWebContents {
  readonly id = nextId++;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  /** A loadURL in progress: the navigation it starts is browser-initiated (no will-navigate). */
  browserNavigation: string | null = null;
  page: Page | null = null;

  constructor(private readonly sim: ElectronSim) {
    super();
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.page ? this.sim.fromChromium(this.page.url()) : '';
  }
  isDestroyed(): boolean {
    return !this.page || this.page.isClosed();
  }
  /** To the preload's ipcRenderer listeners (arguments copied, as Electron serializes them). */
  send(channel: string, ...args: unknown[]): void {
    const payload = structuredClone(args);
    void this.page
      ?.evaluate(
        ([name, ch, a]) =>
          (window as unknown as Record<string, (c: string, x: unknown[]) => void>)[name]?.(ch, a),
        [IPC_DELIVERY, channel, payload] as const,
      )
      .catch(() => undefined);
  }
  reload(): void {
    void this.page?.reload().catch(() => undefined);
  }
  executeJavaScript(code: string): Promise<unknown> {
    if (!this.page) return Promise.reject(new Error('WebContents was destroyed'));
    return this.page.evaluate(code);
  }
  /** Chromium's print to PDF (print media, the page's @page size when preferCSSPageSize). */
  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    if (!this.page) throw new Error('WebContents was destroyed');
    return this.page.pdf({
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      printBackground: options.printBackground ?? false,
      landscape: options.landscape ?? false,
      ...(typeof options.pageSize === 'string' ? { format: options.pageSize } : {}),
    });
  }
  /** What Electron does with a window.open from this page: ask the handler, deny without one. */
  windowOpen(url: string, frameName: string, features: string): Electron.WindowOpenHandlerResponse {
    const details: Electron.HandlerDetails = {
      url: this.sim.fromChromium(url),
      frameName,
      features,
      disposition: 'new-window',
      referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' },
    };
    const response = this.windowOpenHandler ? this.windowOpenHandler(details) : { action: 'allow' as const };
    this.sim.record.windowOpens.push({ url: details.url, action: response.action });
    return response;
  }
  /** Emits will-navigate for a navigation the page started; true when a listener prevented it. */
  willNavigate(url: string): boolean {
    const appUrl = this.sim.fromChromium(url);
    const event = new SimEvent({ url: appUrl, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit('will-navigate', event, appUrl);
    this.sim.record.navigations.push({ url: appUrl, prevented: event.defaultPrevented });
    return event.defaultPrevented;
  }
}

export function browserWindowClass(sim: ElectronSim) {
  const windows: SimBrowserWindowImpl[] = [];

  class SimBrowserWindowImpl extends EventEmitter implements SimBrowserWindow {
    readonly webContents: SimWebContentsImpl;
    readonly options: Electron.BrowserWindowConstructorOptions;
    private readonly page: Promise<Page>;
    private maximized = false;
    private destroyed = false;
    shown = false;

    static getAllWindows(): SimBrowserWindowImpl[] {
      return [...windows];
    }

    constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      if (!sim.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
      this.options = options;
      this.webContents = new SimWebContentsImpl(sim);
      windows.push(this);
      sim.record.windows.push(this);
      sim.app.emit('web-contents-created', new SimEvent(), this.webContents);
      this.page = this.openPage();
      this.page.catch(() => undefined);
    }

    private async openPage(): Promise<Page> {
      const context = sim.context;
      const blank = context.pages().find((p) => p.url() === 'about:blank' && !sim.pageOwner.has(p));
      const page = blank ?? (await context.newPage());
      sim.pageOwner.set(page, this.webContents);
      this.webContents.page = page;
      const prefs = this.options.webPreferences ?? {};
      const preload = prefs.preload ? readFileSync(prefs.preload, 'utf8') : null;
      const opts = {
        appOrigin: sim.appOrigin,
        mappedOrigin: sim.mappedOrigin,
        inSubFrames: prefs.nodeIntegrationInSubFrames === true,
      };
      await page.addInitScript({ content: windowInitScript(opts, preload) });
      page.once('close', () => this.destroy());
      page.on(
        'load',
        () =>
          void page
            .title()
            .then((title) => this.emit('page-title-updated', new SimEvent(), title, false))
            .catch(() => undefined),
      );
      page.on('download', (download) => sim.willDownload(download, this.webContents));
      return page;
    }

    async loadURL(url: string): Promise<void> {
      const page = await this.page;
      const target = sim.toChromium(url);
      this.webContents.browserNavigation = target;
      try {
        await page.goto(target);
      } finally {
        this.webContents.browserNavigation = null;
      }
      this.emit('ready-to-show');
    }
    /** The Playwright page behind this window (for the tests). */
    pageForTest(): Promise<Page> {
      return this.page;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    show(): void {
      this.shown = true;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    getNormalBounds(): Electron.Rectangle {
      return {
        x: this.options.x ?? 0,
        y: this.options.y ?? 0,
        width: this.options.width ?? 800,
        height: this.options.height ?? 600,
      };
    }
    close(): void {
      if (this.destroyed) return;
      const event = new SimEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      void this.page.then((p) => p.close());
    }
    private destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      if (windows.length === 0) sim.app.allWindowsClosed();
    }
  }
  return SimBrowserWindowImpl;
}

export type SimBrowserWindowImpl = InstanceType<ReturnType<typeof browserWindowClass>>;
