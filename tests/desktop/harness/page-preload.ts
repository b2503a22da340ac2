// What runs inside a simulated BrowserWindow's page before its own scripts: the preload under the
// sandboxed loader's parameter list, a `require` that knows only Electron's sandbox modules, the
// renderer half of `electron` (contextBridge, ipcRenderer) and window.open going through main's
// window-open handler. Mirrors electron/electron lib/sandboxed_renderer/preload.ts + init.ts,
// lib/renderer/api/context-bridge.ts and docs/api/context-bridge.md (functions proxied, everything
// else copied; the exposed API frozen).
//
// Differences that stay: the preload runs in the page's main world inside a closure (Playwright
// cannot bridge an isolated world), and window.open returns null at once while main decides.
import { PRELOAD_PARAMS } from '../../helpers/electron-sim/sandbox-loader';

export const IPC_BINDING = '__electronSimIpc';
/** Where webContents.send reaches the preload's ipcRenderer listeners (not enumerable on window). */
export const IPC_DELIVERY = '__electronSimDeliver';

export interface BootstrapOptions {
  appOrigin: string;
  mappedOrigin: string;
  binding: string;
  delivery: string;
  /** webPreferences.nodeIntegrationInSubFrames: the preload runs in subframes only when true. */
  inSubFrames: boolean;
}

type IpcBinding = (kind: 'invoke' | 'window-open', channel: string, args: unknown[]) => Promise<unknown>;
type PreloadFn = (...args: unknown[]) => void;

/** Runs in the page (serialized by toString): keep it self-contained. */
function bootstrap(opts: BootstrapOptions, wrap: ((...views: unknown[]) => PreloadFn) | null): void {
  const w = window as unknown as Record<string, unknown>;
  const ipc = w[opts.binding] as IpcBinding;
  window.open = function open(url?: string | URL, target?: string, features?: string) {
    const href = new URL(String(url ?? ''), location.href).href;
    void ipc('window-open', '', [href, String(target ?? ''), String(features ?? '')]);
    return null;
  };
  if (!wrap || (window !== window.top && !opts.inSubFrames)) return;
  delete w[opts.binding]; // the page itself gets no IPC: only the preload holds it

  const toApp = (href: string) =>
    href.startsWith(opts.mappedOrigin + '/') ? opts.appOrigin + href.slice(opts.mappedOrigin.length) : href;
  const appLocation = () => {
    const u = new URL(toApp(location.href));
    const isApp = u.href.startsWith(opts.appOrigin + '/');
    return Object.freeze({
      href: u.href,
      protocol: u.protocol,
      host: u.host,
      hostname: u.hostname,
      port: u.port,
      pathname: u.pathname,
      search: u.search,
      hash: u.hash,
      origin: isApp ? opts.appOrigin : u.origin,
      toString: () => u.href,
    });
  };
  const view: Window = new Proxy(window, {
    get(target, key) {
      if (key === 'location') return appLocation();
      if (key === 'window' || key === 'self' || key === 'globalThis') return view;
      const value = Reflect.get(target, key) as unknown;
      // Window methods need the real window as `this`; constructors must stay constructible.
      return typeof value === 'function' && !('prototype' in value)
        ? (value as () => unknown).bind(target)
        : value;
    },
  });

  const copy = (value: unknown, freeze: boolean): unknown => {
    if (typeof value === 'function') return proxy(value as (...a: unknown[]) => unknown);
    if (typeof value === 'symbol') return undefined;
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Promise)
      return value.then(
        (v) => copy(v, false),
        (e) => Promise.reject(copy(e, false)),
      );
    if (value instanceof Error) {
      const e = new Error(value.message);
      e.name = value.name;
      return e;
    }
    const done = (v: object) => (freeze ? Object.freeze(v) : v);
    if (Array.isArray(value)) return done(value.map((v) => copy(v, freeze)));
    const proto = Object.getPrototypeOf(value) as unknown;
    if (
      proto === Object.prototype ||
      proto === null ||
      !(value instanceof Node || value instanceof Blob || ArrayBuffer.isView(value) || value instanceof Date)
    ) {
      return done(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v, freeze)])));
    }
    return value instanceof Node ? value : structuredClone(value);
  };
  const proxy = (fn: (...a: unknown[]) => unknown) =>
    function bridged(...args: unknown[]) {
      return copy(fn(...args.map((a) => copy(a, false))), false);
    };

  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in window)
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: copy(api, true), enumerable: true });
    },
  };
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => ipc('invoke', String(channel), args),
    on(channel: string, listener: Listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    off: (channel: string, listener: Listener) => ipcRenderer.removeListener(channel, listener),
  };
  Object.defineProperty(window, opts.delivery, {
    value: (channel: string, args: unknown[]) => {
      for (const l of [...(listeners.get(channel) ?? [])]) l({ sender: ipcRenderer, senderId: 0 }, ...args);
    },
  });
  const electron = { contextBridge, ipcRenderer };
  const loaded = new Map<string, unknown>([
    ['electron', electron],
    ['electron/common', electron],
    ['electron/renderer', electron],
  ]);
  // init.ts's loadableModules: the sandbox bundle's own `timers` and `url` (browser builds).
  const timers = { setTimeout, clearTimeout, setInterval, clearInterval };
  const url = {
    URL,
    URLSearchParams,
    pathToFileURL: (p: string) => new URL(`file://${p.startsWith('/') ? '' : '/'}${p}`),
    fileURLToPath: (u: string | URL) => decodeURIComponent(new URL(String(u)).pathname),
  };
  const loadable = new Map<string, unknown>([
    ['timers', timers],
    ['node:timers', timers],
    ['url', url],
    ['node:url', url],
  ]);
  const preloadRequire = (name: string) => {
    if (loaded.has(name)) return loaded.get(name);
    if (loadable.has(name)) return loadable.get(name);
    throw new Error(`module not found: ${name}`);
  };
  const preloadProcess = { type: 'renderer', sandboxed: true, contextIsolated: true, platform: 'win32' };
  const setImmediate = (fn: (...a: unknown[]) => void, ...a: unknown[]) => setTimeout(fn, 0, ...a);
  const exports = {};
  try {
    wrap(view, appLocation(), view, view)(
      preloadRequire,
      preloadProcess,
      exports,
      { exports },
      undefined,
      view,
      setImmediate,
      clearTimeout,
    );
  } catch (error) {
    // Electron logs this and carries on without the preload (executeSandboxedPreloadScripts).
    console.error('Unable to load preload script:', error);
    void ipc('invoke', 'electron-sim:preload-error', [String(error)]);
  }
}

/**
 * The init script for a window: the preload's source inside a function of exactly runPreloadScript's
 * parameters (an inline function, since the app's CSP forbids eval), with `window`, `location`,
 * `self` and `globalThis` seen as the app:// page Electron would report.
 */
export function windowInitScript(
  opts: Omit<BootstrapOptions, 'binding' | 'delivery'>,
  preloadSource: string | null,
): string {
  const full: BootstrapOptions = { ...opts, binding: IPC_BINDING, delivery: IPC_DELIVERY };
  const wrap =
    preloadSource === null
      ? 'null'
      : `function (window, location, self, globalThis) {\n  return function (${PRELOAD_PARAMS.join(', ')}) {\n${preloadSource}\n  };\n}`;
  return `(${bootstrap.toString()})(${JSON.stringify(full)}, ${wrap});`;
}
