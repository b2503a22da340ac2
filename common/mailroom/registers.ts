// The two registers (incoming Вх. №, outgoing Исх. №) as data: their table, number, statuses,
// sort keys, filters and columns. The shared SQL (electron/mailroom/sql/register.ts), the
// services and the CLI read this; incoming and outgoing code keeps only what truly differs.
// Adding a plain field to a register is one column here plus a migration (see README,
// "Adding a field to the incoming register").
import {
  CHANNELS,
  INCOMING_SORT_KEYS,
  INCOMING_STATUSES,
  OUTGOING_SORT_KEYS,
  OUTGOING_STATUSES,
  type Register,
} from '../contract/mailroom';
import { DEFAULT_INCOMING_FORMAT, DEFAULT_OUTGOING_FORMAT } from './number-format';

/** One stored column of a register table. */
export interface RegisterColumn {
  /** Name in the stored record (what an insert takes). */
  field: string;
  column: string;
  /** Name when read, if not `field`. */
  as?: string;
  /** Read into list rows and entries ('row'), into entries only ('entry'), or never ('none'). */
  read: 'row' | 'entry' | 'none';
  /** Written by an insert ('insert'), also changeable by an edit ('update'), or read-only ('none'). */
  write: 'insert' | 'update' | 'none';
  /** Read under the same name into rows/entries; false: the register's SQL module shapes it. */
  flat: boolean;
}

export interface RegisterDescriptor {
  register: Register;
  table: string;
  /** SQL alias of the table in reads. */
  alias: string;
  /** Audit entity type, and the NOT_FOUND entity. */
  entity: string;
  /** Audit action prefix (`intake.cancel`, `outgoing.cancel`). */
  action: string;
  /** How the number is called on paper, and its default format (settings may change it). */
  numberLabel: string;
  numberFormat: string;
  /** Record field and column of the register number. */
  numberField: string;
  numberColumn: string;
  /** mail_scans column pointing at this register. */
  scanColumn: string;
  statuses: readonly string[];
  sortKeys: readonly string[];
  /** The register day: `instant` columns hold a time (days are Almaty days), else a calendar date. */
  day: { column: string; instant: boolean };
  /** The sort key ordering by the other party (sender, addressee), and its sort column. */
  partySort: { key: string; column: string };
  /** The two filters beyond period and status: the channel and the responsible person. */
  filters: { channel: Filter; party: Filter };
  columns: readonly RegisterColumn[];
}

interface Filter {
  /** Key in the contract's filter, CLI flag, column. */
  key: string;
  flag: string;
  column: string;
  description: string;
}

function col<F extends string, W extends RegisterColumn['write']>(
  field: F,
  column: string,
  read: RegisterColumn['read'],
  write: W,
  flat = true,
  as?: string,
): RegisterColumn & { field: F; write: W } {
  return { field, column, read, write, flat, ...(as ? { as } : {}) };
}

/** The names that follow from the register's own: table, entity, number, scan link. */
function names<R extends Register>(register: R) {
  return {
    register,
    table: `${register}_letters`,
    entity: `${register}_letter`,
    numberField: `${register}No`,
    numberColumn: `${register}_no`,
    scanColumn: `${register}_id`,
  } as const;
}

/** Columns both tables have, under the same names. */
const SHARED_COLUMNS = [
  col('uid', 'uid', 'entry', 'insert'),
  col('year', 'year', 'row', 'insert'),
  col('seq', 'seq', 'row', 'insert'),
  col('trackingNumber', 'tracking_number', 'row', 'update'),
  col('trackingWarning', 'tracking_warning', 'entry', 'update'),
  col('courierCompany', 'courier_company', 'entry', 'update'),
  col('waybill', 'waybill', 'entry', 'update'),
  col('summary', 'summary', 'row', 'update'),
  col('sheets', 'sheets', 'row', 'update'),
  col('language', 'language', 'row', 'update'),
  col('notes', 'notes', 'entry', 'update'),
  col('createdBy', 'created_by', 'entry', 'insert'),
  col('updatedAt', 'updated_at', 'entry', 'none'),
  col('cancelledAt', 'cancelled_at', 'entry', 'none', false),
  col('cancelledBy', 'cancelled_by', 'entry', 'none', false),
  col('cancelReason', 'cancel_reason', 'entry', 'none', false),
] as const;

