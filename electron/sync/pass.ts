// One sync pass: probe central, send the outbox in batches until nothing is sendable, pull action
// results. Used by the background service and by `privacy-desk sync run`.
//
// Crash safety: an event becomes `delivered` only in the transaction that applies central's answer,
// and central dedupes by event id permanently. Killed before the answer is applied (even after
// central committed), the desk simply sends the same events again, with the same event ids, and
// central answers `duplicate`, which counts as delivered. Nothing is lost, nothing is doubled.
import {
  SYNC_DEFAULT_BATCH_SIZE,
  SYNC_MAX_BATCH_SIZE,
  SYNC_SKEW_WARNING_MS,
  type WireEvent,
} from '../../common/sync/protocol';
import type { SyncState } from '../../common/sync/status';
import type { Server } from '../sql/server';
import {
  applyAnswers,
  getSyncSettings,
  getSyncState,
  markAttempted,
  selectSendable,
  storeResults,
  syncCounts,
  updateSyncState,
  type AnswerToApply,
  type SyncOutboxEvent,
} from './sql/sync';
import { currentHead, lastAnchoredSeq, storeReceipt } from '../sql/audit-anchors';
import { DEFAULT_BACKOFF, retryDelay, sleep, SyncAborted, type BackoffOptions } from './backoff';
import { CentralClient, type Exchange, type FetchLike } from './client';
import { SyncFailure, type FailureKind } from './errors';

export const SYNC_ACTOR = 'sync';
const RESULTS_PAGE = 200;

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

function toWire(e: SyncOutboxEvent): WireEvent {
  return {
    eventId: e.eventId,
    seq: e.seq,
    type: e.eventType,
    recordType: e.recordType,
    recordId: e.recordId,
    occurredAt: e.createdAt,
    payload: e.payload,
  };
}

function clampBatch(n: number | null | undefined): number {
  if (!n || !Number.isFinite(n)) return SYNC_DEFAULT_BATCH_SIZE;
  return Math.max(1, Math.min(SYNC_MAX_BATCH_SIZE, Math.floor(n)));
}

