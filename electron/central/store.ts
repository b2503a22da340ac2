// The reference central receiver's own store: what it received from each desk (deduplicated by
// event id, permanently), the rejections it answered, token-to-desk bindings and action results.
//
// This is a separate program's database, not the desk's, so its SQL lives here rather than in
// electron/sql. It is deliberately NOT encrypted: the reference receiver is a protocol test bed
// for the central IT team and for our tests; it holds only the minimal payloads the contract
// allows, and the real central system keeps its data under its own controls. What matters here
// is durability: central answers only after its transaction commits with synchronous=FULL, so an
// "accepted" answer can never be lost by a crash of the receiver.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import {
  checkSyncPayload,
  isSyncEventType,
  SYNC_EVENT_RECORD_TYPES,
  type SyncAction,
} from '../../common/sync/payloads';
import {
  wireEvent,
  type ActionResult,
  type EventAnswer,
  type ResultStatus,
} from '../../common/sync/protocol';

type DB = Database.Database;

const SCHEMA_VERSION = 1;

function migrate(db: DB): void {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v >= SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(`
      CREATE TABLE token_bindings (
        token_hash TEXT PRIMARY KEY,
        desk_id    TEXT NOT NULL,
        bound_at   TEXT NOT NULL
      ) STRICT;

      -- Every event accepted, once. event_id is the desk's idempotency key; (desk_id, seq) its sequence.
      CREATE TABLE events (
        id           INTEGER PRIMARY KEY,
        event_id     TEXT NOT NULL UNIQUE,
        desk_id      TEXT NOT NULL,
        seq          INTEGER NOT NULL,
        event_type   TEXT NOT NULL,
        record_type  TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        occurred_at  TEXT NOT NULL,
        payload      TEXT NOT NULL,
        payload_hash TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        UNIQUE (desk_id, seq)
      ) STRICT;
      CREATE INDEX events_record ON events(desk_id, record_type, record_id, seq);

      -- Rejections answered (not deduplicated: a desk may retry after the cause is fixed).
      CREATE TABLE rejections (
        id          INTEGER PRIMARY KEY,
        event_id    TEXT NOT NULL,
        desk_id     TEXT NOT NULL,
        seq         INTEGER,
        reason      TEXT NOT NULL,
        detail      TEXT,
        rejected_at TEXT NOT NULL
      ) STRICT;

      -- Results of actions, entered by an operator; cursor is what desks page by.
      CREATE TABLE results (
        cursor      INTEGER PRIMARY KEY AUTOINCREMENT,
        result_id   TEXT NOT NULL UNIQUE,
        event_id    TEXT NOT NULL REFERENCES events(event_id),
        status      TEXT NOT NULL,
        executed_at TEXT NOT NULL,
        note        TEXT,
        created_at  TEXT NOT NULL
      ) STRICT;
    `);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Key order does not change the hash: the same payload re-sent always matches. */
export function payloadHash(payload: unknown): string {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canon(payload)), 'utf8')
    .digest('hex');
}

export interface ReceivedEvent {
  id: number;
  eventId: string;
  deskId: string;
  seq: number;
  type: string;
  recordType: string;
  recordId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  receivedAt: string;
}

export interface DeskSummary {
  deskId: string;
  events: number;
  maxSeq: number;
  /** Seq numbers below maxSeq that central has not accepted (rejected, held back, or still on their way). */
  gaps: number;
  rejections: number;
}

export interface ReceiveOptions {
  /** Event types this central does not take yet: answered `rejected` with `event_type_not_enabled`. */
  disabledEventTypes?: ReadonlySet<string>;
}

export class CentralStore {
  private constructor(readonly db: DB) {}

