// A reader worker: one read-only encrypted connection (query_only, WAL snapshots) that runs the
// contract's pure reads after the core worker's gate has passed them, and the read side of long
// maintenance (VACUUM INTO). It never sees a session: only the call, the actor and the parsed input.
import { parentPort, workerData } from 'node:worker_threads';
import { CONTRACT, isCallName } from '../../common/contract';
import type { CallSpec, Role } from '../../common/contract/define';
import { PdError } from '../../common/errors';
import type { AppCore } from '../app/core';
import type { CallContext } from '../app/dispatch';
import { HANDLERS } from '../app/handlers';
import { collectViews } from '../app/viewed';
import { logError } from '../core/log';
import { Server } from '../sql/server';
import { Rpc, type RpcPort } from './rpc';
import type { ReadRequest } from './protocol';
import { loadExtensions } from './extensions';
import type { ComposedLetter } from '../../common/letters/compose';
import { prepareDocx, type DocxOptions } from '../letters';

export interface ReaderInit {
  file: string;
  key: Uint8Array;
  /** One Int32 per reader: set to 1 once its connection is closed (the pool waits on it). */
  closed: SharedArrayBuffer;
  index: number;
  extensions: string[];
}

const init = workerData as ReaderInit;
const port = parentPort as unknown as RpcPort & { on(e: 'message', l: (m: unknown) => void): void };
let server: Server | null = Server.openReader({ file: init.file, key: Buffer.from(init.key) });
loadExtensions(init.extensions);

function db(): Server {
  if (!server) throw new PdError('DB_NOT_OPEN');
  return server;
}

// Pure-read handlers use the database and nothing else of the core.
const readerCore = { db, isOpen: true } as unknown as AppCore;

const rpc = new Rpc(port, (op, e) => logError(`reader ${op}`, e));

rpc.handle<ReadRequest>('call', (r, job) => {
  if (!isCallName(r.name) || !(CONTRACT[r.name] as CallSpec).reads)
    throw new PdError('INTERNAL', { reason: 'not_a_pure_read' });
  const ctx: CallContext = {
    core: readerCore,
    actor: r.actor,
    role: r.role as Role | null,
    source: r.source,
    signal: job.signal,
    cancelled: job.cancelled,
    progress: job.progress,
  };
  const handler = HANDLERS[r.name] as (input: unknown, ctx: CallContext) => unknown;
  return collectViews(() => handler(r.input, ctx));
});

/** The background integrity check (core-worker.ts): 'ok', or the first problem SQLite names. */
rpc.handle('quickCheck', () => {
  try {
    return String(db().db.pragma('quick_check(1)', { simple: true }));
  } catch (e) {
    // A page that does not decrypt or parse is damage too, not a failed check.
    const code = (e as { code?: string }).code ?? '';
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return code;
    throw e;
  }
});

/** A letter's DOCX for the writer (Offload.renderDocx): no database, only this thread's heap. */
rpc.handle<{ letter: ComposedLetter; opts: DocxOptions }>('renderDocx', async ({ letter, opts }) =>
  (await prepareDocx(letter, opts)).toParts(),
);

/** The checkpointer's job (checkpointer.ts): allowed under query_only, it changes no content. */
rpc.handle('checkpoint', () => db().db.pragma('wal_checkpoint(PASSIVE)'));

/** VACUUM INTO writes only the new file, but SQLite refuses it under query_only: lifted for it alone. */
rpc.handle<{ target: string }>('vacuumInto', ({ target }) => {
  const conn = db().db;
  conn.pragma('query_only = OFF');
  try {
    conn.prepare('VACUUM INTO ?').run(target);
  } finally {
    conn.pragma('query_only = ON');
  }
  return true;
});

port.on('message', (m) => {
  if ((m as { t?: string })?.t !== 'close') return;
  server?.close();
  server = null;
  const cell = new Int32Array(init.closed);
  Atomics.store(cell, init.index, 1);
  Atomics.notify(cell, init.index);
});
