// The core worker (dist/core-worker.cjs): the AppCore, its sessions, the dispatch gate and the one
// writer connection, off the thread that draws the window (Electron main) or serves HTTP (the
// headless shell). Pure reads go on to the reader pool; the rest runs here on the writer.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CONTRACT, isCallName, type CallResult } from '../../common/contract';
import type { CallSpec } from '../../common/contract/define';
import { BackupScheduler } from '../app/backups';
import { AppCore } from '../app/core';
import { PdError } from '../../common/errors';
import { dispatch, type Offload, type ReadRunner } from '../app/dispatch';
import { HANDLERS } from '../app/handlers';
import type { MachineHost } from '../app/machine';
import { SyncRunner } from '../app/sync-runner';
import type { KeyStore } from '../core/keystore';
import type { AuditInput } from '../sql/audit';
import { configureLogFile, logError } from '../core/log';
import { readSyncSettings } from '../sync';
import { loadExtensions } from './extensions';
import { fetchThroughHost } from './host-fetch';
import type { CallRequest, CoreFacts, CoreInit } from './protocol';
import { Checkpointer, WRITER_AUTOCHECKPOINT_PAGES } from './checkpointer';
import { IndexMerges } from '../app/index-merges';
import { mergeMailIndexStep } from '../mailroom';
import { ReaderPool } from './reader-pool';
import { Rpc, type RpcPort } from './rpc';
import { syncBridgeClient } from './sync-bridge';
import { PreparedDocx, type PreparedDocxParts } from '../letters';

const init = workerData as CoreInit;
if (init.logDir) configureLogFile({ dir: init.logDir });
loadExtensions(init.extensions);
const rpc = new Rpc(parentPort as unknown as RpcPort, (op, e) => logError(`core ${op}`, e));
const ask = syncBridgeClient(init.bridge);

// The key store stays with the host (Electron seals the key with safeStorage in the main process).
const keyStore: KeyStore = {
  kind: init.keyStoreKind,
  exists: () => ask<boolean>('key.exists'),
  load: () => Buffer.from(ask<Uint8Array>('key.load')),
  save: (key) => void ask('key.save', new Uint8Array(key)),
};

const core = new AppCore({
  deferQuickCheck: init.readers > 0,
  dbFile: init.dbFile,
  keyStore,
  shell: init.shell,
  version: init.version,
  ...(init.idleLockSecondsOverride ? { idleLockSecondsOverride: init.idleLockSecondsOverride } : {}),
});

if (init.machine) {
  const machine: MachineHost = { ...init.machine };
  if (init.host.openFolder) machine.openFolder = (dir) => rpc.request<string>('openFolder', dir);
  if (init.host.checkForUpdates) machine.checkForUpdates = () => rpc.request('checkForUpdates', null);
  if (init.host.savePdf) machine.savePdf = (fileName) => rpc.request('savePdf', fileName);
  core.machine = machine;
}

/** The facts last published (they go out only when they change); set before the core starts. */
let lastFacts = '';
let readers: ReaderPool | null = null;
let integrity: ReaderPool | null = null;
let checkpoints: Checkpointer | null = null;
let merges: IndexMerges | null = null;
core.onChange((event) => {
  merges?.close();
  merges = event === 'opened' ? new IndexMerges(() => core.db().maintain(mergeMailIndexStep)) : null;
  readers?.closeNow();
  readers = null;
  integrity?.closeNow();
  integrity = null;
  checkpoints?.close();
  checkpoints = null;
  if (event !== 'opened' || init.readers <= 0) return;
  const pool = (size: number, closeWaitMs?: number) =>
    new ReaderPool({
      size,
      file: init.dbFile,
      key: keyStore.load(),
      workerFile: path.join(__dirname, 'reader-worker.cjs'),
      extensions: init.extensions,
      ...(closeWaitMs !== undefined ? { closeWaitMs } : {}),
    });
  readers = pool(init.readers);
  checkpoints = new Checkpointer(pool(1, 1000));
  core.db().db.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  checkIntegrity(pool(1, 1000));
});

/**
 * quick_check on a reader of its own, so the readers that serve the window stay free; a file
 * found damaged closes the database (AppCore.integrityFailed) and the window learns it from its
 * next call. A check cut short by closing or a restore proves nothing either way.
 */
