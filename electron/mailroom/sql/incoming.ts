// SQL for the incoming register (Вх. №). Domain rules live in electron/mailroom/.
import type {
  IncomingEntry,
  IncomingFilter,
  IncomingRow,
  IncomingSortKey,
  IncomingStatus,
  Language,
  OutgoingStatus,
} from '../../../common/contract/mailroom';
import { almatyDayStartIso, almatyParts, nextDate } from '../../../common/time/almaty';
import { maskIin } from '../../../common/identifiers/iin';
import { INCOMING_REGISTER, type RegisterDescriptor } from '../../../common/mailroom/registers';
import { cancelledOf, flatFields, registerSql } from './register';
import { listScans } from './scans';
import type { DB } from '../../sql/server';
export * from './incoming-writes';
import { REPLY_LEFT, type IncomingRecord } from './incoming-writes';

// ---------------------------------------------------------------------------------------------
// Reads.

/** A row as read: the stored record (./incoming-writes) with the columns only reads see. */
interface DbRow extends Omit<IncomingRecord, 'senderSort'> {
  id: number;
  status: IncomingStatus;
  replyOutgoingNo: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  updatedAt: string;
  scanCount: number;
}

function receivedTime(iso: string): string {
  return almatyParts(new Date(iso)).time;
}

export function toIncomingRow(r: DbRow, d: RegisterDescriptor = INCOMING_REGISTER): IncomingRow {
  return {
    ...(flatFields(d, r, 'row') as FlatRow),
    receivedTime: receivedTime(r.receivedAt),
    sender: {
      kind: r.senderKind,
      name: r.senderName,
      address: r.senderAddress,
      iinMasked: r.senderIin ? maskIin(r.senderIin) : null,
    },
    status: r.status,
    scanCount: r.scanCount,
  };
}
type FlatRow = Omit<IncomingRow, 'receivedTime' | 'sender' | 'status' | 'scanCount'>;
type FlatEntry = Pick<IncomingEntry, 'uid' | 'courierCompany' | 'waybill' | 'trackingWarning' | 'enclosures'>;

function toEntry(db: DB, r: DbRow, d: RegisterDescriptor): IncomingEntry {
  const row = toIncomingRow(r, d);
  const replies = db
    .prepare(
      `SELECT id, outgoing_no AS outgoingNo, date, status FROM outgoing_letters WHERE in_reply_to_id = ? ORDER BY id`,
    )
    .all(r.id) as { id: number; outgoingNo: string; date: string; status: OutgoingStatus }[];
  return {
    ...row,
    ...(flatFields(d, r, 'entry') as FlatEntry &
      Pick<IncomingEntry, 'notes' | 'createdAt' | 'createdBy' | 'updatedAt'>),
    sender: { ...row.sender, iin: r.senderIin },
    senderRef:
      r.senderRefNumber || r.senderRefDate ? { number: r.senderRefNumber, date: r.senderRefDate } : null,
    cancelled: cancelledOf(r),
    replies,
    scans: listScans(db, 'incoming', r.id),
  };
}

/** A letter counts as answered only while a reply that left the office still stands. */
const STATUS = `CASE WHEN l.status = 'answered' AND NOT EXISTS (SELECT 1 FROM outgoing_letters o WHERE o.in_reply_to_id = l.id AND ${REPLY_LEFT('o')})
       THEN 'registered' ELSE l.status END AS status`;

/** The incoming register's reads from its descriptor (a test extends the descriptor with a field). */
export function incomingSql(d: RegisterDescriptor = INCOMING_REGISTER) {
  return registerSql<IncomingSortKey, IncomingFilter, DbRow, IncomingRow, IncomingEntry>({
    d,
    rowExtra: [STATUS],
    toRow: (r) => toIncomingRow(r, d),
    toEntry: (db, r) => toEntry(db, r, d),
  });
}
const SQL = incomingSql();
const ROW_COLUMNS = SQL.rowColumns;

export function getIncoming(db: DB, key: { id: number } | { incomingNo: string }): IncomingEntry | null {
  return SQL.get(db, 'id' in key ? key : { number: key.incomingNo });
}

/** The few columns domain rules need without building a whole entry. */
export function incomingHead(
  db: DB,
  id: number,
): {
  id: number;
  uid: string;
  incomingNo: string;
  year: number;
  status: IncomingStatus;
  language: Language;
  receivedDate: string;
} | null {
  return (
    (db
      .prepare(
        `SELECT id, uid, incoming_no AS incomingNo, year, status, language, received_date AS receivedDate FROM incoming_letters WHERE id = ?`,
      )
      .get(id) as ReturnType<typeof incomingHead> | undefined) ?? null
  );
}

export function incomingIdByNumber(db: DB, incomingNo: string): number | null {
  return SQL.idByNumber(db, incomingNo);
}

export type { ListOptions } from '../../sql/paging';

// The register's reads, named for this register (the descriptor-built SQL is shared with outgoing).
/** The register's shared reads, for code that serves both registers alike. */
export { SQL as INCOMING_SQL };

export const {
  list: listIncoming,
  count: countIncoming,
  countCapped: countIncomingCapped,
  iteratePeriod: iterateIncomingPeriod,
  rowsByIds: incomingRowsByIds,
} = SQL;

export type IncomingEntryForExport = DbRow;

// ---------------------------------------------------------------------------------------------
// Duplicate candidates.

/** Non-cancelled entries with this (normalized) tracking number. */
export function findByTracking(db: DB, trackingNumber: string, excludeId?: number): DbRow[] {
  return db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM incoming_letters l
       WHERE l.tracking_number = ? AND l.status <> 'cancelled' AND l.id <> ? ORDER BY l.id DESC LIMIT 20`,
    )
    .all(trackingNumber, excludeId ?? 0) as DbRow[];
}

/** Non-cancelled entries from the same sender (sort key) received on the same Almaty day. */
export function findBySenderAndDay(db: DB, senderSort: string, day: string, excludeId?: number): DbRow[] {
  return db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM incoming_letters l
       WHERE l.sender_sort = ? AND l.received_at >= ? AND l.received_at < ? AND l.status <> 'cancelled' AND l.id <> ?
       ORDER BY l.id DESC LIMIT 50`,
    )
    .all(senderSort, almatyDayStartIso(day), almatyDayStartIso(nextDate(day)), excludeId ?? 0) as DbRow[];
}
export type IncomingDbRow = DbRow;

/**
 * Distinct officers letters are assigned to: a skip-scan over the (assigned_to, received_at) index,
 * one index seek per officer rather than a walk over every letter.
 */
export function listOfficers(db: DB): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE o(name) AS (
         SELECT min(assigned_to) FROM incoming_letters WHERE assigned_to IS NOT NULL
         UNION ALL
         SELECT (SELECT min(assigned_to) FROM incoming_letters WHERE assigned_to > o.name) FROM o WHERE o.name IS NOT NULL
       ) SELECT name FROM o WHERE name IS NOT NULL LIMIT 1000`,
    )
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}
