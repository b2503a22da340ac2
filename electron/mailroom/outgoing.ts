// The outgoing register (Исх. №). Each service opens its write transaction; the letters feature
// calls the …InTx forms inside its own transaction when it registers and sends a generated reply.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  ConfirmableWarning,
  OutgoingCreateParsed,
  OutgoingEntry,
  outgoingFields,
  OutgoingStatusParsed,
  OutgoingUpdateParsed,
  ReplyLanguage,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { almatyDay, parseDateTime } from '../../common/time/almaty';
import { nameSortKey } from '../../common/mailroom/text';
import { checkTracking } from '../../common/mailroom/tracking';
import { incomingHead, incomingIdByNumber, refreshIncomingReply } from './sql/incoming';
import {
  getOutgoing,
  insertOutgoing,
  setOutgoingStatusRow,
  updateOutgoingColumns,
  type OutgoingChanges,
} from './sql/outgoing';
import type { DB, Server, WriteTx } from '../sql/server';
import { Issues, nfc, trackingField } from './checks';
import { emitLetterSent } from './sync-events';
import { FUTURE_TOLERANCE_MS } from './intake';
import { assignNumber } from './numbering';
import { entryCanceller, liveEntry } from './entries';
import { OUTGOING_REGISTER } from '../../common/mailroom/registers';

type OutgoingFieldsParsed = { [K in keyof typeof outgoingFields]: z.output<(typeof outgoingFields)[K]> };

interface ReplyLink {
  inReplyToId: number | null;
  inReplyToNo: string | null;
  language: ReplyLanguage | null;
}

function replyLink(db: DB, incomingNo: string | null | undefined, issues: Issues): ReplyLink {
  if (!incomingNo) return { inReplyToId: null, inReplyToNo: null, language: null };
  const id = incomingIdByNumber(db, incomingNo.trim());
  if (id === null) {
    issues.add('inReplyTo', 'reply_not_found');
    return { inReplyToId: null, inReplyToNo: null, language: null };
  }
  const head = incomingHead(db, id)!;
  const language = head.language === 'other' ? null : head.language;
  return { inReplyToId: id, inReplyToNo: head.incomingNo, language };
}

function sentAtOf(value: string | undefined, now: Date, issues: Issues, path: string): string {
  const at = value ? parseDateTime(value) : now;
  if (!at) {
    issues.add(path, 'received_at_invalid');
    return now.toISOString();
  }
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) issues.add(path, 'date_in_future');
  return at.toISOString();
}

/**
 * Registers an outgoing letter inside the caller's write transaction: takes the next Исх. № of
 * the register date's year, links the incoming letter it answers (answered once the reply is sent),
 * writes the audit entry, and emits letter.sent when it is registered as already sent.
 */
export function registerOutgoingInTx(tx: WriteTx, actor: string, input: OutgoingCreateParsed): OutgoingEntry {
  const confirm = input.confirmWarnings;
  const issues = new Issues();
  const today = almatyDay(tx.now);
  const date = input.date ?? today;
  if (date > today) issues.add('date', 'date_in_future');
  const tracking = trackingField(issues, 'trackingNumber', input.trackingNumber, confirm);
  const reply = replyLink(tx.db, input.inReplyTo, issues);
  const status = input.status ?? 'draft';
  const sentAt = status === 'sent' ? sentAtOf(input.sentAt, tx.now, issues, 'sentAt') : null;
  issues.throwIfAny();

  const year = Number(date.slice(0, 4));
  const n = assignNumber(tx.db, 'outgoing', year);
  const uid = randomUUID();
  const name = nfc(input.addressee.name);
  const language = input.language ?? reply.language ?? 'ru';
  const requestId = input.requestId ?? null;
  const id = insertOutgoing(tx.db, {
    uid,
    year,
    seq: n.seq,
    outgoingNo: n.number,
    date,
    registeredAt: tx.now.toISOString(),
    addresseeKind: input.addressee.kind ?? null,
    addresseeName: name,
    addresseeSort: nameSortKey(name),
    addresseeAddress: nfc(input.addressee.address),
    summary: nfc(input.summary),
    signatory: nfc(input.signatory),
    inReplyToId: reply.inReplyToId,
    inReplyToNo: reply.inReplyToNo,
    method: input.method,
    ...tracking,
    courierCompany: nfc(input.courierCompany),
    waybill: nfc(input.waybill),
    sheets: input.sheets ?? null,
    language,
    status,
    sentAt,
    requestId,
    notes: nfc(input.notes),
    createdBy: actor,
  });
  if (reply.inReplyToId !== null) refreshIncomingReply(tx.db, reply.inReplyToId, tx.now.toISOString());
  tx.audit({
    action: 'outgoing.create',
    entityType: 'outgoing_letter',
    entityId: uid,
    summary: `registered ${n.number}: ${status}, ${input.method}, ${language}${reply.inReplyToNo ? `, answers ${reply.inReplyToNo}` : ''}${
      tracking.trackingWarning ? `; confirmed: ${tracking.trackingWarning}` : ''
    }`,
  });
  if (status === 'sent') {
    emitLetterSent(tx, uid, {
      outgoingNo: n.number,
      sentAt: sentAt!,
      method: input.method,
      trackingNumber: tracking.trackingNumber,
      inReplyTo: reply.inReplyToNo,
      requestId,
      language,
    });
  }
  return getOutgoing(tx.db, { id })!;
}

