// The built preload under Electron's sandboxed loader (see tests/helpers/electron-sim/sandbox-loader.ts):
// no __filename/__dirname/import.meta, only `electron` required, and window.api only on the app's origin.
import { describe, expect, it } from 'vitest';
import { builtPreload, runPreloadScript } from '../helpers/electron-sim/sandbox-loader';

type Relay = (event: unknown, ...args: unknown[]) => void;

function fakeElectron() {
  const exposed: Record<string, unknown> = {};
  const invocations: unknown[][] = [];
  const listeners = new Map<string, Set<Relay>>();
  return {
    exposed,
    invocations,
    listeners,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => (invocations.push(args), { ok: true, value: 'pong' }),
        on: (channel: string, relay: Relay) => {
          listeners.set(channel, (listeners.get(channel) ?? new Set()).add(relay));
        },
        removeListener: (channel: string, relay: Relay) => void listeners.get(channel)?.delete(relay),
      },
    },
  };
}

interface ExposedApi {
  shell: string;
  invoke(name: string, input: unknown, session?: unknown, jobId?: unknown): Promise<unknown>;
  cancel(jobId: unknown): Promise<unknown>;
  onProgress(listener: (report: unknown) => void): () => void;
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
    // pd:call is the way to main: everything else (even "Save as PDF") is a contract call; only a
    // job's cancel has its own channel, and main talks back on pd:progress and pd:download.
    expect(Object.keys(api).sort()).toEqual(['cancel', 'invoke', 'onDownload', 'onProgress', 'shell']);
    expect(new Set(source.match(/pd:[\w-]+/g))).toEqual(
      new Set(['pd:call', 'pd:cancel', 'pd:progress', 'pd:download']),
    );
    await expect(api.invoke('app.status', { a: 1 }, 'sess')).resolves.toEqual({ ok: true, value: 'pong' });
    await api.invoke('auth.login', {}, 42);
    expect(electron.invocations).toEqual([
      ['pd:call', 'app.status', { a: 1 }, 'sess'],
      ['pd:call', 'auth.login', {}, undefined],
    ]);
    // A job: its id rides on pd:call, cancel goes on pd:cancel, progress comes back on pd:progress.
    electron.invocations.length = 0;
    await api.invoke('backup.runNow', {}, 'sess', 'job-1');
    await api.cancel('job-1');
    expect(electron.invocations).toEqual([
      ['pd:call', 'backup.runNow', {}, 'sess', 'job-1'],
      ['pd:cancel', 'job-1'],
    ]);
    const heard: unknown[] = [];
    const off = api.onProgress((r) => heard.push(r));
    const report = { jobId: 'job-1', progress: { phase: 'copy' } };
    electron.listeners.get('pd:progress')!.forEach((relay) => relay({ sender: 'main' }, report));
    off();
    expect(electron.listeners.get('pd:progress')!.size).toBe(0);
    expect(heard).toEqual([report]);
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