export async function runSyncPass(server: Server, opts: SyncPassOptions = {}): Promise<SyncPassResult> {
  const actor = opts.actor ?? SYNC_ACTOR;
  const settings = server.read((db) => getSyncSettings(db));
  const centralUrl = opts.centralUrl ?? settings.centralUrl;
  const token = opts.token ?? settings.token;
  const batchSize = clampBatch(opts.batchSize ?? settings.batchSize);
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...opts.backoff };
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
  const signal = opts.signal;
  const progress = opts.onProgress ?? (() => {});

  const tally = {
    sent: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    batches: 0,
    retries: 0,
    resultsPulled: 0,
  };
  let contacted = false;
  let client: CentralClient | undefined;

  const finish = (state: SyncState, failure?: SyncFailure): SyncPassResult => {
    const now = server.now().toISOString();
    const skew = client?.lastSkewMs ?? null;
    // Nothing to record while sync cannot even start: an idle desk should not rewrite its file.
    const idle =
      (state === 'not_configured' || state === 'offline') && getSyncState(server.db).lastState === state;
    if (!idle)
      updateSyncState(server.db, {
        lastState: state,
        lastError: failure?.code ?? null,
        lastAttemptAt: now,
        ...(contacted ? { lastContactAt: now } : {}),
        ...(state === 'up_to_date' ? { lastSyncAt: now } : {}),
        ...(skew !== null ? { clockSkewMs: skew, skewMeasuredAt: now } : {}),
      });
    const counts = server.read((db) => syncCounts(db));
    const clockSkewMs = skew ?? server.read((db) => getSyncState(db).clockSkewMs);
    return {
      state,
      error: failure?.code ?? null,
      ...tally,
      pending: counts.pending,
      heldBack: counts.heldBack,
      needsAttention: counts.rejected,
      clockSkewMs,
      skewWarning: clockSkewMs !== null && Math.abs(clockSkewMs) > SYNC_SKEW_WARNING_MS,
      ...(failure?.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    };
  };

  if (!centralUrl || !token)
    return finish('not_configured', new SyncFailure('not_configured', 'no_central', false));
  if (opts.isOnline && !opts.isOnline())
    return finish('offline', new SyncFailure('offline', 'os_offline', true));

  /** One request with retries: transient failures back off (full jitter, Retry-After as a floor). */
  const withRetry = async <T>(fn: () => Promise<Exchange<T>>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fn();
        contacted = true;
        return r.value;
      } catch (e) {
        if (!(e instanceof SyncFailure)) throw e;
        if (e.status !== undefined) contacted = true;
        if (!e.retryable || attempt + 1 >= maxAttempts) throw e;
        if (opts.isOnline && !opts.isOnline()) throw new SyncFailure('offline', 'os_offline', true);
        const delayMs = retryDelay(attempt, backoff, e.retryAfterMs, {
          ...(opts.random ? { random: opts.random } : {}),
          ...(opts.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: opts.maxRetryAfterMs } : {}),
        });
        tally.retries++;
        progress({
          type: 'retry',
          attempt: attempt + 1,
          delayMs,
          kind: e.kind,
          code: e.code,
          ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}),
        });
        await sleep(delayMs, signal);
      }
    }
  };

  try {
    client = new CentralClient({
      baseUrl: centralUrl,
      token,
      deskId: server.deskId,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
      now: () => server.now().getTime(),
    });
    const c = client;

    const health = await withRetry(() => c.health(signal));
    const anchoring = health.anchoring !== undefined;
    progress({ type: 'probe', ok: true });

    for (;;) {
      if (signal?.aborted) throw new SyncAborted();
      const batch = server.read((db) => selectSendable(db, batchSize));
      if (batch.length === 0) break;
      const firstSeq = batch[0]!.seq;
      const lastSeq = batch.at(-1)!.seq;
      markAttempted(
        server.db,
        batch.map((e) => e.seq),
        server.now(),
      );
      progress({ type: 'sending', size: batch.length, firstSeq, lastSeq });
      const wire = batch.map(toWire);
      // Each batch carries the audit chain head; central's signed receipt is kept with the answers.
      const head = server.read((db) => currentHead(db));
      const answer = await withRetry(() => c.push(wire, signal, anchoring ? head : undefined));

      const seqOf = new Map(batch.map((e) => [e.eventId, e]));
      const answers: AnswerToApply[] = [];
      for (const a of answer.results) {
        const ev = seqOf.get(a.eventId);
        if (!ev) continue;
        seqOf.delete(a.eventId);
        answers.push({
          seq: ev.seq,
          status: a.status,
          ...(a.reason !== undefined ? { reason: a.reason } : {}),
          ...(a.detail !== undefined ? { detail: a.detail } : {}),
        });
      }
      if (answers.length === 0) throw new SyncFailure('server_error', 'incomplete_answer', false);
      const bySeq = new Map(batch.map((e) => [e.seq, e]));
      const applied = server.write(actor, (tx) => {
        const r = applyAnswers(tx.db, answers, actor, tx.now);
        if (answer.anchor) storeReceipt(tx.db, head, server.deskId, answer.anchor);
        tx.audit({
          action: 'sync.delivered',
          entityType: 'sync',
          entityId: server.deskId,
          summary: `batch of ${batch.length} (seq ${firstSeq}-${lastSeq}): ${r.accepted} accepted, ${r.duplicates} duplicate, ${r.rejected} rejected${r.skipped ? `, ${r.skipped} already settled` : ''}${seqOf.size ? `, ${seqOf.size} unanswered` : ''}`,
        });
        for (const a of answers) {
          if (a.status !== 'rejected') continue;
          const ev = bySeq.get(a.seq)!;
          tx.audit({
            action: 'sync.rejected',
            entityType: ev.recordType,
            entityId: ev.recordId,
            summary: `event ${ev.seq} (${ev.eventType}) rejected by central: ${a.reason ?? 'unspecified'}`,
          });
        }
        return r;
      });
      tally.batches++;
      tally.sent += answers.length;
      tally.accepted += applied.accepted;
      tally.duplicates += applied.duplicates;
      tally.rejected += applied.rejected;
      progress({
        type: 'batch',
        size: batch.length,
        accepted: applied.accepted,
        duplicates: applied.duplicates,
        rejected: applied.rejected,
        firstSeq,
        lastSeq,
      });
    }

    // The head after the last batch (or after entries written since the last pass) is anchored
    // on its own; storing the receipt writes no audit entry, so an idle desk stays idle.
    const tail = server.read((db) => ({ head: currentHead(db), anchored: lastAnchoredSeq(db) }));
    if (anchoring && tail.head.seq > tail.anchored) {
      try {
        const got = await withRetry(() => c.anchor(tail.head, signal));
        if (got.anchor)
          server.db.transaction(() => storeReceipt(server.db, tail.head, server.deskId, got.anchor))();
      } catch (e) {
        // Best effort: a central without anchors (or a failure here) leaves the tail unanchored,
        // which `db verify` reports; the events themselves were delivered.
        if (!(e instanceof SyncFailure)) throw e;
      }
    }

    if (opts.pullResults !== false) {
      for (;;) {
        if (signal?.aborted) throw new SyncAborted();
        const cursor = server.read((db) => getSyncState(db).resultsCursor);
        const page = await withRetry(() => c.results(cursor, RESULTS_PAGE, signal));
        if (page.results.length === 0) break;
        const fresh = server.write(actor, (tx) => {
          const f = storeResults(tx.db, page.results, page.nextCursor, tx.now);
          tx.audit({
            action: 'sync.results',
            entityType: 'sync',
            entityId: server.deskId,
            summary: `${page.results.length} action results received from central (${f.length} new)`,
          });
          for (const r of f) {
            tx.audit({
              action: 'sync.result',
              entityType: r.recordType,
              entityId: r.recordId,
              summary: `central reports ${r.action} ${r.status} at ${r.executedAt} (action ${r.actionId})`,
            });
          }
          return f;
        });
        tally.resultsPulled += fresh.length;
        progress({ type: 'results', count: page.results.length, fresh: fresh.length });
        if (page.results.length < RESULTS_PAGE || page.nextCursor === cursor) break;
      }
    }
    return finish('up_to_date');
  } catch (e) {
    if (e instanceof SyncFailure) return finish(e.kind, e);
    throw e;
  }
}