export function registerOutgoing(server: Server, actor: string, input: OutgoingCreateParsed): OutgoingEntry {
  return server.write(actor, (tx) => registerOutgoingInTx(tx, actor, input));
}

function loadLive(db: DB, id: number): OutgoingEntry {
  return liveEntry(OUTGOING_REGISTER, getOutgoing(db, { id }));
}

/** What an edit of an outgoing entry changes (number and year never change). */
export function planOutgoingUpdate(
  db: DB,
  id: number,
  patch: Partial<OutgoingFieldsParsed>,
  confirm: readonly ConfirmableWarning[] | undefined,
  now: Date,
): { entry: OutgoingEntry; changes: OutgoingChanges } {
  const entry = loadLive(db, id);
  const issues = new Issues();
  const changes: Record<string, unknown> = {};
  const set = (k: keyof OutgoingChanges, val: unknown, old: unknown) => {
    if (val !== old) changes[k] = val;
  };
  if (patch.date !== undefined) {
    if (patch.date > almatyDay(now)) issues.add('date', 'date_in_future');
    if (Number(patch.date.slice(0, 4)) !== entry.year) issues.add('date', 'year_change');
    set('date', patch.date, entry.date);
  }
  if (patch.addressee !== undefined) {
    const name = nfc(patch.addressee.name);
    set('addresseeName', name, entry.addressee.name);
    set('addresseeSort', nameSortKey(name), nameSortKey(entry.addressee.name));
    set('addresseeKind', patch.addressee.kind ?? null, entry.addressee.kind);
    set('addresseeAddress', nfc(patch.addressee.address), entry.addressee.address);
  }
  if (patch.summary !== undefined) set('summary', nfc(patch.summary), entry.summary);
  if (patch.signatory !== undefined) set('signatory', nfc(patch.signatory), entry.signatory);
  if (patch.inReplyTo !== undefined) {
    const reply = replyLink(db, patch.inReplyTo, issues);
    set('inReplyToId', reply.inReplyToId, entry.inReplyToId);
    set('inReplyToNo', reply.inReplyToNo, entry.inReplyTo);
  }
  if (patch.method !== undefined) set('method', patch.method, entry.method);
  if (patch.trackingNumber !== undefined) {
    const normalized = patch.trackingNumber ? checkTracking(patch.trackingNumber).normalized || null : null;
    if (normalized !== entry.trackingNumber) {
      const t = trackingField(issues, 'trackingNumber', patch.trackingNumber, confirm);
      changes.trackingNumber = t.trackingNumber;
      changes.trackingWarning = t.trackingWarning;
    }
  }
  if (patch.courierCompany !== undefined)
    set('courierCompany', nfc(patch.courierCompany), entry.courierCompany);
  if (patch.waybill !== undefined) set('waybill', nfc(patch.waybill), entry.waybill);
  if (patch.sheets !== undefined) set('sheets', patch.sheets ?? null, entry.sheets);
  if (patch.language !== undefined) set('language', patch.language, entry.language);
  if (patch.notes !== undefined) set('notes', nfc(patch.notes), entry.notes);
  issues.throwIfAny();
  return { entry, changes: changes as OutgoingChanges };
}

