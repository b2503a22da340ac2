// The desk side of sync: which outbox events go next, what central answered, the needs-attention
// log, action results pulled from central, the sync settings and the state the status bar shows.
// Writes that matter (delivery, rejection, retry, note, results, settings) are called inside
// Server.write by electron/sync, so each commits with its audit entry. sync_state is bookkeeping
// (last contact, clock skew) and is written on its own.
import type Database from 'better-sqlite3-multiple-ciphers';
import { deleteSetting, putSetting, readSetting } from '../../sql/settings';
import { filterTerms } from '../../sql/paging';

type DB = Database.Database;

// ---------------------------------------------------------------------------------------------
// Settings (the `settings` table).

export const SYNC_SETTING_KEYS = {
  centralUrl: 'sync.centralUrl',
  token: 'sync.token',
  batchSize: 'sync.batchSize',
  paused: 'sync.paused',
} as const;

export interface SyncSettings {
  centralUrl: string | null;
  token: string | null;
  batchSize: number | null;
  /** Set by the administrator: no passes run (the address and token are kept). */
  paused: boolean;
}

export function getSyncSettings(db: DB): SyncSettings {
  const get = (key: string) => readSetting(db, key) ?? null;
  const batch = get(SYNC_SETTING_KEYS.batchSize);
  return {
    centralUrl: get(SYNC_SETTING_KEYS.centralUrl),
    token: get(SYNC_SETTING_KEYS.token),
    batchSize: batch === null ? null : Number(batch),
    paused: get(SYNC_SETTING_KEYS.paused) === '1',
  };
}

