// SQL for the incoming register (Вх. №). Domain rules live in electron/mailroom/.
import type {
  IncomingEntry,
  IncomingFilter,
  IncomingRow,
  IncomingSortKey,
  IncomingStatus,
  Language,
  OutgoingStatus,
  Page,
} from '../../../common/contract/mailroom';
import { almatyDayStartIso, almatyParts, nextDate } from '../../../common/time/almaty';
import { maskIin } from '../../../common/identifiers/iin';
import { filterTerms, listRegister, type ListOptions, type RegisterTable } from '../../sql/paging';
import { registerCount } from '../../sql/counts';
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

const ROW_COLUMNS = `l.id, l.year, l.seq, l.incoming_no AS incomingNo, l.received_at AS receivedAt, l.received_date AS receivedDate,
  l.channel, l.tracking_number AS trackingNumber, l.sender_kind AS senderKind, l.sender_name AS senderName,
  l.sender_iin AS senderIin, l.sender_address AS senderAddress, l.document_type AS documentType, l.language,
  l.summary, l.sheets, l.assigned_to AS assignedTo, l.due_date AS dueDate,
  CASE WHEN l.status = 'answered' AND NOT EXISTS (SELECT 1 FROM outgoing_letters o WHERE o.in_reply_to_id = l.id AND ${REPLY_LEFT('o')})
       THEN 'registered' ELSE l.status END AS status, l.reply_outgoing_no AS replyOutgoingNo,
  (SELECT count(*) FROM mail_scans s WHERE s.incoming_id = l.id) AS scanCount`;

const ENTRY_COLUMNS = `${ROW_COLUMNS}, l.uid, l.tracking_warning AS trackingWarning, l.courier_company AS courierCompany,
  l.waybill, l.sender_ref_number AS senderRefNumber, l.sender_ref_date AS senderRefDate, l.enclosures, l.notes,
  l.cancelled_at AS cancelledAt, l.cancelled_by AS cancelledBy, l.cancel_reason AS cancelReason,
  l.created_at AS createdAt, l.created_by AS createdBy, l.updated_at AS updatedAt`;

function receivedTime(iso: string): string {
  return almatyParts(new Date(iso)).time;
}

export function toIncomingRow(r: DbRow): IncomingRow {
  return {
    id: r.id,
    incomingNo: r.incomingNo,
    year: r.year,
    seq: r.seq,
    receivedAt: r.receivedAt,
    receivedDate: r.receivedDate,
    receivedTime: receivedTime(r.receivedAt),
    channel: r.channel,
    trackingNumber: r.trackingNumber,
    sender: {
      kind: r.senderKind,
      name: r.senderName,
      address: r.senderAddress,
      iinMasked: r.senderIin ? maskIin(r.senderIin) : null,
    },
    documentType: r.documentType,
    language: r.language,
    summary: r.summary,
    sheets: r.sheets,
    assignedTo: r.assignedTo,
    dueDate: r.dueDate,
    status: r.status,
    replyOutgoingNo: r.replyOutgoingNo,
    scanCount: r.scanCount,
  };
}

function toEntry(db: DB, r: DbRow): IncomingEntry {
  const row = toIncomingRow(r);
  const replies = db
    .prepare(
      `SELECT id, outgoing_no AS outgoingNo, date, status FROM outgoing_letters WHERE in_reply_to_id = ? ORDER BY id`,
    )
    .all(r.id) as { id: number; outgoingNo: string; date: string; status: OutgoingStatus }[];
  return {
    ...row,
    uid: r.uid,
    sender: { ...row.sender, iin: r.senderIin },
    courierCompany: r.courierCompany,
    waybill: r.waybill,
    trackingWarning: r.trackingWarning,
    senderRef:
      r.senderRefNumber || r.senderRefDate ? { number: r.senderRefNumber, date: r.senderRefDate } : null,
    enclosures: r.enclosures,
    notes: r.notes,
    cancelled: r.cancelledAt
      ? { at: r.cancelledAt, by: r.cancelledBy ?? '', reason: r.cancelReason ?? '' }
      : null,
    replies,
    scans: listScans(db, 'incoming', r.id),
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  };
}

