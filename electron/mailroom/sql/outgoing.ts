// SQL for the outgoing register (Исх. №). Domain rules live in electron/mailroom/outgoing.ts.
import type {
  Channel,
  OutgoingEntry,
  OutgoingFilter,
  OutgoingRow,
  OutgoingSortKey,
  OutgoingStatus,
  Page,
  PartyKind,
  ReplyLanguage,
} from '../../../common/contract/mailroom';
import type { TrackingWarning } from '../../../common/mailroom/tracking';
import { filterTerms, listRegister, type ListOptions, type RegisterTable } from '../../sql/paging';
import { registerCount } from '../../sql/counts';
import { listScans } from './scans';
import type { DB } from '../../sql/server';

export interface OutgoingRecord {
  uid: string;
  year: number;
  seq: number;
  outgoingNo: string;
  date: string;
  registeredAt: string;
  addresseeKind: PartyKind | null;
  addresseeName: string;
  addresseeSort: string;
  addresseeAddress: string | null;
  summary: string;
  signatory: string | null;
  inReplyToId: number | null;
  inReplyToNo: string | null;
  method: Channel;
  trackingNumber: string | null;
  trackingWarning: TrackingWarning | null;
  courierCompany: string | null;
  waybill: string | null;
  sheets: number | null;
  language: ReplyLanguage;
  status: 'draft' | 'sent';
  sentAt: string | null;
  requestId: string | null;
  notes: string | null;
  createdBy: string;
}

export function insertOutgoing(db: DB, r: OutgoingRecord): number {
  return Number(
    db
      .prepare(
        `INSERT INTO outgoing_letters(
          uid, year, seq, outgoing_no, date, registered_at, addressee_kind, addressee_name, addressee_sort,
          addressee_address, summary, signatory, in_reply_to_id, in_reply_to_no, method, tracking_number,
          tracking_warning, courier_company, waybill, sheets, language, status, sent_at, request_id, notes,
          created_at, created_by, updated_at)
        VALUES (
          @uid, @year, @seq, @outgoingNo, @date, @registeredAt, @addresseeKind, @addresseeName, @addresseeSort,
          @addresseeAddress, @summary, @signatory, @inReplyToId, @inReplyToNo, @method, @trackingNumber,
          @trackingWarning, @courierCompany, @waybill, @sheets, @language, @status, @sentAt, @requestId, @notes,
          @registeredAt, @createdBy, @registeredAt)`,
      )
      .run(r).lastInsertRowid,
  );
}

export const UPDATABLE_OUTGOING = {
  date: 'date',
  addresseeKind: 'addressee_kind',
  addresseeName: 'addressee_name',
  addresseeSort: 'addressee_sort',
  addresseeAddress: 'addressee_address',
  summary: 'summary',
  signatory: 'signatory',
  inReplyToId: 'in_reply_to_id',
  inReplyToNo: 'in_reply_to_no',
  method: 'method',
  trackingNumber: 'tracking_number',
  trackingWarning: 'tracking_warning',
  courierCompany: 'courier_company',
  waybill: 'waybill',
  sheets: 'sheets',
  language: 'language',
  notes: 'notes',
} as const satisfies Partial<Record<keyof OutgoingRecord, string>>;
export type OutgoingChanges = Partial<Pick<OutgoingRecord, keyof typeof UPDATABLE_OUTGOING>>;

