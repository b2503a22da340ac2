// The headless shell: the same core and renderer as the desktop app, bridged over HTTP on 127.0.0.1.
import path from 'node:path';
import { EnvKeyStore, FileKeyStore, type KeyStore } from '../core/keystore';
import { defaultDataDir, defaultDbFile } from '../core/paths';
import { APP_VERSION } from '../app/version';
import { CoreClient } from '../worker/core-client';
import { startBridge, type Bridge } from './http-bridge';

export interface HeadlessOptions {
  port?: number;
  dbFile?: string;
  keyFile?: string;
  rendererDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Test-only modules loaded into the core and reader workers (see electron/worker/protocol.ts). */
  extensions?: string[];
  /** Write the core's log to the log folder (npm run serve); tests leave it on stderr. */
  logToFile?: boolean;
}

export interface Headless {
  bridge: Bridge;
  /** The core runs in a worker thread; this is the handle on it. */
  core: CoreClient;
  dbFile: string;
  logDir: string;
  close(): Promise<void>;
}

export async function startHeadless(opts: HeadlessOptions = {}): Promise<Headless> {
  const env = opts.env ?? process.env;
  const dbFile = path.resolve(opts.dbFile ?? defaultDbFile(env));
  let keyStore: KeyStore;
  if (opts.keyFile) keyStore = new FileKeyStore(path.resolve(opts.keyFile));
  else if (env.PRIVACY_DESK_KEY) keyStore = new EnvKeyStore(env.PRIVACY_DESK_KEY);
  else
    keyStore = new FileKeyStore(
      path.join(opts.dbFile ? path.dirname(dbFile) : defaultDataDir(env), 'privacy-desk.key'),
    );

  const idle = Number(env.PRIVACY_DESK_IDLE_LOCK_SECONDS);
  // Shorter sync intervals for demonstrations and end-to-end tests.
  const syncMs = Number(env.PRIVACY_DESK_SYNC_INTERVAL_MS);
  // No installer here: the log folder sits beside the database, and "Open log folder" returns its path.
  const logDir = path.join(path.dirname(dbFile), 'logs');
  const core = await CoreClient.start({
    dbFile,
    keyStore,
    shell: 'headless',
    version: APP_VERSION,
    ...(idle > 0 ? { idleLockSecondsOverride: idle } : {}),
    machine: { dataDirSource: 'custom', logDir, migration: { state: 'none' }, updateSource: null },
    sync: syncMs > 0 ? { intervalMs: syncMs, retryBaseMs: syncMs } : {},
    ...(opts.extensions ? { extensions: opts.extensions } : {}),
    ...(opts.logToFile ? { logDir } : {}),
  });
  const bridge = await startBridge({
    port: opts.port ?? 0,
    rendererDir: opts.rendererDir ?? path.join(__dirname, 'renderer'),
    handle: (name, input, sessionToken, source, signal, onProgress) =>
      core.call(name, input, { sessionToken, source, signal, onProgress }),
  });
  return {
    bridge,
    core,
    dbFile,
    logDir,
    close: async () => {
      await bridge.close();
      await core.close();
    },
  };
}
