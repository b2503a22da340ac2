// The sync tables' part of a purge: a purged subject's data in the outbox, the needs-attention
// log and central's results (called by ./personal-data inside the purge's transaction).
import type Database from 'better-sqlite3-multiple-ciphers';

type DB = Database.Database;

/** Keys of sync payloads that can identify the subject: removed from delivered events by a purge. */
export const PERSONAL_PAYLOAD_KEYS = ['iin', 'phone', 'corrections', 'subjectAccountId'] as const;

/** Rewrites delivered payloads of a request without the identifying keys; returns how many changed. */
export function redactDeliveredPayloads(db: DB, requestId: string): number {
  const rows = db
    .prepare(
      `SELECT seq, payload FROM outbox WHERE record_type = 'request' AND record_id = ? AND state = 'delivered'`,
    )
    .all(requestId) as Array<{ seq: number; payload: string }>;
  const upd = db.prepare('UPDATE outbox SET payload = ? WHERE seq = ?');
  let n = 0;
  for (const r of rows) {
    const p = JSON.parse(r.payload) as Record<string, unknown>;
    if (!PERSONAL_PAYLOAD_KEYS.some((k) => k in p && p[k] !== null)) continue;
    for (const k of PERSONAL_PAYLOAD_KEYS) delete p[k];
    upd.run(JSON.stringify({ ...p, redacted: true }), r.seq);
    n++;
  }
  return n;
}

/** Officers' notes and central's rejection details on the request's events (needs-attention log). */
export function wipeAttentionNotes(db: DB, requestId: string): number {
  return db
    .prepare(
      `UPDATE sync_attention_log SET note = NULL, detail = NULL WHERE (note IS NOT NULL OR detail IS NOT NULL)
         AND seq IN (SELECT seq FROM outbox WHERE record_type = 'request' AND record_id = ?)`,
    )
    .run(requestId).changes;
}

/** What central said about the request's actions (a result note may quote the subject). */
export function wipeResultNotes(db: DB, requestId: string): number {
  return db
    .prepare(
      `UPDATE sync_results SET note = NULL WHERE note IS NOT NULL AND record_type = 'request' AND record_id = ?`,
    )
    .run(requestId).changes;
}
