// The incoming register: registering a letter (number, audit entry, sync event, scans, all in one
// transaction), editing it, cancelling it. Each service opens its write transaction;
// registerIncomingInTx is the same registration inside a caller's transaction.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  ConfirmableWarning,
  IncomingEntry,
  incomingInputSchema,
  IntakeCreateParsed,
  IntakeUpdateParsed,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { almatyDay, almatyParts, parseDateTime } from '../../common/time/almaty';
import { nameSortKey } from '../../common/mailroom/text';
import { requestTypeOfDocument } from '../../common/requests/document-types';
import {
  getIncoming,
  insertIncoming,
  updateIncomingColumns,
  type IncomingChanges,
  type IncomingRecord,
} from './sql/incoming';
import type { DB, Server, WriteTx } from '../sql/server';
import { iinField, Issues, nfc, trackingField } from './checks';
import { duplicateDetails, findDuplicates } from './duplicates';
import { emitLetterRegistered } from './sync-events';
import { assignNumber } from './numbering';
import { entryCanceller, liveEntry } from './entries';
import { checkedOf, checkedValues, INCOMING_REGISTER } from '../../common/mailroom/registers';
import { prepareScans, scanMaxBytes, storeScans, type PreparedScan } from './scans';

export type IncomingFields = z.output<typeof incomingInputSchema>;

/** A receipt time more than this far ahead of the desk's clock is refused as a typo. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

type FieldValues = Omit<IncomingRecord, 'uid' | 'seq' | 'incomingNo' | 'createdAt' | 'createdBy'>;

/**
 * Checks the fields of an entry and turns them into stored values. Collects problems in `issues`;
 * a tracking warning is an issue unless confirmed (or unchanged from `previous`).
 */
function fieldValues(
  f: IncomingFields,
  now: Date,
  confirm: readonly ConfirmableWarning[] | undefined,
  issues: Issues,
  previous?: { trackingNumber: string | null; trackingWarning: IncomingRecord['trackingWarning'] },
): FieldValues {
  const received = f.receivedAt ? parseDateTime(f.receivedAt) : now;
  if (!received) issues.add('receivedAt', 'received_at_invalid');
  const at = received ?? now;
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) issues.add('receivedAt', 'received_in_future');
  const parts = almatyParts(at);
  const today = almatyDay(now);

  let tracking: { trackingNumber: string | null; trackingWarning: IncomingRecord['trackingWarning'] };
  const sameAsBefore =
    previous && f.trackingNumber && previous.trackingNumber === trackingNormalized(f.trackingNumber);
  if (sameAsBefore)
    tracking = { trackingNumber: previous.trackingNumber, trackingWarning: previous.trackingWarning };
  else tracking = trackingField(issues, 'trackingNumber', f.trackingNumber, confirm);

  const iin = iinField(issues, 'sender.iin', f.sender.iin, today);
  const kind = f.sender.kind ?? (iin.result ? (iin.result.kind === 'BIN' ? 'organization' : 'person') : null);
  const refDate = f.senderRef?.date ?? null;
  if (refDate && refDate > today) issues.add('senderRef.date', 'date_in_future');
  const name = nfc(f.sender.name);

  return {
    year: parts.year,
    receivedAt: at.toISOString(),
    receivedDate: parts.date,
    ...checkedValues(INCOMING_REGISTER, f),
    ...tracking,
    senderKind: kind,
    senderName: name,
    senderSort: nameSortKey(name),
    senderIin: iin.iin,
    senderAddress: nfc(f.sender.address),
    senderRefNumber: nfc(f.senderRef?.number ?? null),
    senderRefDate: refDate,
    requestKind: f.requestKind === undefined ? requestTypeOfDocument(f.documentType) : f.requestKind,
  };
}

function trackingNormalized(v: string): string {
  return v.trim().toUpperCase().replace(/\s+/g, '');
}

function refuseDuplicates(
  db: DB,
  v: FieldValues,
  now: Date,
  confirm: readonly ConfirmableWarning[] | undefined,
  excludeId?: number,
): boolean {
  const matches = findDuplicates(
    db,
    {
      trackingNumber: v.trackingNumber,
      senderName: v.senderName,
      receivedAt: new Date(v.receivedAt),
      summary: v.summary,
      excludeId,
    },
    now,
  );
  if (matches.length === 0) return false;
  if (confirm?.includes('duplicate')) return true;
  throw new PdError('DUPLICATE', duplicateDetails(matches));
}

function confirmedNote(warnings: string[]): string {
  return warnings.length ? `; confirmed: ${warnings.join(', ')}` : '';
}

/**
 * Registers an incoming letter inside the caller's write transaction: checks everything (fields,
 * tracking warnings, scans, duplicates) before writing anything, then takes the next Вх. № of the
 * receipt year, stores the entry and its scans, and adds the audit entry and the sync event.
 */
export function registerIncomingInTx(tx: WriteTx, actor: string, input: IntakeCreateParsed): IncomingEntry {
  const confirm = input.confirmWarnings;
  const issues = new Issues();
  const v = fieldValues(input, tx.now, confirm, issues);
  issues.throwIfAny();
  const scans: PreparedScan[] = prepareScans(input.scans, scanMaxBytes(tx.db));
  const duplicateConfirmed = refuseDuplicates(tx.db, v, tx.now, confirm);

  const n = assignNumber(tx.db, 'incoming', v.year);
  const uid = randomUUID();
  const id = insertIncoming(tx.db, {
    ...v,
    uid,
    seq: n.seq,
    incomingNo: n.number,
    createdAt: tx.now.toISOString(),
    createdBy: actor,
  });
  storeScans(tx, actor, 'incoming', id, scans);

  const confirmed = [
    ...(v.trackingWarning ? [v.trackingWarning] : []),
    ...(duplicateConfirmed ? ['duplicate'] : []),
  ];
  tx.audit({
    action: 'intake.create',
    entityType: 'incoming_letter',
    entityId: uid,
    summary: `registered ${n.number}: ${v.channel}, ${v.language}, ${v.sheets ?? 'unknown'} sheet(s), ${scans.length} scan(s)${confirmedNote(confirmed)}`,
  });
  emitLetterRegistered(tx, uid, { incomingNo: n.number, receivedDate: v.receivedDate, channel: v.channel });
  return getIncoming(tx.db, { id })!;
}

