// SQL writes to the incoming register: insert, the columns an edit may change, cancel, and the
// reply link. Re-exported by ./incoming.
import type { PartyKind } from '../../../common/contract/mailroom';
import type { TrackingWarning } from '../../../common/mailroom/tracking';
import type { RequestKind } from '../../../common/requests/document-types';
import type { DB } from '../../sql/server';
import {
  INCOMING_REGISTER,
  type CheckedValues,
  type RegisterDescriptor,
  type UpdatableField,
} from '../../../common/mailroom/registers';
import { cancelRow, insertSql, updateColumns } from './register';

/** A row as stored (what an insert takes, without id); the plain fields come from the descriptor. */
export interface IncomingRecord extends CheckedValues<typeof INCOMING_REGISTER> {
  uid: string;
  year: number;
  seq: number;
  incomingNo: string;
  receivedAt: string;
  receivedDate: string;
  trackingNumber: string | null;
  trackingWarning: TrackingWarning | null;
  senderKind: PartyKind | null;
  senderName: string;
  senderSort: string;
  senderIin: string | null;
  senderAddress: string | null;
  senderRefNumber: string | null;
  senderRefDate: string | null;
  requestKind: RequestKind | null;
  createdAt: string;
  createdBy: string;
}

const INSERT_DEFAULTS = { status: "'registered'", updated_at: '@createdAt' };
const INSERT_SQL = insertSql(INCOMING_REGISTER, INSERT_DEFAULTS);

/** Stores a record; `d`: a descriptor with more columns (tests/integration/register-descriptor). */
export function insertIncoming(db: DB, r: IncomingRecord, d: RegisterDescriptor = INCOMING_REGISTER): number {
  const sql = d === INCOMING_REGISTER ? INSERT_SQL : insertSql(d, INSERT_DEFAULTS);
  return Number(db.prepare(sql).run(r).lastInsertRowid);
}

/** A prepared insert for bulk loads (demo seed): one statement, many rows. */
export function incomingInserter(db: DB): (r: IncomingRecord) => void {
  const stmt = db.prepare(INSERT_SQL);
  return (r) => {
    stmt.run(r);
  };
}

export type IncomingChanges = Partial<Pick<IncomingRecord, UpdatableField<typeof INCOMING_REGISTER>>>;

export function updateIncomingColumns(db: DB, id: number, changes: IncomingChanges, now: string): void {
  updateColumns(db, INCOMING_REGISTER, id, changes, now);
}

export function cancelIncomingRow(db: DB, id: number, at: string, by: string, reason: string): void {
  cancelRow(db, INCOMING_REGISTER, id, at, by, reason);
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
