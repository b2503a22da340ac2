// The host's handle on the core worker (Electron main and the headless shell): starts it, passes
// calls through the transport, answers what only the host can do (key store, net.fetch, opening a
// folder, the updater), and keeps the few facts the host needs synchronously. A worker that
// crashes or exits turns every open and later call into an error answer, never a hang.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppState } from '../../common/contract/app';
import type { CallResult } from '../../common/contract';
import { toErrorPayload } from '../../common/errors';
import type { MachineHost } from '../app/machine';
import type { KeyStore } from '../core/keystore';
import { logError, logWarn } from '../core/log';
import type { FetchLike } from '../sync';
import { serveFetch } from './host-fetch';
import type { CallRequest, CoreFacts, CoreInit } from './protocol';
import { Rpc, workerStopped, type JobProgress } from './rpc';
import { serveSyncBridge } from './sync-bridge';

export interface CoreHostOptions {
  dbFile: string;
  keyStore: KeyStore;
  shell: 'electron' | 'headless';
  version: string;
  idleLockSecondsOverride?: number;
  machine?: MachineHost | null;
  /** Electron: net.fetch and net.isOnline; the headless shell uses Node's inside the worker. */
  fetch?: FetchLike;
  isOnline?: () => boolean;
  sync?: { intervalMs?: number; retryBaseMs?: number };
  /** Reader workers (read-only connections); 2 unless said otherwise, 0 for none. */
  readers?: number;
  logDir?: string | null;
  /** dist/core-worker.cjs beside this bundle unless given. */
  workerFile?: string;
  /** Test-only modules loaded into the workers (see protocol.ts). */
  extensions?: string[];
}

export interface CallOptions {
  sessionToken?: string | undefined;
  source?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: JobProgress) => void) | undefined;
}

/** Beside the running bundle (dist/), or dist/ of the checkout when running from source (tests). */
export function workerBundle(name: string): string {
  const beside = path.join(__dirname, name);
  return existsSync(beside) ? beside : path.resolve(__dirname, '..', '..', 'dist', name);
}

export class CoreClient {
  private factsNow: CoreFacts;
  private readonly rpc: Rpc;
  /** Resolves with the worker's exit code once it has stopped. */
  readonly exited: Promise<number>;

  private constructor(
    private readonly worker: Worker,
    rpc: Rpc,
    first: CoreFacts,
    exited: Promise<number>,
    private readonly closeBridge: () => void,
  ) {
    this.rpc = rpc;
    this.factsNow = first;
    this.exited = exited;
    rpc.on('facts', (f) => (this.factsNow = f as CoreFacts));
  }

  static async start(opts: CoreHostOptions): Promise<CoreClient> {
    const { keyStore } = opts;
    const bridge = serveSyncBridge({
      'key.exists': () => keyStore.exists(),
      'key.load': () => new Uint8Array(keyStore.load()),
      'key.save': (key: Uint8Array) => keyStore.save(Buffer.from(key)),
      'net.isOnline': () => opts.isOnline?.() ?? true,
    });
    const { openFolder, checkForUpdates, savePdf, ...machine } = opts.machine ?? {};
    const init: CoreInit = {
      dbFile: opts.dbFile,
      shell: opts.shell,
      version: opts.version,
      ...(opts.idleLockSecondsOverride ? { idleLockSecondsOverride: opts.idleLockSecondsOverride } : {}),
      keyStoreKind: keyStore.kind,
      machine: opts.machine ? (machine as CoreInit['machine']) : null,
      host: {
        openFolder: !!openFolder,
        checkForUpdates: !!checkForUpdates,
        savePdf: !!savePdf,
        fetch: !!opts.fetch,
        isOnline: !!opts.isOnline,
      },
      sync: opts.sync ?? {},
      readers: opts.readers ?? 2,
      logDir: opts.logDir ?? null,
      bridge: bridge.ends,
      extensions: opts.extensions ?? [],
    };
    const worker = new Worker(opts.workerFile ?? workerBundle('core-worker.cjs'), {
      workerData: init,
      transferList: [bridge.ends.port],
    });
    const rpc = new Rpc(worker);
    if (openFolder) rpc.handle<string>('openFolder', (dir) => openFolder(dir));
    if (checkForUpdates) rpc.handle('checkForUpdates', () => checkForUpdates());
    if (savePdf) rpc.handle<string>('savePdf', (fileName) => savePdf(fileName));
    if (opts.fetch) serveFetch(rpc, opts.fetch);
    const exited = new Promise<number>((resolve) => {
      worker.on('error', (e) => {
        logError('core worker', e);
        rpc.stop(workerStopped('core_crashed'));
      });
      worker.on('exit', (code) => {
        if (code !== 0 && code !== 1) logWarn(`core worker exited: exitCode=${code}`);
        rpc.stop(workerStopped('core_exited'));
        bridge.close();
        resolve(code);
      });
    });
    const first = await new Promise<CoreFacts>((resolve, reject) => {
      const off = rpc.on('ready', (f) => (off(), resolve(f as CoreFacts)));
      void exited.then((code) => reject(new Error(`core worker stopped while starting (exit ${code})`)));
    });
    return new CoreClient(worker, rpc, first, exited, bridge.close);
  }

  /** The last facts the worker published (after start and after every call). */
  get facts(): CoreFacts {
    return this.factsNow;
  }

  /** One contract call through the worker's dispatch; a transport failure is an error answer too. */
  async call(name: string, input: unknown, opts: CallOptions = {}): Promise<CallResult<unknown>> {
    const req: CallRequest = {
      name,
      input,
      ...(opts.sessionToken ? { sessionToken: opts.sessionToken } : {}),
      ...(opts.source ? { source: opts.source } : {}),
    };
    try {
      return await this.rpc.request<CallResult<unknown>>('call', req, {
        signal: opts.signal,
        onProgress: opts.onProgress,
      });
    } catch (e) {
      return { ok: false, error: toErrorPayload(e) };
    }
  }

  async state(): Promise<AppState> {
    return (await this.rpc.request<CoreFacts>('facts', null)).state;
  }

  /** Tests: waits for the background sync's current pass in the worker. */
  async runSyncOnce(): Promise<void> {
    await this.rpc.request('sync.runOnce', null);
  }

  /** Tests: waits for the WAL checkpoint that follows the last write (checkpointer.ts). */
  async flushCheckpoint(): Promise<void> {
    await this.rpc.request('checkpoint.flush', null);
  }

  /** Stops sync and backups, closes the database (audit summaries written), then ends the worker. */
  async close(): Promise<void> {
    try {
      await this.rpc.request('close', null);
    } catch {
      // Already stopped: nothing left to close.
    }
    await this.worker.terminate();
    this.closeBridge();
  }
}