export function registerIncoming(server: Server, actor: string, input: IntakeCreateParsed): IncomingEntry {
  return server.write(actor, (tx) => registerIncomingInTx(tx, actor, input));
}

/** The fields of a stored entry, in the input's shape (the base an update patches). */
function fieldsOf(e: IncomingEntry): IncomingFields {
  return {
    ...checkedOf(INCOMING_REGISTER, e),
    receivedAt: e.receivedAt,
    trackingNumber: e.trackingNumber,
    sender: { kind: e.sender.kind, name: e.sender.name, iin: e.sender.iin, address: e.sender.address },
    senderRef: e.senderRef,
    requestKind: e.requestKind,
  };
}

export interface IncomingUpdatePlan {
  entry: IncomingEntry;
  changes: IncomingChanges;
  duplicateConfirmed: boolean;
}

/**
 * Works out what an edit changes, with the same checks as registering. The number, and with it
 * the year, never changes: a new receipt time must stay in the same Almaty year.
 */
export function planIncomingUpdate(
  db: DB,
  id: number,
  patch: Partial<IncomingFields>,
  confirm: readonly ConfirmableWarning[] | undefined,
  now: Date,
): IncomingUpdatePlan {
  const entry = liveEntry(INCOMING_REGISTER, getIncoming(db, { id }));
  const defined = Object.fromEntries(
    Object.entries(patch).filter(([, val]) => val !== undefined),
  ) as Partial<IncomingFields>;
  const merged: IncomingFields = { ...fieldsOf(entry), ...defined };
  const issues = new Issues();
  const v = fieldValues(merged, now, confirm, issues, {
    trackingNumber: entry.trackingNumber,
    trackingWarning: entry.trackingWarning,
  });
  if (v.year !== entry.year) issues.add('receivedAt', 'year_change');
  issues.throwIfAny();

  const before: Record<string, unknown> = {
    ...checkedOf(INCOMING_REGISTER, entry),
    receivedAt: entry.receivedAt,
    receivedDate: entry.receivedDate,
    trackingNumber: entry.trackingNumber,
    trackingWarning: entry.trackingWarning,
    senderKind: entry.sender.kind,
    senderName: entry.sender.name,
    senderSort: nameSortKey(entry.sender.name),
    senderIin: entry.sender.iin,
    senderAddress: entry.sender.address,
    senderRefNumber: entry.senderRef?.number ?? null,
    senderRefDate: entry.senderRef?.date ?? null,
    requestKind: entry.requestKind,
  };
  const changes: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (k === 'year') continue;
    if (before[k] !== val) changes[k] = val;
  }
  const matchFields = ['trackingNumber', 'senderSort', 'receivedDate', 'summary'];
  let duplicateConfirmed = false;
  if (matchFields.some((k) => k in changes)) duplicateConfirmed = refuseDuplicates(db, v, now, confirm, id);
  return { entry, changes: changes as IncomingChanges, duplicateConfirmed };
}

/**
 * Applies an edit (planned first without writing: nothing to change answers without a write or an
 * audit entry; re-planned inside the transaction). Returns the entry as stored afterwards.
 */
export function updateIncoming(server: Server, actor: string, input: IntakeUpdateParsed): IncomingEntry {
  const { id, patch, confirmWarnings } = input;
  const plan = server.read((db) => planIncomingUpdate(db, id, patch, confirmWarnings, server.now()));
  if (Object.keys(plan.changes).length === 0) return plan.entry;
  return server.write(actor, (tx) => applyIncomingUpdate(tx, id, patch, confirmWarnings));
}

export function applyIncomingUpdate(
  tx: WriteTx,
  id: number,
  patch: Partial<IncomingFields>,
  confirm: readonly ConfirmableWarning[] | undefined,
  summary?: (after: IncomingEntry) => string,
): IncomingEntry {
  const plan = planIncomingUpdate(tx.db, id, patch, confirm, tx.now);
  const fields = Object.keys(plan.changes).filter(
    (k) => k !== 'senderSort' && k !== 'receivedDate' && k !== 'trackingWarning',
  );
  if (fields.length === 0) {
    tx.audit({
      action: 'intake.update',
      entityType: 'incoming_letter',
      entityId: plan.entry.uid,
      summary: `${plan.entry.incomingNo}: no changes`,
    });
    return plan.entry;
  }
  updateIncomingColumns(tx.db, id, plan.changes, tx.now.toISOString());
  const warning = plan.changes.trackingWarning;
  const confirmed = [...(warning ? [warning] : []), ...(plan.duplicateConfirmed ? ['duplicate'] : [])];
  const after = getIncoming(tx.db, { id })!;
  tx.audit({
    action: 'intake.update',
    entityType: 'incoming_letter',
    entityId: plan.entry.uid,
    summary: `${summary ? summary(after) : `${plan.entry.incomingNo} edited: ${fields.join(', ')}`}${confirmedNote(confirmed)}`,
  });
  return after;
}

/** Cancels an entry: it keeps its number, marked cancelled with the reason. */
export const cancelIncoming = entryCanceller(INCOMING_REGISTER, (db, id) => getIncoming(db, { id }));
