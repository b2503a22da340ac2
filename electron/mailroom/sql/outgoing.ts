// SQL for the outgoing register (Исх. №). Domain rules live in electron/mailroom/outgoing.ts.
import type {
  Channel,
  OutgoingEntry,
  OutgoingFilter,
  OutgoingRow,
  OutgoingSortKey,
  OutgoingStatus,
  PartyKind,
  ReplyLanguage,
} from '../../../common/contract/mailroom';
import type { TrackingWarning } from '../../../common/mailroom/tracking';
import { OUTGOING_REGISTER, type UpdatableField } from '../../../common/mailroom/registers';
import { cancelledOf, cancelRow, flatFields, insertSql, registerSql, updateColumns } from './register';
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

const INSERT_SQL = insertSql(OUTGOING_REGISTER, { created_at: '@registeredAt', updated_at: '@registeredAt' });

export function insertOutgoing(db: DB, r: OutgoingRecord): number {
  return Number(db.prepare(INSERT_SQL).run(r).lastInsertRowid);
}

export type OutgoingChanges = Partial<Pick<OutgoingRecord, UpdatableField<typeof OUTGOING_REGISTER>>>;

export function updateOutgoingColumns(db: DB, id: number, changes: OutgoingChanges, now: string): void {
  updateColumns(db, OUTGOING_REGISTER, id, changes, now);
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
  cancelRow(db, OUTGOING_REGISTER, id, at, by, reason);
}

/** A read row: the stored record as the descriptor reads it back, with what only reads have. */
interface DbRow extends Omit<OutgoingRecord, 'registeredAt' | 'addresseeSort' | 'inReplyToNo' | 'status'> {
  id: number;
  inReplyTo: string | null;
  status: OutgoingStatus;
  returnedAt: string | null;
  statusNote: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
  scanCount: number;
}

type FlatRow = Omit<OutgoingRow, 'addressee' | 'scanCount'>;
type FlatEntry = Pick<
  OutgoingEntry,
  | 'uid'
  | 'inReplyToId'
  | 'courierCompany'
  | 'waybill'
  | 'trackingWarning'
  | 'returnedAt'
  | 'statusNote'
  | 'notes'
  | 'requestId'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
>;

export function toOutgoingRow(r: DbRow): OutgoingRow {
  return {
    ...(flatFields(OUTGOING_REGISTER, r, 'row') as FlatRow),
    addressee: { kind: r.addresseeKind, name: r.addresseeName, address: r.addresseeAddress },
    scanCount: r.scanCount,
  };
}

function toEntry(db: DB, r: DbRow): OutgoingEntry {
  return {
    ...toOutgoingRow(r),
    ...(flatFields(OUTGOING_REGISTER, r, 'entry') as FlatEntry),
    cancelled: cancelledOf(r),
    scans: listScans(db, 'outgoing', r.id),
  };
}

const SQL = registerSql<OutgoingSortKey, OutgoingFilter, DbRow, OutgoingRow, OutgoingEntry>({
  d: OUTGOING_REGISTER,
  rowExtra: [],
  toRow: toOutgoingRow,
  toEntry,
});

export function getOutgoing(db: DB, key: { id: number } | { outgoingNo: string }): OutgoingEntry | null {
  return SQL.get(db, 'id' in key ? key : { number: key.outgoingNo });
}
export type OutgoingDbRow = DbRow;

// The register's reads, named for this register (the descriptor-built SQL is shared with incoming).
/** The register's shared reads, for code that serves both registers alike. */
export { SQL as OUTGOING_SQL };

export const {
  list: listOutgoing,
  count: countOutgoing,
  countCapped: countOutgoingCapped,
  iteratePeriod: iterateOutgoingPeriod,
  rowsByIds: outgoingRowsByIds,
} = SQL;
