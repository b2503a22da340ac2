// The Electron security checklist as plain data and predicates, so it can be tested without Electron.
// main.ts applies these; nothing here imports electron.

export const APP_SCHEME = 'app';
export const APP_HOST = 'privacy-desk';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1366, height: 768 };
export const MIN_SIZE = { width: 1024, height: 640 };

/** BrowserWindow options: the renderer gets no Node, no remote content and its own isolated world. */
export function windowOptions(preloadPath: string, bounds: Bounds, opts: { devTools?: boolean } = {}) {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Privacy Desk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // No PDF plugin: scans are drawn by pdf.js (renderer/src/components/pdf), the same in Chromium.
      plugins: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Off in packaged builds unless support sets PRIVACY_DESK_DEVTOOLS=1 (shell/production.ts).
      devTools: opts.devTools ?? true,
      safeDialogs: true,
    },
  } as const;
}

/** Only the app's own pages may be shown in the window. */
export function isAppUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** External links open in the system browser, and only plain http(s) ones. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (
      (u.protocol === 'https:' || u.protocol === 'http:') &&
      !u.username &&
      !u.password &&
      u.hostname.length > 0
    );
  } catch {
    return false;
  }
}

/** A remembered window position is used only if it still looks like a sane window. */
export function sanitizeBounds(value: unknown): Bounds {
  if (typeof value !== 'object' || value === null) return DEFAULT_BOUNDS;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x) : undefined);
  const width = num(v.width);
  const height = num(v.height);
  if (
    !width ||
    !height ||
    width < MIN_SIZE.width ||
    height < MIN_SIZE.height ||
    width > 10000 ||
    height > 10000
  )
    return DEFAULT_BOUNDS;
  const x = num(v.x);
  const y = num(v.y);
  return {
    width,
    height,
    ...(x !== undefined && y !== undefined && Math.abs(x) < 20000 && Math.abs(y) < 20000 ? { x, y } : {}),
    maximized: v.maximized === true,
  };
}

/** Fuses flipped at package time (electron-builder `electronFuses`): checked by a unit test. */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const;