function checkIntegrity(pool: ReaderPool): void {
  integrity = pool;
  publishFacts();
  pool
    .run<string>('quickCheck', null)
    .then((result) => {
      if (integrity !== pool || result === 'ok') return;
      logError('integrity check', new PdError('DB_CORRUPT'));
      core.integrityFailed();
      publishFacts();
    })
    .catch((e: unknown) => {
      if (integrity === pool) logError('integrity check', e);
    })
    .finally(() => {
      if (integrity !== pool) return;
      integrity = null;
      pool.closeNow();
      publishFacts();
    });
}

const runRead: ReadRunner = async (name, input, ctx) => {
  if (!readers) throw new PdError('DB_NOT_OPEN');
  // A long read (the year report) is cancelled and reports progress on the reader.
  const { value, views } = await readers.run<{ value: unknown; views: AuditInput[] }>(
    'call',
    { name, input, actor: ctx.actor, role: ctx.role, source: ctx.source },
    { signal: ctx.signal, onProgress: ctx.progress },
  );
  // Cancelled while it ran, the answer never leaves: nothing seen, nothing to record.
  if (ctx.signal?.aborted) throw new PdError('CANCELLED');
  // Who saw what, written before the answer leaves (see collectViews): a short write, not the read.
  if (views.length) core.db().write(ctx.actor, (tx) => views.forEach((v) => tx.audit(v)));
  return value;
};

const offload: Offload = {
  vacuumInto: async (target, signal) => {
    if (!readers) throw new PdError('DB_NOT_OPEN');
    await readers.run('vacuumInto', { target }, { signal });
  },
  renderDocx: async (letter, opts) => {
    if (!readers) throw new PdError('DB_NOT_OPEN');
    return PreparedDocx.fromParts(await readers.run<PreparedDocxParts>('renderDocx', { letter, opts }));
  },
};

core.start();
// Scheduled backups make their copy on a reader too.
const backups = new BackupScheduler(
  core,
  init.readers > 0 ? (tmp, signal) => offload.vacuumInto(tmp, signal) : undefined,
);
backups.start();
core.sync = new SyncRunner(core, {
  ...(init.host.fetch ? { fetch: fetchThroughHost(rpc) } : {}),
  ...(init.host.isOnline ? { isOnline: () => ask<boolean>('net.isOnline') } : {}),
  ...(init.sync.intervalMs ? { intervalMs: init.sync.intervalMs } : {}),
  ...(init.sync.retryBaseMs ? { retryBaseMs: init.sync.retryBaseMs } : {}),
});

function facts(): CoreFacts {
  let centralUrl: string | null = null;
  try {
    centralUrl = core.isOpen ? readSyncSettings(core.db()).centralUrl : null;
  } catch (e) {
    logError('core facts', e);
  }
  return { state: core.state(), centralUrl, integrityChecking: integrity !== null };
}

function publishFacts(): void {
  const f = facts();
  const json = JSON.stringify(f);
  if (json === lastFacts) return;
  lastFacts = json;
  rpc.emit('facts', f);
}

rpc.handle<CallRequest>('call', async (req, job): Promise<CallResult<unknown>> => {
  const result = await dispatch(
    HANDLERS,
    req.name,
    req.input,
    {
      core,
      ...(req.sessionToken ? { sessionToken: req.sessionToken } : {}),
      ...(req.source ? { source: req.source } : {}),
      signal: job.signal,
      cancelled: job.cancelled,
      progress: job.progress,
      ...(readers ? { runRead, offload } : {}),
    },
    logError,
  );
  // Reads write too (who saw what); a checkpoint after nothing new costs a look at the WAL index.
  checkpoints?.poke();
  if (!(isCallName(req.name) && (CONTRACT[req.name] as CallSpec).reads)) merges?.poke();
  publishFacts();
  return result;
});

rpc.handle('facts', () => facts());

/** Tests: wait for the background sync's current pass. */
rpc.handle('sync.runOnce', async () => {
  await core.sync?.current?.runOnce();
  return true;
});

/** Tests: the index merges and the checkpoint that follow the last write, ended. */
rpc.handle('checkpoint.flush', async () => {
  merges?.flush();
  await checkpoints?.flush();
  return true;
});

rpc.handle('close', async () => {
  backups.stop();
  await core.sync?.stop();
  core.close();
  return true;
});

publishFacts();
rpc.emit('ready', facts());
