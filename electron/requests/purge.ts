// The purge: once a request has closed with erasure and the retention period (setting
// requests.purgeRetentionDays, default 30 days) has passed, the desk's copy of the subject's
// personal data goes — the request's subject row, decision texts and notes, the linked incoming
// letters' sender, address, summary and notes, their scans and full-text rows, the replies'
// addressee and generated DOCX, and the identifying fields of outbox payloads already delivered.
// What stays is the tombstone (request number, type, dates, decision, legal basis) and the audit
// chain. The run is recorded with a report of what was removed (counts and numbers only), any
// feature's closing steps run (none of the desk's features needs one: the full-text rows are
// deleted by value with FTS5 secure-delete, migration 0018), and the WAL is checkpointed and
// truncated so the data leaves every file.
import type { PurgeReport, PurgedRequest } from '../../common/contract/requests';
import type { RequestType } from '../../common/requests/vocab';
import { PdError } from '../../common/errors';
import { checkPurgeFeatures, type PurgeFeature } from '../core/purge-pipeline';
import { getRequestRow, updateRequest } from './sql/requests';
import { insertHistory, listLetterLinks, requestsOfLetter } from './sql/records';
import {
  checkpointTruncate,
  insertPurgeRun,
  listPurgeRuns,
  purgeCandidates,
  sameSubjectRequests,
  updatePurgeReport,
} from './sql/purge';
import { repliesOf } from '../mailroom';
import { undeliveredEvents } from '../sql/outbox';
import type { Server, WriteTx } from '../sql/server';
import { getRequestSettings } from './settings';