export function getIncoming(db: DB, key: { id: number } | { incomingNo: string }): IncomingEntry | null {
  const r = (
    'id' in key
      ? db.prepare(`SELECT ${ENTRY_COLUMNS} FROM incoming_letters l WHERE l.id = ?`).get(key.id)
      : db
          .prepare(`SELECT ${ENTRY_COLUMNS} FROM incoming_letters l WHERE l.incoming_no = ?`)
          .get(key.incomingNo)
  ) as DbRow | undefined;
  return r ? toEntry(db, r) : null;
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
  const r = db.prepare('SELECT id FROM incoming_letters WHERE incoming_no = ?').get(incomingNo) as
    { id: number } | undefined;
  return r?.id ?? null;
}

/** The incoming register's filter as WHERE terms: received_at is an instant, so days are Almaty days. */
function filterSql(
  f: IncomingFilter | undefined,
  unindexed = false,
): { where: string[]; params: Record<string, unknown> } {
  return filterTerms(
    'l',
    [
      {
        column: 'received_at',
        op: '>=',
        param: 'from',
        value: f?.from ? almatyDayStartIso(f.from) : undefined,
      },
      {
        column: 'received_at',
        op: '<',
        param: 'to',
        value: f?.to ? almatyDayStartIso(nextDate(f.to)) : undefined,
      },
      { column: 'channel', op: '=', param: 'channel', value: f?.channel },
      { column: 'status', op: '=', param: 'status', value: f?.status },
      { column: 'assigned_to', op: '=', param: 'assignedTo', value: f?.assignedTo },
    ],
    unindexed,
  );
}

const INCOMING_ORDERS: Record<IncomingSortKey, { expr: string; as: string }[]> = {
  date: [
    { expr: 'l.received_at', as: '__k0' },
    { expr: 'l.id', as: '__k1' },
  ],
  number: [
    { expr: 'l.year', as: '__k0' },
    { expr: 'l.seq', as: '__k1' },
  ],
  sender: [
    { expr: 'l.sender_sort', as: '__k0' },
    { expr: 'l.received_at', as: '__k1' },
    { expr: 'l.id', as: '__k2' },
  ],
};

export type { ListOptions } from '../../sql/paging';

const INCOMING: RegisterTable<IncomingSortKey, IncomingFilter, DbRow & Record<string, unknown>, IncomingRow> =
  {
    table: 'incoming_letters',
    alias: 'l',
    name: 'incoming',
    select: ROW_COLUMNS,
    indexedSort: 'date',
    orders: INCOMING_ORDERS,
    filterSql,
    toRow: toIncomingRow,
  };

export function listIncoming(db: DB, o: ListOptions<IncomingSortKey, IncomingFilter>): Page<IncomingRow> {
  return listRegister(db, INCOMING, o);
}

export function countIncoming(db: DB, filter: IncomingFilter | undefined): number {
  return countIncomingCapped(db, filter).count;
}

/** A count that stops at `cap` (cheap at any size); exact: false when there are more. */
export function countIncomingCapped(
  db: DB,
  filter: IncomingFilter | undefined,
  cap?: number,
): { count: number; exact: boolean } {
  // From the summary kept by migration 0010's triggers: a sum over days, not a walk over letters.
  return registerCount(
    db,
    'incoming',
    filter && {
      from: filter.from,
      to: filter.to,
      channel: filter.channel,
      status: filter.status,
      party: filter.assignedTo,
    },
    cap,
  );
}

/** Every row of a period in register order (year, number), for exports. */
export function iterateIncomingPeriod(
  db: DB,
  from: string,
  to: string,
): IterableIterator<IncomingEntryForExport> {
  return db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM incoming_letters l WHERE l.received_at >= ? AND l.received_at < ? ORDER BY l.year, l.seq`,
    )
    .iterate(
      almatyDayStartIso(from),
      almatyDayStartIso(nextDate(to)),
    ) as IterableIterator<IncomingEntryForExport>;
}
export type IncomingEntryForExport = DbRow;

/** Rows by id, in the order given (search results). */
export function incomingRowsByIds(db: DB, ids: number[]): IncomingRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM incoming_letters l WHERE l.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as DbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toIncomingRow(r)] : [];
  });
}

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
