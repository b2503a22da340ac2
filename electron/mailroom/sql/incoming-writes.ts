// SQL writes to the incoming register: insert, the columns an edit may change, cancel, and the
// reply link. Re-exported by ./incoming.
import type { Channel, Language, PartyKind } from '../../../common/contract/mailroom';
import type { TrackingWarning } from '../../../common/mailroom/tracking';
import type { DB } from '../../sql/server';

/** A row as stored (what an insert takes, without id). */
export interface IncomingRecord {
  uid: string;
  year: number;
  seq: number;
  incomingNo: string;
  receivedAt: string;
  receivedDate: string;
  channel: Channel;
  trackingNumber: string | null;
  trackingWarning: TrackingWarning | null;
  courierCompany: string | null;
  waybill: string | null;
  senderKind: PartyKind | null;
  senderName: string;
  senderSort: string;
  senderIin: string | null;
  senderAddress: string | null;
  senderRefNumber: string | null;
  senderRefDate: string | null;
  documentType: string | null;
  language: Language;
  summary: string;
  sheets: number | null;
  enclosures: string | null;
  notes: string | null;
  assignedTo: string | null;
  dueDate: string | null;
  createdAt: string;
  createdBy: string;
}

const INSERT_SQL = `INSERT INTO incoming_letters(
  uid, year, seq, incoming_no, received_at, received_date, channel, tracking_number, tracking_warning,
  courier_company, waybill, sender_kind, sender_name, sender_sort, sender_iin, sender_address,
  sender_ref_number, sender_ref_date, document_type, language, summary, sheets, enclosures, notes,
  assigned_to, due_date, status, created_at, created_by, updated_at)
VALUES (
  @uid, @year, @seq, @incomingNo, @receivedAt, @receivedDate, @channel, @trackingNumber, @trackingWarning,
  @courierCompany, @waybill, @senderKind, @senderName, @senderSort, @senderIin, @senderAddress,
  @senderRefNumber, @senderRefDate, @documentType, @language, @summary, @sheets, @enclosures, @notes,
  @assignedTo, @dueDate, 'registered', @createdAt, @createdBy, @createdAt)`;

export function insertIncoming(db: DB, r: IncomingRecord): number {
  return Number(db.prepare(INSERT_SQL).run(r).lastInsertRowid);
}

/** A prepared insert for bulk loads (demo seed): one statement, many rows. */
export function incomingInserter(db: DB): (r: IncomingRecord) => void {
  const stmt = db.prepare(INSERT_SQL);
  return (r) => {
    stmt.run(r);
  };
}

/** The columns an update may change, by their record names. */
export const UPDATABLE_INCOMING = {
  receivedAt: 'received_at',
  receivedDate: 'received_date',
  channel: 'channel',
  trackingNumber: 'tracking_number',
  trackingWarning: 'tracking_warning',
  courierCompany: 'courier_company',
  waybill: 'waybill',
  senderKind: 'sender_kind',
  senderName: 'sender_name',
  senderSort: 'sender_sort',
  senderIin: 'sender_iin',
  senderAddress: 'sender_address',
  senderRefNumber: 'sender_ref_number',
  senderRefDate: 'sender_ref_date',
  documentType: 'document_type',
  language: 'language',
  summary: 'summary',
  sheets: 'sheets',
  enclosures: 'enclosures',
  notes: 'notes',
  assignedTo: 'assigned_to',
  dueDate: 'due_date',
} as const satisfies Partial<Record<keyof IncomingRecord, string>>;
export type IncomingChanges = Partial<Pick<IncomingRecord, keyof typeof UPDATABLE_INCOMING>>;

export function updateIncomingColumns(db: DB, id: number, changes: IncomingChanges, now: string): void {
  const keys = Object.keys(changes) as (keyof typeof UPDATABLE_INCOMING)[];
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${UPDATABLE_INCOMING[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE incoming_letters SET ${sets}, updated_at = @__now WHERE id = @__id`).run({
    ...changes,
    __now: now,
    __id: id,
  });
}

export function cancelIncomingRow(db: DB, id: number, at: string, by: string, reason: string): void {
  db.prepare(
    `UPDATE incoming_letters SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, updated_at = ? WHERE id = ?`,
  ).run(at, by, reason, at, id);
}

/** A reply that left the office (sent, or sent and returned). */
export const REPLY_LEFT = (o: string) => `${o}.status IN ('sent', 'returned')`;

/**
 * Recomputes the reply link and answered state from the outgoing register (after a reply is
 * registered, sent, returned or cancelled). A letter is answered once a reply has left the office;
 * while its reply is a draft it stays registered, linked to the reply being prepared.
 */
export function refreshIncomingReply(db: DB, id: number, now: string): void {
  const reply = db
    .prepare(
      `SELECT outgoing_no AS no,
              EXISTS (SELECT 1 FROM outgoing_letters s WHERE s.in_reply_to_id = @id AND ${REPLY_LEFT('s')}) AS sent
         FROM outgoing_letters WHERE in_reply_to_id = @id AND status <> 'cancelled' ORDER BY id DESC LIMIT 1`,
    )
    .get({ id }) as { no: string; sent: number } | undefined;
  db.prepare(
    `UPDATE incoming_letters SET reply_outgoing_no = @no,
       status = CASE WHEN status = 'cancelled' THEN status WHEN @sent THEN 'answered' ELSE 'registered' END,
       updated_at = @now
     WHERE id = @id`,
  ).run({ no: reply?.no ?? null, sent: reply?.sent ?? 0, now, id });
}
