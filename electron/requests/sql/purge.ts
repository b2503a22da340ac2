// SQL of the requests purge: the requests due, the runs and their reports, and the wipes of the
// requests' own personal data (numbers, codes and dates stay).
import type { DB } from '../../sql/server';
import { getSubjectRow, REQUEST_SELECT, type RequestRow } from './requests';

// Purges.

/** Closed requests with erasure whose retention ended (closed_at <= cutoff), not yet purged. */
export function purgeCandidates(db: DB, cutoffIso: string): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r
       WHERE r.erasure = 1 AND r.purged_at IS NULL AND r.state = 'closed' AND r.closed_at <= ? ORDER BY r.closed_at, r.id`,
    )
    .all(cutoffIso) as RequestRow[];
}

export function insertPurgeRun(db: DB, runAt: string, actor: string, report: unknown): number {
  return Number(
    db
      .prepare('INSERT INTO request_purges(run_at, actor, report) VALUES (?, ?, ?)')
      .run(runAt, actor, JSON.stringify(report)).lastInsertRowid,
  );
}

export function updatePurgeReport(db: DB, id: number, report: unknown): void {
  db.prepare('UPDATE request_purges SET report = ? WHERE id = ?').run(JSON.stringify(report), id);
}

export function listPurgeRuns(
  db: DB,
  limit: number,
): Array<{ id: number; runAt: string; actor: string; report: string }> {
  return db
    .prepare('SELECT id, run_at AS runAt, actor, report FROM request_purges ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{
    id: number;
    runAt: string;
    actor: string;
    report: string;
  }>;
}

// ---------------------------------------------------------------------------------------------
// Purge helpers: everything below removes personal data, leaving numbers, codes and dates.

/** Other requests still holding data for the same IIN, or the same name and address. */
export function sameSubjectRequests(db: DB, requestId: string): string[] {
  const s = getSubjectRow(db, requestId);
  if (!s) return [];
  return (
    db
      .prepare(
        `SELECT request_id AS id FROM request_subjects
         WHERE request_id <> @id AND ((@iin IS NOT NULL AND iin = @iin) OR (name_key = @nameKey AND address_key IS NOT NULL AND address_key = @addressKey))
         ORDER BY request_id`,
      )
      .all({ id: requestId, iin: s.iin, nameKey: s.nameKey, addressKey: s.addressKey }) as { id: string }[]
  ).map((r) => r.id);
}

export function wipeDecisionTexts(db: DB, requestId: string): number {
  return db
    .prepare(
      'UPDATE request_decisions SET details = NULL, reasons = NULL WHERE request_id = ? AND (details IS NOT NULL OR reasons IS NOT NULL)',
    )
    .run(requestId).changes;
}

export function wipeHistoryNotes(db: DB, requestId: string): number {
  return db
    .prepare('UPDATE request_history SET note = NULL WHERE request_id = ? AND note IS NOT NULL')
    .run(requestId).changes;
}

/** Moves the whole WAL into the database file and truncates it (so purged data leaves every file). */
export function checkpointTruncate(db: DB): { busy: number; log: number; checkpointed: number } {
  const r = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{
    busy: number;
    log: number;
    checkpointed: number;
  }>;
  return r[0] ?? { busy: 0, log: 0, checkpointed: 0 };
}