export function updateOutgoingColumns(db: DB, id: number, changes: OutgoingChanges, now: string): void {
  const keys = Object.keys(changes) as (keyof typeof UPDATABLE_OUTGOING)[];
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${UPDATABLE_OUTGOING[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE outgoing_letters SET ${sets}, updated_at = @__now WHERE id = @__id`).run({
    ...changes,
    __now: now,
    __id: id,
  });
}

export function setOutgoingStatusRow(
  db: DB,
  id: number,
  s: {
    status: 'sent' | 'returned';
    at: string;
    note: string | null;
    trackingNumber?: string | null;
    trackingWarning?: TrackingWarning | null;
  },
  now: string,
): void {
  const tracking =
    s.trackingNumber !== undefined
      ? ', tracking_number = @trackingNumber, tracking_warning = @trackingWarning'
      : '';
  const when = s.status === 'sent' ? 'sent_at = @at' : 'returned_at = @at';
  db.prepare(
    `UPDATE outgoing_letters SET status = @status, ${when}, status_note = @note${tracking}, updated_at = @now WHERE id = @id`,
  ).run({
    status: s.status,
    at: s.at,
    note: s.note,
    trackingNumber: s.trackingNumber ?? null,
    trackingWarning: s.trackingWarning ?? null,
    now,
    id,
  });
}

export function cancelOutgoingRow(db: DB, id: number, at: string, by: string, reason: string): void {
  db.prepare(
    `UPDATE outgoing_letters SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, updated_at = ? WHERE id = ?`,
  ).run(at, by, reason, at, id);
}

interface DbRow {
  id: number;
  uid: string;
  year: number;
  seq: number;
  outgoingNo: string;
  date: string;
  addresseeKind: PartyKind | null;
  addresseeName: string;
  addresseeAddress: string | null;
  summary: string;
  signatory: string | null;
  inReplyToId: number | null;
  inReplyTo: string | null;
  method: Channel;
  trackingNumber: string | null;
  trackingWarning: TrackingWarning | null;
  courierCompany: string | null;
  waybill: string | null;
  sheets: number | null;
  language: ReplyLanguage;
  status: OutgoingStatus;
  sentAt: string | null;
  returnedAt: string | null;
  statusNote: string | null;
  requestId: string | null;
  notes: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  scanCount: number;
}

const ROW_COLUMNS = `o.id, o.year, o.seq, o.outgoing_no AS outgoingNo, o.date, o.addressee_kind AS addresseeKind,
  o.addressee_name AS addresseeName, o.addressee_address AS addresseeAddress, o.summary, o.signatory,
  o.in_reply_to_no AS inReplyTo, o.method, o.tracking_number AS trackingNumber, o.sheets, o.language, o.status,
  o.sent_at AS sentAt, (SELECT count(*) FROM mail_scans s WHERE s.outgoing_id = o.id) AS scanCount`;
const ENTRY_COLUMNS = `${ROW_COLUMNS}, o.uid, o.in_reply_to_id AS inReplyToId, o.tracking_warning AS trackingWarning,
  o.courier_company AS courierCompany, o.waybill, o.returned_at AS returnedAt, o.status_note AS statusNote,
  o.request_id AS requestId, o.notes, o.cancelled_at AS cancelledAt, o.cancelled_by AS cancelledBy,
  o.cancel_reason AS cancelReason, o.created_at AS createdAt, o.created_by AS createdBy, o.updated_at AS updatedAt`;

export function toOutgoingRow(r: DbRow): OutgoingRow {
  return {
    id: r.id,
    outgoingNo: r.outgoingNo,
    year: r.year,
    seq: r.seq,
    date: r.date,
    addressee: { kind: r.addresseeKind, name: r.addresseeName, address: r.addresseeAddress },
    summary: r.summary,
    signatory: r.signatory,
    inReplyTo: r.inReplyTo,
    method: r.method,
    trackingNumber: r.trackingNumber,
    sheets: r.sheets,
    language: r.language,
    status: r.status,
    sentAt: r.sentAt,
    scanCount: r.scanCount,
  };
}

export function getOutgoing(db: DB, key: { id: number } | { outgoingNo: string }): OutgoingEntry | null {
  const r = (
    'id' in key
      ? db.prepare(`SELECT ${ENTRY_COLUMNS} FROM outgoing_letters o WHERE o.id = ?`).get(key.id)
      : db
          .prepare(`SELECT ${ENTRY_COLUMNS} FROM outgoing_letters o WHERE o.outgoing_no = ?`)
          .get(key.outgoingNo)
  ) as DbRow | undefined;
  if (!r) return null;
  return {
    ...toOutgoingRow(r),
    uid: r.uid,
    inReplyToId: r.inReplyToId,
    courierCompany: r.courierCompany,
    waybill: r.waybill,
    trackingWarning: r.trackingWarning,
    returnedAt: r.returnedAt,
    statusNote: r.statusNote,
    notes: r.notes,
    requestId: r.requestId,
    cancelled: r.cancelledAt
      ? { at: r.cancelledAt, by: r.cancelledBy ?? '', reason: r.cancelReason ?? '' }
      : null,
    scans: listScans(db, 'outgoing', r.id),
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  };
}
export type OutgoingDbRow = DbRow;

/** The outgoing register's filter as WHERE terms: `date` is a calendar day already. */
function filterSql(
  f: OutgoingFilter | undefined,
  unindexed = false,
): { where: string[]; params: Record<string, unknown> } {
  return filterTerms(
    'o',
    [
      { column: 'date', op: '>=', param: 'from', value: f?.from },
      { column: 'date', op: '<=', param: 'to', value: f?.to },
      { column: 'method', op: '=', param: 'method', value: f?.method },
      { column: 'status', op: '=', param: 'status', value: f?.status },
      { column: 'signatory', op: '=', param: 'signatory', value: f?.signatory },
    ],
    unindexed,
  );
}

const OUTGOING_ORDERS: Record<OutgoingSortKey, { expr: string; as: string }[]> = {
  date: [
    { expr: 'o.date', as: '__k0' },
    { expr: 'o.id', as: '__k1' },
  ],
  number: [
    { expr: 'o.year', as: '__k0' },
    { expr: 'o.seq', as: '__k1' },
  ],
  addressee: [
    { expr: 'o.addressee_sort', as: '__k0' },
    { expr: 'o.date', as: '__k1' },
    { expr: 'o.id', as: '__k2' },
  ],
};

const OUTGOING: RegisterTable<OutgoingSortKey, OutgoingFilter, DbRow & Record<string, unknown>, OutgoingRow> =
  {
    table: 'outgoing_letters',
    alias: 'o',
    name: 'outgoing',
    select: ROW_COLUMNS,
    indexedSort: 'date',
    orders: OUTGOING_ORDERS,
    filterSql,
    toRow: toOutgoingRow,
  };

export function listOutgoing(db: DB, o: ListOptions<OutgoingSortKey, OutgoingFilter>): Page<OutgoingRow> {
  return listRegister(db, OUTGOING, o);
}

export function countOutgoing(db: DB, filter: OutgoingFilter | undefined): number {
  return countOutgoingCapped(db, filter).count;
}

/** A count that stops at `cap` (cheap at any size); exact: false when there are more. */
export function countOutgoingCapped(
  db: DB,
  filter: OutgoingFilter | undefined,
  cap?: number,
): { count: number; exact: boolean } {
  // From the summary kept by migration 0010's triggers: a sum over days, not a walk over letters.
  return registerCount(
    db,
    'outgoing',
    filter && {
      from: filter.from,
      to: filter.to,
      channel: filter.method,
      status: filter.status,
      party: filter.signatory,
    },
    cap,
  );
}

export function iterateOutgoingPeriod(db: DB, from: string, to: string): IterableIterator<DbRow> {
  return db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM outgoing_letters o WHERE o.date >= ? AND o.date <= ? ORDER BY o.year, o.seq`,
    )
    .iterate(from, to) as IterableIterator<DbRow>;
}

export function outgoingRowsByIds(db: DB, ids: number[]): OutgoingRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM outgoing_letters o WHERE o.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as DbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toOutgoingRow(r)] : [];
  });
}
