// The purge: once a request has closed with erasure and the retention period (setting
// requests.purgeRetentionDays, default 30 days) has passed, the desk's copy of the subject's
// personal data goes — the request's subject row, decision texts and notes, the linked incoming
// letters' sender, address, summary and notes, their scans and full-text rows, the replies'
// addressee and generated DOCX, and the identifying fields of outbox payloads already delivered.
// What stays is the tombstone (request number, type, dates, decision, legal basis) and the audit
// chain. The run is recorded with a report of what was removed (counts and numbers only), the
// full-text indexes are merged (FTS5 'optimize') so deleted tokens leave their pages, and the WAL
// is checkpointed and truncated so the data leaves every file.
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
   * Asked before each request is purged: true stops the run, and its one transaction rolls back,
   * so a cancelled purge leaves every request as it was (and no run recorded).
   */
  cancelled?: () => boolean;
  progress?: (p: { phase: 'purge'; done: number; total: number }) => void;
}

/**
 * Runs the purges that are due (or shows them, with dryRun: nothing is written). `features` is the
 * pipeline app/compose.ts puts together: every feature that holds a subject's data.
 */
export function runPurge(
  server: Server,
  actor: string,
  opts: PurgeOptions,
  features: readonly PurgeFeature[],
): PurgeReport {
  const dryRun = opts.dryRun ?? false;
  const { retentionDays } = getRequestSettings(server);
  const now = server.now();
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  let report: PurgeReport | null = null;
  checkPurgeFeatures(features);
  try {
    server.write(actor, (tx) => {
      const db = tx.db;
      const candidates = purgeCandidates(db, cutoff);
      const deferred: PurgeReport['deferred'] = [];
      const due: string[] = [];
      for (const c of candidates) {
        const pending = undeliveredEvents(db, 'request', c.id);
        if (pending.length)
          deferred.push({
            requestId: c.id,
            reason: 'events_undelivered',
            events: pending.map((e) => `${e.eventType}:${e.state}`),
          });
        else due.push(c.id);
      }
      const runId = dryRun ? null : insertPurgeRun(db, tx.now.toISOString(), actor, {});
      const inRun = new Set(due);
      const purged = due.map((id, done) => {
        if (opts.cancelled?.()) throw new PdError('CANCELLED');
        opts.progress?.({ phase: 'purge', done, total: due.length });
        return purgeOne(tx, features, actor, id, inRun, runId);
      });
      const totals: Record<string, number> = { requests: purged.length, deferred: deferred.length };
      for (const p of purged) add(totals, p.removed);
      const ftsOptimized = purged.length ? features.flatMap((f) => f.afterRun?.(tx) ?? []) : [];
      report = {
        id: runId,
        runAt: tx.now.toISOString(),
        actor,
        dryRun,
        retentionDays,
        cutoff,
        purged,
        deferred,
        totals,
        ftsOptimized,
        checkpointed: !dryRun && purged.length > 0,
      };
      if (runId !== null) updatePurgeReport(db, runId, report);
      tx.audit({
        action: 'requests.purge_run',
        entityType: 'purge',
        entityId: runId === null ? 'dry-run' : String(runId),
        summary: `purge${dryRun ? ' (dry run)' : ''}: ${purged.length} requests purged (${purged.map((p) => p.requestId).join(', ') || 'none'}), ${deferred.length} deferred, retention ${retentionDays} days`,
      });
      if (dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  const result = report as PurgeReport | null;
  if (!result) throw new Error('purge produced no report');
  if (result.checkpointed) {
    const cp = checkpointTruncate(server.db);
    result.checkpointed = cp.busy === 0;
  }
  return result;
}

export function listPurges(server: Server, limit: number): PurgeReport[] {
  return server.read((db) => listPurgeRuns(db, limit).map((r) => JSON.parse(r.report) as PurgeReport));
}
