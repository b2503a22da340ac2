// The fields the correction dialog offers per register, their labels, and the patch each register's
// update call takes (sender/addressee are replaced as a whole). No React here.
import type { IncomingEntry, OutgoingEntry } from '../../../../../common/contract/mailroom';
import { almatyParts } from '../../../../../common/mailroom/almaty';
import { CHANNEL_KEYS, LETTER_LANGUAGE_KEYS } from '../vocab';

export type FieldKind = 'text' | 'area' | 'datetime' | 'date' | 'number' | 'choice';

export interface CorrectField {
  path: string;
  labelKey: string;
  kind: FieldKind;
  /** A choice's values and their label keys. */
  options?: Record<string, string>;
}

/** Labels of every correctable field path (also used by the history). */
export const FIELD_LABEL_KEYS: Record<string, string> = {
  receivedAt: 'mailroom.fields.receivedAt',
  channel: 'mailroom.fields.channel',
  trackingNumber: 'mailroom.fields.trackingNumber',
  courierCompany: 'mailroom.fields.courierCompany',
  waybill: 'mailroom.fields.waybill',
  'sender.kind': 'mailroom.fields.senderKind',
  'sender.name': 'mailroom.fields.senderName',
  'sender.iin': 'mailroom.fields.senderIin',
  'sender.address': 'mailroom.fields.senderAddress',
  'senderRef.number': 'mailroom.fields.senderRefNumber',
  'senderRef.date': 'mailroom.fields.senderRefDate',
  documentType: 'mailroom.fields.documentType',
  requestKind: 'mailroom.requestKind.label',
  language: 'mailroom.fields.language',
  summary: 'mailroom.fields.summary',
  sheets: 'mailroom.fields.sheets',
  enclosures: 'mailroom.fields.enclosures',
  notes: 'mailroom.fields.notes',
  assignedTo: 'mailroom.fields.assignedTo',
  date: 'mailroom.fields.outgoingDate',
  'addressee.kind': 'mailroom.fields.senderKind',
  'addressee.name': 'mailroom.fields.addresseeName',
  'addressee.address': 'mailroom.fields.addresseeAddress',
  signatory: 'mailroom.fields.signatory',
  inReplyTo: 'mailroom.fields.inReplyTo',
  method: 'mailroom.fields.method',
};

const field = (path: string, kind: FieldKind = 'text', options?: Record<string, string>): CorrectField => ({
  path,
  labelKey: FIELD_LABEL_KEYS[path]!,
  kind,
  ...(options ? { options } : {}),
});

export const INCOMING_FIELDS: readonly CorrectField[] = [
  field('receivedAt', 'datetime'),
  field('channel', 'choice', CHANNEL_KEYS),
  field('trackingNumber'),
  field('courierCompany'),
  field('waybill'),
  field('language', 'choice', LETTER_LANGUAGE_KEYS),
  field('sender.name'),
  field('sender.iin'),
  field('sender.address'),
  field('documentType'),
  field('summary', 'area'),
  field('sheets', 'number'),
  field('enclosures'),
  field('notes'),
  field('assignedTo'),
];

export const OUTGOING_FIELDS: readonly CorrectField[] = [
  field('date', 'date'),
  field('addressee.name'),
  field('addressee.address'),
  field('summary', 'area'),
  field('signatory'),
  field('sheets', 'number'),
  field('notes'),
];

export type Values = Record<string, string>;

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
const sheets = (v: string | undefined) => (v && v.trim() ? Number(v) : null);

export function incomingValues(e: IncomingEntry): Values {
  const p = almatyParts(new Date(e.receivedAt));
  return {
    receivedAt: `${p.date}T${p.time}`,
    channel: e.channel,
    trackingNumber: str(e.trackingNumber),
    courierCompany: str(e.courierCompany),
    waybill: str(e.waybill),
    language: e.language,
    'sender.name': e.sender.name,
    'sender.iin': str(e.sender.iin),
    'sender.address': str(e.sender.address),
    documentType: str(e.documentType),
    summary: e.summary,
    sheets: str(e.sheets),
    enclosures: str(e.enclosures),
    notes: str(e.notes),
    assignedTo: str(e.assignedTo),
  };
}

export function incomingPatch(e: IncomingEntry, v: Values) {
  const before = incomingValues(e);
  return {
    ...(v.receivedAt !== before.receivedAt ? { receivedAt: v.receivedAt } : {}),
    channel: v.channel as IncomingEntry['channel'],
    trackingNumber: orNull(v.trackingNumber),
    courierCompany: orNull(v.courierCompany),
    waybill: orNull(v.waybill),
    language: v.language as IncomingEntry['language'],
    sender: {
      kind: e.sender.kind,
      name: v['sender.name'] ?? '',
      iin: orNull(v['sender.iin']),
      address: orNull(v['sender.address']),
    },
    documentType: orNull(v.documentType),
    summary: v.summary ?? '',
    sheets: sheets(v.sheets),
    enclosures: orNull(v.enclosures),
    notes: orNull(v.notes),
    assignedTo: orNull(v.assignedTo),
  };
}

export function outgoingValues(e: OutgoingEntry): Values {
  return {
    date: e.date,
    'addressee.name': e.addressee.name,
    'addressee.address': str(e.addressee.address),
    summary: e.summary,
    signatory: str(e.signatory),
    sheets: str(e.sheets),
    notes: str(e.notes),
  };
}

export function outgoingPatch(e: OutgoingEntry, v: Values) {
  return {
    ...(v.date !== e.date ? { date: v.date } : {}),
    addressee: {
      kind: e.addressee.kind,
      name: v['addressee.name'] ?? '',
      address: orNull(v['addressee.address']),
    },
    summary: v.summary ?? '',
    signatory: orNull(v.signatory),
    sheets: sheets(v.sheets),
    notes: orNull(v.notes),
  };
}
