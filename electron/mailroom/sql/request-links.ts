// What subject requests read and write in the mailroom's tables (migration 0003): finding an
// incoming letter by Вх. № or id, setting its due date, the letters registered as a request type
// with no request yet, and wiping a letter's personal data in a purge. Only the columns of the
// released migration are used, never the mailroom's modules, so either side can change its code.
import { awaitingLetterIds } from '../../sql/counts';
import type { UnclassifiedLetter } from '../../../common/contract/requests-reports';
import type { RequestKind } from '../../../common/requests/document-types';
import type { DB } from '../../sql/server';

export interface IncomingLetterInfo {
  id: number;
  incomingNo: string;
  receivedAt: string;
  receivedDate: string;
  channel: string;
  status: 'registered' | 'answered' | 'cancelled';
  documentType: string | null;
  requestKind: RequestKind | null;
  language: string;
  assignedTo: string | null;
  dueDate: string | null;
  senderKind: string | null;
  senderName: string;
  senderIin: string | null;
  senderAddress: string | null;
  senderRefNumber: string | null;
  senderRefDate: string | null;
  replyOutgoingNo: string | null;
}

const LETTER_SELECT = `SELECT l.id, l.incoming_no AS incomingNo, l.received_at AS receivedAt, l.received_date AS receivedDate,
  l.channel, l.status, l.document_type AS documentType,
  l.request_kind AS requestKind, l.language, l.assigned_to AS assignedTo, l.due_date AS dueDate,
  l.sender_kind AS senderKind, l.sender_name AS senderName, l.sender_iin AS senderIin, l.sender_address AS senderAddress,
  l.sender_ref_number AS senderRefNumber, l.sender_ref_date AS senderRefDate, l.reply_outgoing_no AS replyOutgoingNo
  FROM incoming_letters l`;

/** A letter by its Вх. № (exact, then case-insensitive) or its numeric id. */
export function findIncomingLetter(db: DB, ref: string | number): IncomingLetterInfo | undefined {
  if (typeof ref === 'number')
    return db.prepare(`${LETTER_SELECT} WHERE l.id = ?`).get(ref) as IncomingLetterInfo | undefined;
  const exact = db.prepare(`${LETTER_SELECT} WHERE l.incoming_no = ?`).get(ref) as
    IncomingLetterInfo | undefined;
  if (exact) return exact;
  // SQLite's upper() folds ASCII only: fold Cyrillic (вх → ВХ) here.
  const upper = db.prepare(`${LETTER_SELECT} WHERE l.incoming_no = ?`).get(ref.toUpperCase()) as
    IncomingLetterInfo | undefined;
  if (upper) return upper;
  if (/^\d+$/.test(ref))
    return db.prepare(`${LETTER_SELECT} WHERE l.id = ?`).get(Number(ref)) as IncomingLetterInfo | undefined;
  return undefined;
}

export function getIncomingLetters(db: DB, ids: readonly number[]): IncomingLetterInfo[] {
  if (ids.length === 0) return [];
  return db
    .prepare(`${LETTER_SELECT} WHERE l.id IN (${ids.map(() => '?').join(', ')}) ORDER BY l.received_at, l.id`)
    .all(...ids) as IncomingLetterInfo[];
}

/** The register's due date column is the requests feature's to set (the request's policy due date). */
export function setLetterDue(
  db: DB,
  letterId: number,
  due: string | null,
  assignTo: string | null,
  now: string,
): void {
  db.prepare(
    `UPDATE incoming_letters SET due_date = @due, assigned_to = coalesce(assigned_to, @assignTo), updated_at = @now
     WHERE id = @id AND (due_date IS NOT @due OR (assigned_to IS NULL AND @assignTo IS NOT NULL))`,
  ).run({ id: letterId, due, assignTo, now });
}

/**
 * Letters still 'registered' whose document type names a request type, with no request linked:
 * the dashboard shows each with its deadline from the moment of registration. Kept in
 * letters_awaiting_request by migration 0010's triggers; the first `limit` by receipt.
 */
export function lettersAwaitingRequest(db: DB, limit: number): { rows: IncomingLetterInfo[]; total: number } {
  const { ids, total } = awaitingLetterIds(db, limit);
  return { rows: getIncomingLetters(db, ids), total };
}

/**
 * Registered letters not yet classified (request_kind NULL) with no request linked, newest first:
 * the dashboard asks the clerk to classify them. The partial index of migration 0014 holds only
 * these letters, so the cost follows them, not the register.
 */
export function unclassifiedLetters(db: DB, limit: number): { letters: UnclassifiedLetter[]; total: number } {
  const where = `l.request_kind IS NULL AND l.status = 'registered'
    AND NOT EXISTS (SELECT 1 FROM request_letters rl WHERE rl.letter_id = l.id)`;
  const letters = db
    .prepare(
      `SELECT l.id, l.incoming_no AS incomingNo, l.received_at AS receivedAt, l.document_type AS documentType
       FROM incoming_letters l INDEXED BY incoming_unclassified WHERE ${where} ORDER BY l.received_at DESC, l.id DESC LIMIT ?`,
    )
    .all(limit) as UnclassifiedLetter[];
  const total = (
    db
      .prepare(`SELECT count(*) AS n FROM incoming_letters l INDEXED BY incoming_unclassified WHERE ${where}`)
      .get() as {
      n: number;
    }
  ).n;
  return { letters, total };
}

/** Outgoing letters (replies) about the given incoming letters or request. */
export function repliesOf(
  db: DB,
  letterIds: readonly number[],
  requestId: string,
): Array<{ id: number; outgoingNo: string }> {
  const byLetter = letterIds.length ? `OR in_reply_to_id IN (${letterIds.map(() => '?').join(', ')})` : '';
  return db
    .prepare(
      `SELECT id, outgoing_no AS outgoingNo FROM outgoing_letters WHERE request_id = ? ${byLetter} ORDER BY id`,
    )
    .all(requestId, ...letterIds) as Array<{ id: number; outgoingNo: string }>;
}
