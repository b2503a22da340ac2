import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/csp';
import { resolveInside } from '../../electron/shell/static-files';
import {
  DEFAULT_BOUNDS,
  isAppUrl,
  isSafeExternalUrl,
  REQUIRED_FUSES,
  sanitizeBounds,
  windowOptions,
} from '../../electron/shell/window-policy';

describe('Electron window security', () => {
  it('gives the renderer no Node, an isolated world and a sandbox', () => {
    const o = windowOptions('/app/preload.cjs', DEFAULT_BOUNDS);
    expect(o.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      plugins: false,
    });
  });

  it('has a strict Content-Security-Policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    // PDFs are drawn by pdf.js: no frames; its worker comes from the app itself.
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('lets only the app’s own pages load and only http(s) links open outside', () => {
    expect(isAppUrl('app://privacy-desk/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://privacy-desk/')).toBe(false);
    expect(isAppUrl('file:///C:/Windows/system32')).toBe(false);
    expect(isSafeExternalUrl('https://adilet.zan.kz/rus/docs/Z1300000094')).toBe(true);
    expect(isSafeExternalUrl('http://example.kz/')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pw@example.kz/',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('serves renderer files only from inside its folder', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveInside(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets', 'app.js'));
    for (const evil of [
      '/../secret.txt',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fsecret',
      '/..\\secret',
      '/C:/Windows/win.ini',
      '/a%00.js',
      '/%E0%A4%A',
    ]) {
      expect(resolveInside(root, evil), evil).toBeNull();
    }
  });

  it('ignores a remembered window position that is not sane', () => {
    expect(sanitizeBounds({ width: 1600, height: 900, x: 10, y: 20, maximized: true })).toEqual({
      width: 1600,
      height: 900,
      x: 10,
      y: 20,
      maximized: true,
    });
    expect(sanitizeBounds({ width: 50, height: 50 })).toEqual(DEFAULT_BOUNDS);
    expect(sanitizeBounds('garbage')).toEqual(DEFAULT_BOUNDS);
    expect(sanitizeBounds({ width: 1400, height: 800, x: 1e9, y: 0 })).toEqual({
      width: 1400,
      height: 800,
      maximized: false,
    });
  });

  it('packages with the required fuses flipped', () => {
    const cfg = parse(readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    expect(cfg.electronFuses).toMatchObject(REQUIRED_FUSES);
  });
});
