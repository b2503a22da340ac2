// The sync outbox: events are enqueued in the same transaction as the change they describe.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

type DB = Database.Database;

export interface OutboxInput {
  eventType: string;
  recordType: string;
  recordId: string;
  /** Only what the sync contract lists for this event type. */
  payload: Record<string, unknown>;
}

export interface OutboxEvent extends OutboxInput {
  seq: number;
  eventId: string;
  createdAt: string;
  state: 'pending' | 'delivered' | 'rejected';
  attempts: number;
  rejectReason: string | null;
}

export function enqueueOutbox(db: DB, event: OutboxInput, now: Date): string {
  const eventId = randomUUID();
  db.prepare(
    `INSERT INTO outbox(event_id, event_type, record_type, record_id, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId,
    event.eventType,
    event.recordType,
    event.recordId,
    JSON.stringify(event.payload),
    now.toISOString(),
  );
  return eventId;
}

interface OutboxRow {
  seq: number;
  eventId: string;
  eventType: string;
  recordType: string;
  recordId: string;
  payload: string;
  createdAt: string;
  state: OutboxEvent['state'];
  attempts: number;
  rejectReason: string | null;
}

const SELECT = `SELECT seq, event_id AS eventId, event_type AS eventType, record_type AS recordType,
  record_id AS recordId, payload, created_at AS createdAt, state, attempts, reject_reason AS rejectReason FROM outbox`;

function fromRow(r: OutboxRow): OutboxEvent {
  return { ...r, payload: JSON.parse(r.payload) as Record<string, unknown> };
}

export function listOutbox(db: DB, state?: OutboxEvent['state'], limit = 1000): OutboxEvent[] {
  const rows = state
    ? (db.prepare(`${SELECT} WHERE state = ? ORDER BY seq LIMIT ?`).all(state, limit) as OutboxRow[])
    : (db.prepare(`${SELECT} ORDER BY seq LIMIT ?`).all(limit) as OutboxRow[]);
  return rows.map(fromRow);
}

/** A record's events that central has not accepted yet (pending or rejected), oldest first. */
export function undeliveredEvents(
  db: DB,
  recordType: string,
  recordId: string,
): Array<{ seq: number; eventType: string; state: OutboxEvent['state'] }> {
  return db
    .prepare(
      `SELECT seq, event_type AS eventType, state FROM outbox
       WHERE record_type = ? AND record_id = ? AND state <> 'delivered' ORDER BY seq`,
    )
    .all(recordType, recordId) as Array<{ seq: number; eventType: string; state: OutboxEvent['state'] }>;
}
