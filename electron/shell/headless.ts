// The headless shell: the same core and renderer as the desktop app, bridged over HTTP on 127.0.0.1.
import path from 'node:path';
import { EnvKeyStore, FileKeyStore, type KeyStore } from '../core/keystore';
import { logError } from '../core/log';
import { defaultDataDir, defaultDbFile } from '../core/paths';
import { BackupScheduler } from '../app/backups';
import { AppCore } from '../app/core';
import { SyncRunner } from '../app/sync-runner';
import { dispatch } from '../app/dispatch';
import { HANDLERS } from '../app/handlers';
import { APP_VERSION } from '../app/version';
import { startBridge, type Bridge } from './http-bridge';

export interface HeadlessOptions {
  port?: number;
  dbFile?: string;
  keyFile?: string;
  rendererDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Headless {
  bridge: Bridge;
  core: AppCore;
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
  const core = new AppCore({
    dbFile,
    keyStore,
    shell: 'headless',
    version: APP_VERSION,
    ...(idle > 0 ? { idleLockSecondsOverride: idle } : {}),
  });
  // No installer here: the log folder sits beside the database, and "Open log folder" returns its path.
  core.machine = {
    dataDirSource: 'custom',
    logDir: path.join(path.dirname(dbFile), 'logs'),
    migration: { state: 'none' },
    updateSource: null,
  };
  // No installer here: the log folder sits beside the database, and "Open log folder" returns its path.
  core.machine = {
    dataDirSource: 'custom',
    logDir: path.join(path.dirname(dbFile), 'logs'),
    migration: { state: 'none' },
    updateSource: null,
  };
  core.start();
  const backups = new BackupScheduler(core);
  backups.start();
  // Shorter sync intervals for demonstrations and end-to-end tests.
  const syncMs = Number(env.PRIVACY_DESK_SYNC_INTERVAL_MS);
  core.sync = new SyncRunner(core, syncMs > 0 ? { intervalMs: syncMs, retryBaseMs: syncMs } : {});
  const bridge = await startBridge({
    port: opts.port ?? 0,
    rendererDir: opts.rendererDir ?? path.join(__dirname, 'renderer'),
    handle: (name, input, sessionToken, source) =>
      dispatch(HANDLERS, name, input, { core, source, ...(sessionToken ? { sessionToken } : {}) }, logError),
  });
  return {
    bridge,
    core,
    close: async () => {
      backups.stop();
      await core.sync?.stop();
      await bridge.close();
      core.close();
    },
  };
}
