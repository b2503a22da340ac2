// Corrections of registered entries (issue 19): who may correct an entry, and what changed.
// Records offices correct an entry with a trail instead of cancelling it (which costs a number):
// the clerk who registered it may correct it on the same Almaty day, an officer or administrator
// at any time. The Вх./Исх. № never changes. Pure: the core enforces it, the renderer shows the
// «Исправить» button by the same rule.
import type { Role } from '../contract/define';
import { almatyDay } from '../time/almaty';

/** Roles that may correct any entry at any time. */
export const CORRECT_ANY_TIME: readonly Role[] = ['admin', 'officer'];
/** Roles that may correct the entries they registered themselves, on the day they registered them. */
export const CORRECT_OWN_SAME_DAY: readonly Role[] = ['clerk'];

export interface CorrectionWho {
  role: Role;
  username: string;
}

export interface CorrectableEntry {
  createdBy: string;
  createdAt: string;
  status: string;
}

export function mayCorrect(who: CorrectionWho, entry: CorrectableEntry, now: Date): boolean {
  if (entry.status === 'cancelled') return false;
  if (CORRECT_ANY_TIME.includes(who.role)) return true;
  return (
    CORRECT_OWN_SAME_DAY.includes(who.role) &&
    entry.createdBy === who.username &&
    almatyDay(entry.createdAt) === almatyDay(now)
  );
}

/** The fields of an incoming entry a correction may change, as paths into IncomingEntry. */
export const INCOMING_CORRECTION_FIELDS = [
  'receivedAt',
  'channel',
  'trackingNumber',
  'courierCompany',
  'waybill',
  'sender.kind',
  'sender.name',
  'sender.iin',
  'sender.address',
  'senderRef.number',
  'senderRef.date',
  'documentType',
  'requestKind',
  'language',
  'summary',
  'sheets',
  'enclosures',
  'notes',
  'assignedTo',
] as const;

/** The fields of an outgoing entry a correction may change, as paths into OutgoingEntry. */
export const OUTGOING_CORRECTION_FIELDS = [
  'date',
  'addressee.kind',
  'addressee.name',
  'addressee.address',
  'summary',
  'signatory',
  'inReplyTo',
  'method',
  'trackingNumber',
  'courierCompany',
  'waybill',
  'sheets',
  'language',
  'notes',
] as const;

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function at(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function text(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  return String(v);
}

/** Each listed field whose value differs between two versions of an entry, as text. */
export function changedFields(before: unknown, after: unknown, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = text(at(before, field));
    const a = text(at(after, field));
    if (b !== a) out.push({ field, before: b, after: a });
  }
  return out;
}