/** `null` removes a setting, `undefined` leaves it alone. Returns the names of the settings changed. */
export function putSyncSettings(db: DB, patch: Partial<SyncSettings>): string[] {
  const changed: string[] = [];
  for (const name of ['centralUrl', 'token', 'batchSize', 'paused'] as const) {
    const value = patch[name];
    if (value === undefined) continue;
    const key = SYNC_SETTING_KEYS[name];
    if (value === null || value === false) deleteSetting(db, key);
    else putSetting(db, key, value === true ? '1' : String(value));
    changed.push(name);
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------
// The outbox, seen by sync.

export interface SyncOutboxEvent {
  seq: number;
  eventId: string;
  eventType: string;
  recordType: string;
  recordId: string;
  payload: Record<string, unknown>;
  createdAt: string;
  state: 'pending' | 'delivered' | 'rejected';
  attempts: number;
}

const OUTBOX_COLUMNS = `o.seq, o.event_id AS eventId, o.event_type AS eventType, o.record_type AS recordType,
  o.record_id AS recordId, o.payload, o.created_at AS createdAt, o.state, o.attempts`;

type OutboxRow = Omit<SyncOutboxEvent, 'payload'> & { payload: string };

function fromRow(r: OutboxRow): SyncOutboxEvent {
  return { ...r, payload: JSON.parse(r.payload) as Record<string, unknown> };
}

/**
 * The next events to send, in seq order: pending events that are the head of their record's queue
 * (no earlier event of the same record is still undelivered). So a batch holds at most one event
 * per record, and an event rejected by central holds back the later events of its record only.
 */
export function selectSendable(db: DB, limit: number): SyncOutboxEvent[] {
  const rows = db
    .prepare(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o
       WHERE o.state = 'pending'
         AND NOT EXISTS (SELECT 1 FROM outbox p
                         WHERE p.record_type = o.record_type AND p.record_id = o.record_id
                           AND p.seq < o.seq AND p.state <> 'delivered')
       ORDER BY o.seq LIMIT ?`,
    )
    .all(limit) as OutboxRow[];
  return rows.map(fromRow);
}

export function getOutboxEvent(db: DB, seq: number): SyncOutboxEvent | undefined {
  const row = db.prepare(`SELECT ${OUTBOX_COLUMNS} FROM outbox o WHERE o.seq = ?`).get(seq) as
    OutboxRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Bookkeeping before a send: attempts and last attempt time (not delivery state). */
export function markAttempted(db: DB, seqs: readonly number[], at: Date): void {
  const stmt = db.prepare('UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE seq = ?');
  const iso = at.toISOString();
  db.transaction(() => {
    for (const seq of seqs) stmt.run(iso, seq);
  })();
}

export interface AnswerToApply {
  seq: number;
  status: 'accepted' | 'duplicate' | 'rejected';
  reason?: string;
  detail?: string;
}

export interface AppliedAnswers {
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Events that were no longer pending (another process answered first): left as they were. */
  skipped: number;
}

/** Applies central's answers to one batch; call inside Server.write (one transaction per answer). */
export function applyAnswers(
  db: DB,
  answers: readonly AnswerToApply[],
  actor: string,
  at: Date,
): AppliedAnswers {
  const iso = at.toISOString();
  const deliver = db.prepare(
    "UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE seq = ? AND state = 'pending'",
  );
  const reject = db.prepare(
    "UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE seq = ? AND state = 'pending'",
  );
  const log = db.prepare(
    "INSERT INTO sync_attention_log(seq, at, actor, kind, reason, detail) VALUES (?, ?, ?, 'rejected', ?, ?)",
  );
  const out: AppliedAnswers = { accepted: 0, duplicates: 0, rejected: 0, skipped: 0 };
  for (const a of answers) {
    if (a.status === 'rejected') {
      const reason = a.reason ?? 'unspecified';
      if (reject.run(reason, a.seq).changes === 0) {
        out.skipped++;
        continue;
      }
      log.run(a.seq, iso, actor, reason, a.detail ?? null);
      out.rejected++;
    } else {
      if (deliver.run(iso, a.seq).changes === 0) {
        out.skipped++;
        continue;
      }
      if (a.status === 'accepted') out.accepted++;
      else out.duplicates++;
    }
  }
  return out;
}

export interface SyncCounts {
  /** Events not yet delivered and not rejected (including those held back). */
  pending: number;
  /** Pending events waiting behind a rejected event of the same record. */
  heldBack: number;
  /** Events rejected by central: the needs-attention list. */
  rejected: number;
}

export function syncCounts(db: DB): SyncCounts {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    pending: n("SELECT count(*) AS n FROM outbox WHERE state = 'pending'"),
    rejected: n("SELECT count(*) AS n FROM outbox WHERE state = 'rejected'"),
    heldBack: n(
      `SELECT count(DISTINCT o.seq) AS n FROM outbox r
       JOIN outbox o ON o.record_type = r.record_type AND o.record_id = r.record_id AND o.seq > r.seq AND o.state = 'pending'
       WHERE r.state = 'rejected'`,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Needs attention.

// The shapes are the contract's: the renderer shows them as they are.
export type { AttentionItem, AttentionLogEntry } from '../../../common/contract/sync';
import type { AttentionItem, AttentionLogEntry } from '../../../common/contract/sync';

export function listAttention(
  db: DB,
  filter: { recordType?: string; recordId?: string } = {},
): AttentionItem[] {
  const where = ["o.state = 'rejected'"];
  const params: unknown[] = [];
  if (filter.recordType !== undefined) {
    where.push('o.record_type = ?');
    params.push(filter.recordType);
  }
  if (filter.recordId !== undefined) {
    where.push('o.record_id = ?');
    params.push(filter.recordId);
  }
  const rows = db
    .prepare(
      `SELECT o.seq, o.event_id AS eventId, o.event_type AS eventType, o.record_type AS recordType,
              o.record_id AS recordId, o.created_at AS createdAt, o.reject_reason AS reason,
              (SELECT count(*) FROM outbox h WHERE h.record_type = o.record_type AND h.record_id = o.record_id
                 AND h.seq > o.seq AND h.state = 'pending') AS heldBack
       FROM outbox o WHERE ${where.join(' AND ')} ORDER BY o.seq`,
    )
    .all(...params) as Array<Omit<AttentionItem, 'history' | 'detail' | 'rejectedAt' | 'rejections'>>;
  const history = db.prepare(
    'SELECT at, actor, kind, reason, detail, note FROM sync_attention_log WHERE seq = ? ORDER BY id',
  );
  return rows.map((r) => {
    const h = history.all(r.seq) as AttentionLogEntry[];
    const rejections = h.filter((e) => e.kind === 'rejected');
    const last = rejections.at(-1);
    return {
      ...r,
      reason: r.reason ?? last?.reason ?? 'unspecified',
      detail: last?.detail ?? null,
      rejectedAt: last?.at ?? null,
      rejections: rejections.length,
      history: h,
    };
  });
}

/** Puts a rejected event back in the queue; returns false when it was not rejected. */
export function requeueRejected(db: DB, seq: number, actor: string, at: Date): boolean {
  const changed = db
    .prepare("UPDATE outbox SET state = 'pending' WHERE seq = ? AND state = 'rejected'")
    .run(seq).changes;
  if (changed === 0) return false;
  db.prepare("INSERT INTO sync_attention_log(seq, at, actor, kind) VALUES (?, ?, ?, 'retried')").run(
    seq,
    at.toISOString(),
    actor,
  );
  return true;
}

export function addAttentionNote(db: DB, seq: number, actor: string, note: string, at: Date): void {
  db.prepare("INSERT INTO sync_attention_log(seq, at, actor, kind, note) VALUES (?, ?, ?, 'note', ?)").run(
    seq,
    at.toISOString(),
    actor,
    note,
  );
}

// ---------------------------------------------------------------------------------------------
// Action results pulled from central.

export interface StoredResult {
  resultId: string;
  cursor: string;
  eventId: string;
  recordType: string;
  recordId: string;
  actionId: string;
  action: string;
  status: string;
  executedAt: string;
  note: string | null;
  receivedAt: string;
}

/** Stores a page of results and the cursor after it; returns the results that were new. */
export function storeResults(
  db: DB,
  results: ReadonlyArray<Omit<StoredResult, 'receivedAt'>>,
  nextCursor: string,
  at: Date,
): Array<Omit<StoredResult, 'receivedAt'>> {
  const ins = db.prepare(
    `INSERT OR IGNORE INTO sync_results(result_id, cursor, event_id, record_type, record_id, action_id, action, status, executed_at, note, received_at)
     VALUES (@resultId, @cursor, @eventId, @recordType, @recordId, @actionId, @action, @status, @executedAt, @note, @receivedAt)`,
  );
  const fresh = results.filter((r) => ins.run({ ...r, receivedAt: at.toISOString() }).changes > 0);
  db.prepare('UPDATE sync_state SET results_cursor = ? WHERE id = 1').run(nextCursor);
  return fresh;
}

export function listResults(
  db: DB,
  filter: { recordType?: string; recordId?: string; actionId?: string; limit?: number } = {},
): StoredResult[] {
  const { where, params } = filterTerms('r', [
    { column: 'record_type', op: '=', param: 'recordType', value: filter.recordType },
    { column: 'record_id', op: '=', param: 'recordId', value: filter.recordId },
    { column: 'action_id', op: '=', param: 'actionId', value: filter.actionId },
  ]);
  params.limit = filter.limit ?? 500;
  return db
    .prepare(
      `SELECT result_id AS resultId, cursor, event_id AS eventId, record_type AS recordType, record_id AS recordId,
              action_id AS actionId, action, status, executed_at AS executedAt, note, received_at AS receivedAt
       FROM sync_results r ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY executed_at, result_id LIMIT @limit`,
    )
    .all(params) as StoredResult[];
}

// ---------------------------------------------------------------------------------------------
// Sync state (bookkeeping for the status bar).

export interface SyncStateRow {
  lastState: string | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  lastContactAt: string | null;
  lastSyncAt: string | null;
  clockSkewMs: number | null;
  skewMeasuredAt: string | null;
  resultsCursor: string;
}

export function getSyncState(db: DB): SyncStateRow {
  return db
    .prepare(
      `SELECT last_state AS lastState, last_error AS lastError, last_attempt_at AS lastAttemptAt,
              last_contact_at AS lastContactAt, last_sync_at AS lastSyncAt, clock_skew_ms AS clockSkewMs,
              skew_measured_at AS skewMeasuredAt, results_cursor AS resultsCursor
       FROM sync_state WHERE id = 1`,
    )
    .get() as SyncStateRow;
}

const STATE_COLUMNS: Record<keyof Omit<SyncStateRow, 'resultsCursor'>, string> = {
  lastState: 'last_state',
  lastError: 'last_error',
  lastAttemptAt: 'last_attempt_at',
  lastContactAt: 'last_contact_at',
  lastSyncAt: 'last_sync_at',
  clockSkewMs: 'clock_skew_ms',
  skewMeasuredAt: 'skew_measured_at',
};

export function updateSyncState(db: DB, patch: Partial<Omit<SyncStateRow, 'resultsCursor'>>): void {
  const sets: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(STATE_COLUMNS) as Array<[keyof typeof STATE_COLUMNS, string]>) {
    if (patch[k] === undefined) continue;
    sets.push(`${col} = @${k}`);
    params[k] = patch[k];
  }
  if (sets.length) db.prepare(`UPDATE sync_state SET ${sets.join(', ')} WHERE id = 1`).run(params);
}

/** Highest outbox seq: lets the background service notice new events cheaply. */
export function maxOutboxSeq(db: DB): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM outbox').get() as { n: number }).n;
}