/** What the requests feature is given by the app's composition (app/compose.ts). */
export interface RequestsDeps {
  /** The purge pipeline: every feature that holds a subject's data. */
  purge: readonly PurgeFeature[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

class DryRun extends Error {}

function add(totals: Record<string, number>, removed: Record<string, number>): void {
  for (const [k, v] of Object.entries(removed)) totals[k] = (totals[k] ?? 0) + v;
}

function purgeOne(
  tx: WriteTx,
  features: readonly PurgeFeature[],
  actor: string,
  requestId: string,
  inRun: ReadonlySet<string>,
  runId: number | null,
): PurgedRequest {
  const db = tx.db;
  const now = tx.now.toISOString();
  const r = getRequestRow(db, requestId)!;
  const removed: Record<string, number> = {};
  const links = listLetterLinks(db, requestId);
  const wipeLetters: number[] = [];
  const lettersKept: string[] = [];
  for (const l of links) {
    const others = requestsOfLetter(db, l.letterId).filter(
      (id) => id !== requestId && !inRun.has(id) && !getRequestRow(db, id)?.purgedAt,
    );
    if (others.length) lettersKept.push(l.incomingNo);
    else wipeLetters.push(l.letterId);
  }
  const sameSubjectElsewhere = sameSubjectRequests(db, requestId).filter((id) => !inRun.has(id));
  const replyRows = repliesOf(db, wipeLetters, requestId);
  const replyIds = [
    ...new Set([...replyRows.map((x) => x.id), ...features.flatMap((f) => f.replies?.(db, requestId) ?? [])]),
  ];
  const replyNos = new Map(replyRows.map((x) => [x.id, x.outgoingNo]));
  // Every feature purges its own tables: one pipeline, one transaction.
  for (const f of features)
    add(removed, f.purge({ tx, requestId, letterIds: wipeLetters, outgoingIds: replyIds, now }));
  updateRequest(db, requestId, { purgedAt: now, purgeId: runId, updatedAt: now });
  insertHistory(db, {
    requestId,
    at: now,
    actor,
    event: 'purged',
    fromState: r.state,
    toState: r.state,
    reasonCode: runId === null ? null : `purge:${runId}`,
    note: null,
  });
  const counts = Object.entries(removed)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  tx.audit({
    action: 'request.purged',
    entityType: 'request',
    entityId: requestId,
    summary: `personal data purged (run ${runId ?? 'dry'}): ${counts || 'nothing left'}${lettersKept.length ? `; letters kept for other requests: ${lettersKept.join(', ')}` : ''}`,
  });
  return {
    requestId,
    type: r.type as RequestType,
    closedAt: r.closedAt,
    letters: links.filter((l) => wipeLetters.includes(l.letterId)).map((l) => l.incomingNo),
    replies: replyIds.map((id) => replyNos.get(id) ?? String(id)),
    removed,
    lettersKept,
    sameSubjectElsewhere,
  };
}

/** How a purge runs: for real or as a dry run, and (in the core worker) cancellable with progress. */
export interface PurgeOptions {
  dryRun?: boolean;
  /**
   * Asked before each request is purged: true stops the run. Requests of the chunks already
   * committed stay purged (each whole, with its audit entry); the current chunk rolls back; the
   * run is recorded as cancelled with what it did, and the rest wait for the next run.
   */
  cancelled?: () => boolean;
  progress?: (p: { phase: 'purge'; done: number; total: number }) => void;
  /** Requests per transaction (default PURGE_CHUNK): other writes run between the chunks. */
  chunkSize?: number;
}

/**
 * Requests purged per transaction. A call that arrives waits for the chunk under way, and at a
 * million letters one request takes ~15 ms (its letters' rows leave the full-text index by FTS5's
 * secure delete, which rewrites the index pages that held each word and prefix): chunks of three
 * held the writer 50 ms at the median and 150 at p99, and the window's reads during a purge were
 * 3.4x slower at p99. One per transaction purges as many requests a second (the commit is cheap
 * beside the work).
 */
export const PURGE_CHUNK = 1;

/**
 * How often a running purge saves its report so far (its run row). Each purged request has its
 * own history entry and audit entry as it goes, so a run cut short by a crash loses nothing; the
 * report lists every request purged, and saving it with every chunk rewrote a report that grows
 * with the run: at 5,000 requests into a backlog it was 1.7 MB per chunk of three, and the purge
 * slowed to a request a second (calls bench, a million letters).
 */
const REPORT_EVERY_MS = 5_000;

interface PurgePlan {
  runAt: string;
  cutoff: string;
  retentionDays: number;
  due: string[];
  deferred: PurgeReport['deferred'];
}

function planPurge(db: WriteTx['db'], cutoff: string): Pick<PurgePlan, 'due' | 'deferred'> {
  const deferred: PurgeReport['deferred'] = [];
  const due: string[] = [];
  for (const c of purgeCandidates(db, cutoff)) {
    const pending = undeliveredEvents(db, 'request', c.id);
    if (pending.length)
      deferred.push({
        requestId: c.id,
        reason: 'events_undelivered',
        events: pending.map((e) => `${e.eventType}:${e.state}`),
      });
    else due.push(c.id);
  }
  return { due, deferred };
}

function buildReport(
  plan: PurgePlan,
  actor: string,
  id: number | null,
  purged: PurgedRequest[],
  ftsOptimized: string[],
): PurgeReport {
  const totals: Record<string, number> = { requests: purged.length, deferred: plan.deferred.length };
  for (const p of purged) add(totals, p.removed);
  return {
    id,
    runAt: plan.runAt,
    actor,
    dryRun: id === null,
    retentionDays: plan.retentionDays,
    cutoff: plan.cutoff,
    purged,
    deferred: plan.deferred,
    totals,
    ftsOptimized,
    checkpointed: id !== null && purged.length > 0,
  };
}

function auditRun(tx: WriteTx, report: PurgeReport, cancelled: boolean): void {
  const { purged, deferred, dryRun, retentionDays } = report;
  tx.audit({
    action: 'requests.purge_run',
    entityType: 'purge',
    entityId: report.id === null ? 'dry-run' : String(report.id),
    summary: `purge${dryRun ? ' (dry run)' : ''}${cancelled ? ' (cancelled)' : ''}: ${purged.length} requests purged (${purged.map((p) => p.requestId).join(', ') || 'none'}), ${deferred.length} deferred, retention ${retentionDays} days`,
  });
}

/** A dry run: the whole purge in one transaction that rolls back, so it shows exactly what a run would do. */
function dryRunPurge(
  server: Server,
  actor: string,
  plan0: Omit<PurgePlan, 'due' | 'deferred'>,
  features: readonly PurgeFeature[],
): PurgeReport {
  let report: PurgeReport | null = null;
  try {
    server.write(actor, (tx) => {
      const plan = { ...plan0, ...planPurge(tx.db, plan0.cutoff) };
      const inRun = new Set(plan.due);
      const purged = plan.due.map((id) => purgeOne(tx, features, actor, id, inRun, null));
      report = buildReport(plan, actor, null, purged, []);
      auditRun(tx, report, false);
      throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  if (!report) throw new Error('purge produced no report');
  return report;
}

/** One chunk in one transaction: its requests purged whole, and the run's report brought up to date. */
function purgeChunk(
  server: Server,
  actor: string,
  ctx: {
    plan: PurgePlan;
    runId: number;
    purged: PurgedRequest[];
    from: number;
    ids: string[];
    saveReport: boolean;
  },
  opts: PurgeOptions,
  features: readonly PurgeFeature[],
): PurgedRequest[] {
  const { plan, runId, from, ids } = ctx;
  return server.write(actor, (tx) => {
    // Only this chunk counts as "in the run": a letter shared with a request of a later chunk stays
    // until that request is purged (then its other requests are all purged, and it goes).
    const inRun = new Set(ids);
    const done = ids.map((id, i) => {
      if (opts.cancelled?.()) throw new PdError('CANCELLED');
      opts.progress?.({ phase: 'purge', done: from + i, total: plan.due.length });
      return purgeOne(tx, features, actor, id, inRun, runId);
    });
    if (ctx.saveReport)
      updatePurgeReport(tx.db, runId, buildReport(plan, actor, runId, [...ctx.purged, ...done], []));
    return done;
  });
}

/**
 * Runs the purges that are due (or shows them, with dryRun: nothing is written). `features` is the
 * pipeline app/compose.ts puts together: every feature that holds a subject's data. A real run
 * works in chunks of short transactions (see PURGE_CHUNK); a cancel between them leaves every
 * request either purged whole or untouched, and records the run as cancelled.
 */
export function runPurge(
  server: Server,
  actor: string,
  opts: PurgeOptions,
  features: readonly PurgeFeature[],
): PurgeReport {
  const steps = purgeSteps(server, actor, opts, features);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same run in turns: between two short transactions the core worker answers the calls that
 * came in meanwhile (without the turn, the run's chunks followed each other on the one thread and
 * a look at the dashboard waited for the whole purge). The CLI and tests use runPurge.
 */
export async function runPurgeInTurns(
  server: Server,
  actor: string,
  opts: PurgeOptions,
  features: readonly PurgeFeature[],
): Promise<PurgeReport> {
  const steps = purgeSteps(server, actor, opts, features);
  for (;;) {
    const t0 = performance.now();
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setTimeout(resolve, restAfter(performance.now() - t0)));
  }
}

/**
 * The pause after a turn of the purge: as long as the turn took (capped), so the purge has at most
 * half of the writer. Every commit empties the readers' page caches (SQLite resets a WAL reader's
 * cache whenever the database changed), and on this encrypted file a cold page costs a decrypt
 * and an HMAC: back-to-back turns made the window's reads 3× slower at p99 (calls bench).
 */
function restAfter(turnMs: number): number {
  return Math.min(PURGE_REST_CAP_MS, Math.max(1, turnMs));
}
const PURGE_REST_CAP_MS = 100;

/** The run as a generator: it yields after each short transaction (a chunk, a merge step). */
function* purgeSteps(
  server: Server,
  actor: string,
  opts: PurgeOptions,
  features: readonly PurgeFeature[],
): Generator<void, PurgeReport> {
  checkPurgeFeatures(features);
  const { retentionDays } = getRequestSettings(server);
  const now = server.now();
  const base = {
    runAt: now.toISOString(),
    cutoff: new Date(now.getTime() - retentionDays * DAY_MS).toISOString(),
    retentionDays,
  };
  if (opts.dryRun) return dryRunPurge(server, actor, base, features);
  const { plan, runId } = server.write(actor, (tx) => {
    const plan = { ...base, runAt: tx.now.toISOString(), ...planPurge(tx.db, base.cutoff) };
    const runId = insertPurgeRun(tx.db, plan.runAt, actor, buildReport(plan, actor, null, [], []));
    tx.audit({
      action: 'requests.purge_started',
      entityType: 'purge',
      entityId: String(runId),
      summary: `purge started: ${plan.due.length} requests due, ${plan.deferred.length} deferred`,
    });
    return { plan, runId };
  });
  const size = Math.max(1, opts.chunkSize ?? PURGE_CHUNK);
  const purged: PurgedRequest[] = [];
  let cancelled = false;
  let savedAt = performance.now();
  for (let from = 0; from < plan.due.length && !cancelled; from += size) {
    const ids = plan.due.slice(from, from + size);
    const saveReport = performance.now() - savedAt >= REPORT_EVERY_MS;
    if (saveReport) savedAt = performance.now();
    try {
      const chunk = { plan, runId, purged, from, ids, saveReport };
      purged.push(...purgeChunk(server, actor, chunk, opts, features));
    } catch (e) {
      if (!(e instanceof PdError) || e.code !== 'CANCELLED') throw e;
      cancelled = true;
    }
    yield;
  }
  const fts = purged.length ? yield* mergeIndexes(server, features) : [];
  const report = server.write(actor, (tx) => {
    const r = { ...buildReport(plan, actor, runId, purged, fts), ...(cancelled ? { cancelled } : {}) };
    updatePurgeReport(tx.db, runId, r);
    auditRun(tx, r, cancelled);
    return r;
  });
  if (report.checkpointed) report.checkpointed = checkpointTruncate(server.db).busy === 0;
  if (cancelled) throw new PdError('CANCELLED', { purged: purged.length });
  return report;
}

/** The features' closing steps, each in its own short write, until none has more to do. */
function* mergeIndexes(server: Server, features: readonly PurgeFeature[]): Generator<void, string[]> {
  const tables = new Set<string>();
  let pending = features.filter((f) => f.afterRunStep);
  while (pending.length) {
    pending = pending.filter((f) =>
      server.maintain((db) => {
        const step = f.afterRunStep!(db);
        for (const t of step.tables) tables.add(t);
        return step.more;
      }),
    );
    yield;
  }
  return [...tables];
}

export function listPurges(server: Server, limit: number): PurgeReport[] {
  return server.read((db) => listPurgeRuns(db, limit).map((r) => JSON.parse(r.report) as PurgeReport));
}
