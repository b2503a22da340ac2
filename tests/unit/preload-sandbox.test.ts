// The built preload under Electron's sandboxed loader (see tests/helpers/electron-sim/sandbox-loader.ts):
// no __filename/__dirname/import.meta, only `electron` required, and window.api only on the app's origin.
import { describe, expect, it } from 'vitest';
import { builtPreload, runPreloadScript } from '../helpers/electron-sim/sandbox-loader';

function fakeElectron() {
  const exposed: Record<string, unknown> = {};
  const invocations: unknown[][] = [];
  return {
    exposed,
    invocations,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => (invocations.push(args), { ok: true, value: 'pong' }),
      },
    },
  };
}

interface ExposedApi {
  shell: string;
  invoke(name: string, input: unknown, session?: unknown): Promise<unknown>;
}

describe('preload under the sandboxed loader', () => {
  const source = builtPreload();

  it('exposes api.invoke and api.shell on app://privacy-desk/', async () => {
    const electron = fakeElectron();
    const win = runPreloadScript(source, 'app://privacy-desk/index.html', electron.module);
    expect(Object.keys(electron.exposed)).toEqual(['api']);
    const api = electron.exposed.api as ExposedApi;
    expect(api.shell).toBe('electron');
    expect(typeof api.invoke).toBe('function');
    // pd:call is the only way to main: everything else (even "Save as PDF") is a contract call.
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onDownload', 'shell']);
    expect(source.match(/pd:[\w-]+/g)?.filter((c) => c !== 'pd:download')).toEqual(['pd:call']);
    await expect(api.invoke('app.status', { a: 1 }, 'sess')).resolves.toEqual({ ok: true, value: 'pong' });
    await api.invoke('auth.login', {}, 42);
    expect(electron.invocations).toEqual([
      ['pd:call', 'app.status', { a: 1 }, 'sess'],
      ['pd:call', 'auth.login', {}, undefined],
    ]);
    // Only through the bridge: the preload never writes to the window itself.
    expect(win.api).toBeUndefined();
  });

  it('exposes nothing on any other origin', () => {
    for (const url of [
      'https://example.com/',
      'app://other/index.html',
      'file:///C:/app/index.html',
      'http://privacy-desk/',
    ]) {
      const electron = fakeElectron();
      runPreloadScript(source, url, electron.module);
      expect(electron.exposed, url).toEqual({});
    }
  });

  it('requires nothing the sandbox does not have', () => {
    expect(source).not.toMatch(/__filename|__dirname|import\.meta/);
    const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });

  it('is refused by the loader when it needs a Node module (the check itself works)', () => {
    expect(() => runPreloadScript("require('node:fs');", 'app://privacy-desk/', {})).toThrow(
      'module not found: node:fs',
    );
    expect(() => runPreloadScript('__filename;', 'app://privacy-desk/', {})).toThrow(
      '__filename is not defined',
    );
  });
});