export const INCOMING_REGISTER = {
  ...names('incoming'),
  alias: 'l',
  action: 'intake',
  numberLabel: 'Вх. №',
  numberFormat: DEFAULT_INCOMING_FORMAT,
  statuses: INCOMING_STATUSES,
  sortKeys: INCOMING_SORT_KEYS,
  day: { column: 'received_at', instant: true },
  partySort: { key: 'sender', column: 'sender_sort' },
  filters: {
    channel: { key: 'channel', flag: 'channel', column: 'channel', description: CHANNELS.join(', ') },
    party: { key: 'assignedTo', flag: 'officer', column: 'assigned_to', description: 'assigned officer' },
  },
  columns: [
    ...SHARED_COLUMNS,
    col('incomingNo', 'incoming_no', 'row', 'insert'),
    col('receivedAt', 'received_at', 'row', 'update'),
    col('receivedDate', 'received_date', 'row', 'update'),
    col('channel', 'channel', 'row', 'update'),
    col('senderKind', 'sender_kind', 'row', 'update', false),
    col('senderName', 'sender_name', 'row', 'update', false),
    col('senderSort', 'sender_sort', 'none', 'update'),
    col('senderIin', 'sender_iin', 'row', 'update', false),
    col('senderAddress', 'sender_address', 'row', 'update', false),
    col('senderRefNumber', 'sender_ref_number', 'entry', 'update', false),
    col('senderRefDate', 'sender_ref_date', 'entry', 'update', false),
    col('documentType', 'document_type', 'row', 'update'),
    col('requestKind', 'request_kind', 'row', 'update'),
    col('enclosures', 'enclosures', 'entry', 'update'),
    col('assignedTo', 'assigned_to', 'row', 'update'),
    col('dueDate', 'due_date', 'row', 'update'),
    col('replyOutgoingNo', 'reply_outgoing_no', 'row', 'none'),
    col('createdAt', 'created_at', 'entry', 'insert'),
  ],
} as const satisfies RegisterDescriptor;

export const OUTGOING_REGISTER = {
  ...names('outgoing'),
  alias: 'o',
  action: 'outgoing',
  numberLabel: 'Исх. №',
  numberFormat: DEFAULT_OUTGOING_FORMAT,
  statuses: OUTGOING_STATUSES,
  sortKeys: OUTGOING_SORT_KEYS,
  day: { column: 'date', instant: false },
  partySort: { key: 'addressee', column: 'addressee_sort' },
  filters: {
    channel: { key: 'method', flag: 'method', column: 'method', description: CHANNELS.join(', ') },
    party: { key: 'signatory', flag: 'signatory', column: 'signatory', description: 'who signed' },
  },
  columns: [
    ...SHARED_COLUMNS,
    col('outgoingNo', 'outgoing_no', 'row', 'insert'),
    col('date', 'date', 'row', 'update'),
    col('registeredAt', 'registered_at', 'none', 'insert'),
    col('addresseeKind', 'addressee_kind', 'row', 'update', false),
    col('addresseeName', 'addressee_name', 'row', 'update', false),
    col('addresseeSort', 'addressee_sort', 'none', 'update'),
    col('addresseeAddress', 'addressee_address', 'row', 'update', false),
    col('signatory', 'signatory', 'row', 'update'),
    col('inReplyToId', 'in_reply_to_id', 'entry', 'update'),
    col('inReplyToNo', 'in_reply_to_no', 'row', 'update', true, 'inReplyTo'),
    col('method', 'method', 'row', 'update'),
    col('status', 'status', 'row', 'insert'),
    col('sentAt', 'sent_at', 'row', 'insert'),
    col('returnedAt', 'returned_at', 'entry', 'none'),
    col('statusNote', 'status_note', 'entry', 'none'),
    col('requestId', 'request_id', 'entry', 'insert'),
    col('createdAt', 'created_at', 'entry', 'none'),
  ],
} as const satisfies RegisterDescriptor;

export const REGISTER_DESCRIPTORS = { incoming: INCOMING_REGISTER, outgoing: OUTGOING_REGISTER } as const;

type ColumnOf<D extends RegisterDescriptor> = D['columns'][number];
/** Record fields an edit may change. */
export type UpdatableField<D extends RegisterDescriptor> = Extract<ColumnOf<D>, { write: 'update' }>['field'];
