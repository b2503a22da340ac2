// What the mailroom calls answer: register rows and entries, scans, search hits, settings and
// export files. Re-exported by ./mailroom, which importers keep using.
import type { CheckedValues, INCOMING_REGISTER } from '../mailroom/registers';
import type { ScanKind, ScanMime } from '../mailroom/scan-files';
import type { TrackingWarning } from '../mailroom/tracking';
import type { RequestKind } from '../requests/document-types';
import type { Channel, ReplyLanguage, PartyKind, IncomingStatus, OutgoingStatus, Register } from './mailroom';

export interface Party {
  kind: PartyKind | null;
  name: string;
  address: string | null;
}

export interface Cancellation {
  at: string;
  by: string;
  reason: string;
}

export interface ScanMeta {
  id: number;
  register: Register;
  letterId: number;
  kind: ScanKind;
  /** The original file name, for display only. */
  label: string;
  mime: ScanMime;
  bytes: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
}

export interface ScanContent extends ScanMeta {
  dataBase64: string;
}

/** The incoming register's plain fields (channel, summary, …), as its descriptor checks them. */
type IncomingPlain<L extends 'row' | 'entry'> = CheckedValues<typeof INCOMING_REGISTER, L>;

/** A row of the incoming list: the IIN masked (900101•••••3). */
export interface IncomingRow extends IncomingPlain<'row'> {
  id: number;
  incomingNo: string;
  year: number;
  seq: number;
  /** ISO instant (UTC). */
  receivedAt: string;
  /** Almaty calendar date and time of receipt. */
  receivedDate: string;
  receivedTime: string;
  trackingNumber: string | null;
  sender: Party & { iinMasked: string | null };
  /** Picked from the list; null: not yet classified. */
  requestKind: RequestKind | null;
  status: IncomingStatus;
  replyOutgoingNo: string | null;
  scanCount: number;
}

/** The whole entry, with the full IIN: only intake.get, create and update return it. */
export interface IncomingEntry extends Omit<IncomingRow, 'sender'>, IncomingPlain<'entry'> {
  uid: string;
  sender: Party & { iin: string | null; iinMasked: string | null };
  /** The tracking warning the clerk confirmed when saving, if any. */
  trackingWarning: TrackingWarning | null;
  senderRef: { number: string | null; date: string | null } | null;
  cancelled: Cancellation | null;
  /** Outgoing letters registered as answers to it. */
  replies: { id: number; outgoingNo: string; date: string; status: OutgoingStatus }[];
  scans: ScanMeta[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface OutgoingRow {
  id: number;
  outgoingNo: string;
  year: number;
  seq: number;
  /** Register date, YYYY-MM-DD (Almaty). */
  date: string;
  addressee: Party;
  summary: string;
  signatory: string | null;
  inReplyTo: string | null;
  method: Channel;
  trackingNumber: string | null;
  sheets: number | null;
  language: ReplyLanguage;
  status: OutgoingStatus;
  sentAt: string | null;
  scanCount: number;
}

export interface OutgoingEntry extends OutgoingRow {
  uid: string;
  inReplyToId: number | null;
  courierCompany: string | null;
  waybill: string | null;
  trackingWarning: TrackingWarning | null;
  returnedAt: string | null;
  statusNote: string | null;
  notes: string | null;
  requestId: string | null;
  cancelled: Cancellation | null;
  scans: ScanMeta[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface Page<R> {
  rows: R[];
  /** Whether more rows follow this page in this order. */
  hasMore: boolean;
  /** Pass back as `cursor` for the next page (null at the end). */
  nextCursor: string | null;
}

export interface DuplicateMatch extends IncomingRow {
  reasons: ('tracking' | 'sender_date_summary')[];
}

export interface SearchHit {
  register: Register;
  id: number;
  number: string;
  /** Incoming: receivedAt (ISO instant); outgoing: the register date. */
  at: string;
  /** Almaty calendar date. */
  date: string;
  name: string;
  iinMasked: string | null;
  summary: string;
  trackingNumber: string | null;
  status: IncomingStatus | OutgoingStatus;
}

export interface MailroomSettings {
  incomingNumberFormat: string;
  outgoingNumberFormat: string;
  scanMaxBytes: number;
  /** What the next numbers look like in the current year with these formats (e.g. ВХ-2026-000124). */
  preview: { incoming: string; outgoing: string };
}

export interface ExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
  rows: number;
  bytes: number;
}

/** One changed field of a correction (values as text; null when empty). */
export interface CorrectionEntry {
  at: string;
  actor: string;
  /** The field's path in the entry (sender.name, receivedAt…). */
  field: string;
  before: string | null;
  after: string | null;
}
