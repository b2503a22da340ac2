// The steps of one sync pass (./pass.ts runs them in order): the shared state of a pass — its
// tally, whether central answered, the retry policy — and one method per step.
import { SYNC_SKEW_WARNING_MS, type WireEvent } from '../../common/sync/protocol';
import type { SyncState } from '../../common/sync/status';
import type { Server } from '../sql/server';
import {
  applyAnswers,
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
import { CentralClient, type Exchange } from './client';
import { SyncFailure } from './errors';
import type { SyncPassOptions, SyncPassResult, SyncProgress } from './pass';

export const SYNC_ACTOR = 'sync';
const RESULTS_PAGE = 200;

function toWire(e: SyncOutboxEvent): WireEvent {
  const { eventId, seq, eventType: type, recordType, recordId, createdAt: occurredAt, payload } = e;
  return { eventId, seq, type, recordType, recordId, occurredAt, payload };
}

type Tally = Pick<
  SyncPassResult,
  'sent' | 'accepted' | 'duplicates' | 'rejected' | 'batches' | 'retries' | 'resultsPulled'
>;

type PushAnswer = Awaited<ReturnType<CentralClient['push']>>['value'];

export class PassRun {
  readonly tally: Tally = {
    sent: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    batches: 0,
    retries: 0,
    resultsPulled: 0,
  };
  private contacted = false;
  private client: CentralClient | undefined;
  private readonly actor: string;
  private readonly backoff: BackoffOptions;
  private readonly maxAttempts: number;
  readonly progress: (p: SyncProgress) => void;

  constructor(
    private readonly server: Server,
    private readonly opts: SyncPassOptions,
    private readonly batchSize: number,
  ) {
    this.actor = opts.actor ?? SYNC_ACTOR;
    this.backoff = { ...DEFAULT_BACKOFF, ...opts.backoff };
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
    this.progress = opts.onProgress ?? (() => {});
  }

  connect(baseUrl: string, token: string): CentralClient {
    const { server, opts } = this;
    this.client = new CentralClient({
      baseUrl,
      token,
      deskId: server.deskId,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
      now: () => server.now().getTime(),
    });
    return this.client;
  }

  /** Records how the pass ended and answers the result with the outbox counts after it. */
  finish(state: SyncState, failure?: SyncFailure): SyncPassResult {
    const { server } = this;
    const now = server.now().toISOString();
    const skew = this.client?.lastSkewMs ?? null;
    // Nothing to record while sync cannot even start: an idle desk should not rewrite its file.
    const idle =
      (state === 'not_configured' || state === 'offline') && getSyncState(server.db).lastState === state;
    if (!idle)
      updateSyncState(server.db, {
        lastState: state,
        lastError: failure?.code ?? null,
        lastAttemptAt: now,
        ...(this.contacted ? { lastContactAt: now } : {}),
        ...(state === 'up_to_date' ? { lastSyncAt: now } : {}),
        ...(skew !== null ? { clockSkewMs: skew, skewMeasuredAt: now } : {}),
      });
    const counts = server.read((db) => syncCounts(db));
    const clockSkewMs = skew ?? server.read((db) => getSyncState(db).clockSkewMs);
    return {
      state,
      error: failure?.code ?? null,
      ...this.tally,
      pending: counts.pending,
      heldBack: counts.heldBack,
      needsAttention: counts.rejected,
      clockSkewMs,
      skewWarning: clockSkewMs !== null && Math.abs(clockSkewMs) > SYNC_SKEW_WARNING_MS,
      ...(failure?.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    };
  }

  /** One request with retries: transient failures back off (full jitter, Retry-After as a floor). */
  async withRetry<T>(fn: () => Promise<Exchange<T>>): Promise<T> {
    const { opts } = this;
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fn();
        this.contacted = true;
        return r.value;
      } catch (e) {
        if (!(e instanceof SyncFailure)) throw e;
        if (e.status !== undefined) this.contacted = true;
        if (!e.retryable || attempt + 1 >= this.maxAttempts) throw e;
        if (opts.isOnline && !opts.isOnline()) throw new SyncFailure('offline', 'os_offline', true);
        const delayMs = retryDelay(attempt, this.backoff, e.retryAfterMs, {
          ...(opts.random ? { random: opts.random } : {}),
          ...(opts.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: opts.maxRetryAfterMs } : {}),
        });
        this.tally.retries++;
        this.progress({
          type: 'retry',
          attempt: attempt + 1,
          delayMs,
          kind: e.kind,
          code: e.code,
          ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}),
        });
        await sleep(delayMs, opts.signal);
      }
    }
  }

  /** Sends the next batch of the outbox and applies central's answers; false when none was left. */
  async sendBatch(c: CentralClient, anchoring: boolean): Promise<boolean> {
    const { server, opts } = this;
    if (opts.signal?.aborted) throw new SyncAborted();
    const batch = server.read((db) => selectSendable(db, this.batchSize));
    if (batch.length === 0) return false;
    const firstSeq = batch[0]!.seq;
    const lastSeq = batch.at(-1)!.seq;
    markAttempted(
      server.db,
      batch.map((e) => e.seq),
      server.now(),
    );
    this.progress({ type: 'sending', size: batch.length, firstSeq, lastSeq });
    const wire = batch.map(toWire);
    // Each batch carries the audit chain head; central's signed receipt is kept with the answers.
    const head = server.read((db) => currentHead(db));
    const answer = await this.withRetry(() => c.push(wire, opts.signal, anchoring ? head : undefined));
    const { answers, unanswered } = matchAnswers(batch, answer);
    if (answers.length === 0) throw new SyncFailure('server_error', 'incomplete_answer', false);
    const applied = server.write(this.actor, (tx) => {
      const r = applyAnswers(tx.db, answers, this.actor, tx.now);
      if (answer.anchor) storeReceipt(tx.db, head, server.deskId, answer.anchor);
      tx.audit({
        action: 'sync.delivered',
        entityType: 'sync',
        entityId: server.deskId,
        summary: `batch of ${batch.length} (seq ${firstSeq}-${lastSeq}): ${r.accepted} accepted, ${r.duplicates} duplicate, ${r.rejected} rejected${r.skipped ? `, ${r.skipped} already settled` : ''}${unanswered ? `, ${unanswered} unanswered` : ''}`,
      });
      const bySeq = new Map(batch.map((e) => [e.seq, e]));
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
    const t = this.tally;
    t.batches++;
    t.sent += answers.length;
    t.accepted += applied.accepted;
    t.duplicates += applied.duplicates;
    t.rejected += applied.rejected;
    const { accepted, duplicates, rejected } = applied;
    this.progress({ type: 'batch', size: batch.length, accepted, duplicates, rejected, firstSeq, lastSeq });
    return true;
  }

  /**
   * The head after the last batch (or after entries written since the last pass) is anchored on
   * its own; storing the receipt writes no audit entry, so an idle desk stays idle.
   */
  async anchorTail(c: CentralClient): Promise<void> {
    const { server } = this;
    const tail = server.read((db) => ({ head: currentHead(db), anchored: lastAnchoredSeq(db) }));
    if (tail.head.seq <= tail.anchored) return;
    try {
      const got = await this.withRetry(() => c.anchor(tail.head, this.opts.signal));
      if (got.anchor)
        server.db.transaction(() => storeReceipt(server.db, tail.head, server.deskId, got.anchor))();
    } catch (e) {
      // Best effort: a central without anchors (or a failure here) leaves the tail unanchored,
      // which `db verify` reports; the events themselves were delivered.
      if (!(e instanceof SyncFailure)) throw e;
    }
  }

  /** Pulls one page of action results; false when there is nothing more to pull. */
  async pullResultsPage(c: CentralClient): Promise<boolean> {
    const { server, opts } = this;
    if (opts.signal?.aborted) throw new SyncAborted();
    const cursor = server.read((db) => getSyncState(db).resultsCursor);
    const page = await this.withRetry(() => c.results(cursor, RESULTS_PAGE, opts.signal));
    if (page.results.length === 0) return false;
    const fresh = server.write(this.actor, (tx) => {
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
    this.tally.resultsPulled += fresh.length;
    this.progress({ type: 'results', count: page.results.length, fresh: fresh.length });
    return page.results.length >= RESULTS_PAGE && page.nextCursor !== cursor;
  }
}

/** Central's answers for the events of this batch (others ignored), and how many went unanswered. */
function matchAnswers(
  batch: SyncOutboxEvent[],
  answer: PushAnswer,
): { answers: AnswerToApply[]; unanswered: number } {
  const byId = new Map(batch.map((e) => [e.eventId, e]));
  const answers: AnswerToApply[] = [];
  for (const a of answer.results) {
    const ev = byId.get(a.eventId);
    if (!ev) continue;
    byId.delete(a.eventId);
    answers.push({
      seq: ev.seq,
      status: a.status,
      ...(a.reason !== undefined ? { reason: a.reason } : {}),
      ...(a.detail !== undefined ? { detail: a.detail } : {}),
    });
  }
  return { answers, unanswered: byId.size };
}