  static open(file: string): CentralStore {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 5000');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return new CentralStore(db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Binds a token to the first desk that uses it; false when it is bound to another desk. */
  bindToken(token: string, deskId: string, at: Date): boolean {
    const h = hashToken(token);
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare('SELECT desk_id AS deskId FROM token_bindings WHERE token_hash = ?')
          .get(h) as { deskId: string } | undefined;
        if (row) return row.deskId === deskId;
        this.db
          .prepare('INSERT INTO token_bindings(token_hash, desk_id, bound_at) VALUES (?, ?, ?)')
          .run(h, deskId, at.toISOString());
        return true;
      })
      .immediate();
  }

  /**
   * Receives one batch in one transaction and answers per event, in order:
   * duplicate (same event id, same desk, seq and payload) · idempotency_key_conflict · seq_reused ·
   * invalid_envelope · unknown_event_type · record_type_mismatch · event_type_not_enabled ·
   * invalid_payload · out_of_order (an event of the same record with a higher seq is already here) · accepted.
   */
  receive(deskId: string, rawEvents: readonly unknown[], at: Date, opts: ReceiveOptions = {}): EventAnswer[] {
    const now = at.toISOString();
    const byEventId = this.db.prepare(
      'SELECT desk_id AS deskId, seq, payload_hash AS hash FROM events WHERE event_id = ?',
    );
    const bySeq = this.db.prepare('SELECT event_id AS eventId FROM events WHERE desk_id = ? AND seq = ?');
    const recordMax = this.db.prepare(
      'SELECT max(seq) AS m FROM events WHERE desk_id = ? AND record_type = ? AND record_id = ?',
    );
    const insert = this.db.prepare(
      `INSERT INTO events(event_id, desk_id, seq, event_type, record_type, record_id, occurred_at, payload, payload_hash, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const logRejection = this.db.prepare(
      'INSERT INTO rejections(event_id, desk_id, seq, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?, ?)',
    );

    return this.db
      .transaction(() =>
        rawEvents.map((raw): EventAnswer => {
          const rawId = (raw as { eventId?: unknown })?.eventId;
          const rawSeq = (raw as { seq?: unknown })?.seq;
          const reject = (reason: string, detail?: string): EventAnswer => {
            logRejection.run(
              typeof rawId === 'string' ? rawId : '',
              deskId,
              typeof rawSeq === 'number' ? rawSeq : null,
              reason,
              detail ?? null,
              now,
            );
            return {
              eventId: typeof rawId === 'string' ? rawId : '',
              status: 'rejected',
              reason,
              ...(detail ? { detail } : {}),
            };
          };
          const env = wireEvent.safeParse(raw);
          if (!env.success)
            return reject(
              'invalid_envelope',
              env.error.issues.map((i) => i.path.join('.') || '(event)').join(', '),
            );
          const e = env.data;
          const hash = payloadHash(e.payload);

          const known = byEventId.get(e.eventId) as { deskId: string; seq: number; hash: string } | undefined;
          if (known) {
            if (known.deskId === deskId && known.seq === e.seq && known.hash === hash)
              return { eventId: e.eventId, status: 'duplicate' };
            return reject(
              'idempotency_key_conflict',
              'event id already used with another desk, seq or payload',
            );
          }
          if (bySeq.get(deskId, e.seq))
            return reject('seq_reused', `seq ${e.seq} already holds another event of this desk`);
          if (!isSyncEventType(e.type)) return reject('unknown_event_type');
          if (SYNC_EVENT_RECORD_TYPES[e.type] !== e.recordType)
            return reject('record_type_mismatch', `expected ${SYNC_EVENT_RECORD_TYPES[e.type]}`);
          if (opts.disabledEventTypes?.has(e.type)) return reject('event_type_not_enabled');
          const check = checkSyncPayload(e.type, e.payload);
          if (!check.ok)
            return reject(
              'invalid_payload',
              check.issues
                .map((i) => `${i.path}: ${i.code}`)
                .join('; ')
                .slice(0, 500),
            );
          const max = (recordMax.get(deskId, e.recordType, e.recordId) as { m: number | null }).m;
          if (max !== null && max > e.seq)
            return reject('out_of_order', `seq ${max} of this record is already here`);
          insert.run(
            e.eventId,
            deskId,
            e.seq,
            e.type,
            e.recordType,
            e.recordId,
            e.occurredAt,
            JSON.stringify(e.payload),
            hash,
            now,
          );
          return { eventId: e.eventId, status: 'accepted' };
        }),
      )
      .immediate();
  }

  listEvents(q: { deskId?: string; after?: number; limit?: number } = {}): ReceivedEvent[] {
    const rows = this.db
      .prepare(
        `SELECT id, event_id AS eventId, desk_id AS deskId, seq, event_type AS type, record_type AS recordType,
                record_id AS recordId, occurred_at AS occurredAt, payload, received_at AS receivedAt
         FROM events WHERE id > @after ${q.deskId !== undefined ? 'AND desk_id = @deskId' : ''}
         ORDER BY id LIMIT @limit`,
      )
      .all({
        after: q.after ?? 0,
        limit: q.limit ?? 1_000_000,
        ...(q.deskId !== undefined ? { deskId: q.deskId } : {}),
      }) as Array<Omit<ReceivedEvent, 'payload'> & { payload: string }>;
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  }

  desks(): DeskSummary[] {
    return this.db
      .prepare(
        `SELECT d.desk_id AS deskId,
                (SELECT count(*) FROM events e WHERE e.desk_id = d.desk_id) AS events,
                (SELECT coalesce(max(seq), 0) FROM events e WHERE e.desk_id = d.desk_id) AS maxSeq,
                (SELECT count(*) FROM rejections r WHERE r.desk_id = d.desk_id) AS rejections
         FROM (SELECT desk_id FROM events UNION SELECT desk_id FROM rejections) d ORDER BY d.desk_id`,
      )
      .all()
      .map((r) => {
        const row = r as Omit<DeskSummary, 'gaps'>;
        return { ...row, gaps: row.maxSeq - row.events };
      });
  }

  rejectionCount(deskId?: string): number {
    return (
      this.db
        .prepare(`SELECT count(*) AS n FROM rejections ${deskId !== undefined ? 'WHERE desk_id = ?' : ''}`)
        .get(...(deskId !== undefined ? [deskId] : [])) as { n: number }
    ).n;
  }

  /** An operator records the outcome of an action.requested event; the desk pulls it. */
  execute(
    eventId: string,
    o: { status?: ResultStatus; note?: string | null; executedAt?: Date },
    at: Date,
  ): ActionResult {
    return this.db
      .transaction(() => {
        const ev = this.db
          .prepare(
            'SELECT event_type AS type, record_type AS recordType, record_id AS recordId, payload FROM events WHERE event_id = ?',
          )
          .get(eventId) as
          { type: string; recordType: string; recordId: string; payload: string } | undefined;
        if (!ev) throw new PdError('NOT_FOUND', { what: 'event', eventId });
        if (ev.type !== 'action.requested')
          throw new PdError('VALIDATION', { reason: 'not_an_action', type: ev.type });
        const resultId = randomUUID();
        const executedAt = (o.executedAt ?? at).toISOString();
        const info = this.db
          .prepare(
            'INSERT INTO results(result_id, event_id, status, executed_at, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(resultId, eventId, o.status ?? 'executed', executedAt, o.note ?? null, at.toISOString());
        return this.resultByCursor(Number(info.lastInsertRowid))!;
      })
      .immediate();
  }

  results(deskId: string, after: string, limit: number): ActionResult[] {
    const cursor = /^\d+$/.test(after) ? Number(after) : 0;
    const rows = this.db
      .prepare(
        `SELECT r.cursor FROM results r JOIN events e ON e.event_id = r.event_id
         WHERE e.desk_id = ? AND r.cursor > ? ORDER BY r.cursor LIMIT ?`,
      )
      .all(deskId, cursor, limit) as Array<{ cursor: number }>;
    return rows.map((r) => this.resultByCursor(r.cursor)!);
  }

  private resultByCursor(cursor: number): ActionResult | undefined {
    const r = this.db
      .prepare(
        `SELECT r.cursor, r.result_id AS resultId, r.event_id AS eventId, e.record_type AS recordType, e.record_id AS recordId,
                e.payload, r.status, r.executed_at AS executedAt, r.note
         FROM results r JOIN events e ON e.event_id = r.event_id WHERE r.cursor = ?`,
      )
      .get(cursor) as
      | {
          cursor: number;
          resultId: string;
          eventId: string;
          recordType: string;
          recordId: string;
          payload: string;
          status: ResultStatus;
          executedAt: string;
          note: string | null;
        }
      | undefined;
    if (!r) return undefined;
    const p = JSON.parse(r.payload) as { actionId: string; action: SyncAction };
    return {
      cursor: String(r.cursor),
      resultId: r.resultId,
      eventId: r.eventId,
      recordType: r.recordType,
      recordId: r.recordId,
      actionId: p.actionId,
      action: p.action,
      status: r.status,
      executedAt: r.executedAt,
      note: r.note,
    };
  }
}
