// One sync pass: probe central, send the outbox in batches until nothing is sendable, pull action
// results. Used by the background service and by `privacy-desk sync run`.
//
// Crash safety: an event becomes `delivered` only in the transaction that applies central's answer,
// and central dedupes by event id permanently. Killed before the answer is applied (even after
// central committed), the desk simply sends the same events again, with the same event ids, and
// central answers `duplicate`, which counts as delivered. Nothing is lost, nothing is doubled.
import { SYNC_DEFAULT_BATCH_SIZE, SYNC_MAX_BATCH_SIZE } from '../../common/sync/protocol';
import type { SyncState } from '../../common/sync/status';
import type { Server } from '../sql/server';
import { getSyncSettings } from './sql/sync';
import type { BackoffOptions } from './backoff';
import type { FetchLike } from './client';
import { SyncFailure, type FailureKind } from './errors';
import { PassRun } from './pass-run';

export { SYNC_ACTOR } from './pass-run';

export interface SyncPassOptions {
  /** Default: the `sync.centralUrl` setting. */
  centralUrl?: string;
  /** Default: the `sync.token` setting. */
  token?: string;
  /** Default: Node's global fetch. The Electron adapter passes net.fetch. */
  fetch?: FetchLike;
  /** When it returns false the pass does not touch the network (state `offline`). */
  isOnline?: () => boolean;
  /** Default: the `sync.batchSize` setting, else 100. */
  batchSize?: number;
  /** Whole-request timeout, default 30 s. */
  timeoutMs?: number;
  backoff?: Partial<BackoffOptions>;
  /** Attempts per request before the pass gives up (1 = no retry). Default 5. */
  maxAttempts?: number;
  /** Longest Retry-After honoured within a pass; default 10 minutes. */
  maxRetryAfterMs?: number;
  random?: () => number;
  /** Cancels the pass (SyncAborted is thrown); nothing half-done is recorded. */
  signal?: AbortSignal;
  /** Audit actor; default 'sync'. */
  actor?: string;
  /** Pull action results after sending (default true). */
  pullResults?: boolean;
  onProgress?: (p: SyncProgress) => void;
}

export type SyncProgress =
  | { type: 'probe'; ok: true }
  | { type: 'sending'; size: number; firstSeq: number; lastSeq: number }
  | {
      type: 'batch';
      size: number;
      accepted: number;
      duplicates: number;
      rejected: number;
      firstSeq: number;
      lastSeq: number;
    }
  | {
      type: 'retry';
      attempt: number;
      delayMs: number;
      kind: FailureKind;
      code: string;
      retryAfterMs?: number;
    }
  | { type: 'results'; count: number; fresh: number };

export interface SyncPassResult {
  state: SyncState;
  /** Machine code of the failure that ended the pass, null on success. */
  error: string | null;
  /** Events in batches central answered (accepted + duplicates + rejected). */
  sent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Batches answered. */
  batches: number;
  /** Requests retried after a transient failure. */
  retries: number;
  resultsPulled: number;
  /** After the pass. */
  pending: number;
  heldBack: number;
  needsAttention: number;
  clockSkewMs: number | null;
  skewWarning: boolean;
  /** Retry-After of the failure that ended the pass, if central sent one. */
  retryAfterMs?: number;
}

function clampBatch(n: number | null | undefined): number {
  if (!n || !Number.isFinite(n)) return SYNC_DEFAULT_BATCH_SIZE;
  return Math.max(1, Math.min(SYNC_MAX_BATCH_SIZE, Math.floor(n)));
}

export async function runSyncPass(server: Server, opts: SyncPassOptions = {}): Promise<SyncPassResult> {
  const settings = server.read((db) => getSyncSettings(db));
  const centralUrl = opts.centralUrl ?? settings.centralUrl;
  const token = opts.token ?? settings.token;
  const pass = new PassRun(server, opts, clampBatch(opts.batchSize ?? settings.batchSize));
  if (!centralUrl || !token)
    return pass.finish('not_configured', new SyncFailure('not_configured', 'no_central', false));
  // Paused by the administrator: only an address given for this pass (the CLI's --central) runs.
  if (settings.paused && !opts.centralUrl)
    return pass.finish('not_configured', new SyncFailure('not_configured', 'paused', false));
  if (opts.isOnline && !opts.isOnline())
    return pass.finish('offline', new SyncFailure('offline', 'os_offline', true));
  try {
    const client = pass.connect(centralUrl, token);
    const health = await pass.withRetry(() => client.health(opts.signal));
    const anchoring = health.anchoring !== undefined;
    pass.progress({ type: 'probe', ok: true });
    while (await pass.sendBatch(client, anchoring));
    if (anchoring) await pass.anchorTail(client);
    if (opts.pullResults !== false) while (await pass.pullResultsPage(client));
    return pass.finish('up_to_date');
  } catch (e) {
    if (e instanceof SyncFailure) return pass.finish(e.kind, e);
    throw e;
  }
}