/** Applies an edit; nothing to change answers without a write (and without an audit entry). */
export function updateOutgoing(server: Server, actor: string, input: OutgoingUpdateParsed): OutgoingEntry {
  const plan = server.read((db) =>
    planOutgoingUpdate(db, input.id, input.patch, input.confirmWarnings, server.now()),
  );
  if (Object.keys(plan.changes).length === 0) return plan.entry;
  return server.write(actor, (tx) => updateOutgoingInTx(tx, input));
}

export function updateOutgoingInTx(
  tx: WriteTx,
  input: {
    id: number;
    patch: Partial<OutgoingFieldsParsed>;
    confirmWarnings?: readonly ConfirmableWarning[] | undefined;
  },
  /** When given, writes the audit entry's summary (a correction names its field paths). */
  summary?: (after: OutgoingEntry) => string,
): OutgoingEntry {
  const { id } = input;
  const { entry, changes } = planOutgoingUpdate(tx.db, id, input.patch, input.confirmWarnings, tx.now);
  const fields = Object.keys(changes).filter(
    (k) => k !== 'addresseeSort' && k !== 'inReplyToId' && k !== 'trackingWarning',
  );
  if (fields.length > 0) updateOutgoingColumns(tx.db, id, changes, tx.now.toISOString());
  if ('inReplyToId' in changes) {
    if (entry.inReplyToId !== null) refreshIncomingReply(tx.db, entry.inReplyToId, tx.now.toISOString());
    if (changes.inReplyToId) refreshIncomingReply(tx.db, changes.inReplyToId, tx.now.toISOString());
  }
  const after = getOutgoing(tx.db, { id })!;
  tx.audit({
    action: 'outgoing.update',
    entityType: 'outgoing_letter',
    entityId: entry.uid,
    summary: !fields.length
      ? `${entry.outgoingNo}: no changes`
      : summary
        ? summary(after)
        : `${entry.outgoingNo} edited: ${fields.join(', ')}`,
  });
  return after;
}

const TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['sent'],
  sent: ['returned'],
  returned: ['sent'],
};

/** draft → sent, sent → returned, returned → sent. Sending emits letter.sent. */
export function setOutgoingStatus(server: Server, actor: string, input: OutgoingStatusParsed): OutgoingEntry {
  return server.write(actor, (tx) => setOutgoingStatusInTx(tx, input));
}

export function setOutgoingStatusInTx(tx: WriteTx, input: OutgoingStatusParsed): OutgoingEntry {
  const entry = loadLive(tx.db, input.id);
  if (!TRANSITIONS[entry.status]?.includes(input.status)) {
    throw new PdError('CONFLICT', { reason: 'status_transition', from: entry.status, to: input.status });
  }
  const issues = new Issues();
  const at = sentAtOf(input.at, tx.now, issues, 'at');
  let tracking: ReturnType<typeof trackingField> | undefined;
  if (input.trackingNumber)
    tracking = trackingField(issues, 'trackingNumber', input.trackingNumber, input.confirmWarnings);
  issues.throwIfAny();
  setOutgoingStatusRow(
    tx.db,
    input.id,
    { status: input.status, at, note: nfc(input.note), ...(tracking ? tracking : {}) },
    tx.now.toISOString(),
  );
  // The letter it answers is answered once the reply leaves (not while it is a draft).
  if (entry.inReplyToId !== null) refreshIncomingReply(tx.db, entry.inReplyToId, tx.now.toISOString());
  tx.audit({
    action: `outgoing.${input.status}`,
    entityType: 'outgoing_letter',
    entityId: entry.uid,
    summary: `${entry.outgoingNo}: ${entry.status} → ${input.status}${tracking?.trackingWarning ? `; confirmed: ${tracking.trackingWarning}` : ''}`,
  });
  const after = getOutgoing(tx.db, { id: input.id })!;
  if (input.status === 'sent') {
    emitLetterSent(tx, entry.uid, {
      outgoingNo: after.outgoingNo,
      sentAt: at,
      method: after.method,
      trackingNumber: after.trackingNumber,
      inReplyTo: after.inReplyTo,
      requestId: after.requestId,
      language: after.language,
    });
  }
  return after;
}

/** Cancels an outgoing entry: the number is kept; the letter it answered is no longer "answered" by it. */
export const cancelOutgoing = entryCanceller(
  OUTGOING_REGISTER,
  (db, id) => getOutgoing(db, { id }),
  (tx, entry) => {
    if (entry.inReplyToId !== null) refreshIncomingReply(tx.db, entry.inReplyToId, tx.now.toISOString());
  },
);
