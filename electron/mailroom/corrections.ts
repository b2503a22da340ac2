// Corrections of registered entries (issue 19, item 10). A registered letter is corrected, not
// cancelled and registered again: the clerk who registered it may correct it the same Almaty day,
// an officer or administrator at any time (common/mailroom/corrections.ts). Each correction is one
// transaction: the entry's new values, one history row per changed field with its value before
// and after (shown on the record), the audit entry naming the field paths (values only of fields
// that are not personal data), and the sync event when a field central holds changed.
// The Вх./Исх. № never changes (the update plans refuse a change of year).
import type {
  IncomingEntry,
  IntakeUpdateParsed,
  OutgoingEntry,
  OutgoingUpdateParsed,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import {
  changedFields,
  INCOMING_CORRECTION_FIELDS,
  mayCorrect,
  OUTGOING_CORRECTION_FIELDS,
  type CorrectableEntry,
  type CorrectionWho,
  type FieldChange,
} from '../../common/mailroom/corrections';
import type { Server, WriteTx } from '../sql/server';
import { applyIncomingUpdate, planIncomingUpdate } from './intake';
import { planOutgoingUpdate, updateOutgoingInTx } from './outgoing';
import { insertCorrections, type CorrectionRegister } from './sql/corrections';
import { getIncoming } from './sql/incoming';
import { getOutgoing } from './sql/outgoing';
import { emitLetterCorrected } from './sync-events';

/** Fields whose values are not personal data: the audit entry may show them before and after. */
const OPEN_FIELDS = new Set([
  'receivedAt',
  'date',
  'channel',
  'method',
  'language',
  'sheets',
  'trackingNumber',
  'requestKind',
]);

function auditSummary(number: string, changes: readonly FieldChange[]): string {
  const parts = changes.map((c) =>
    OPEN_FIELDS.has(c.field) ? `${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}` : c.field,
  );
  return `${number} corrected: ${parts.join('; ')}`;
}

function refuseUnlessAllowed(who: CorrectionWho, entry: CorrectableEntry, now: Date): void {
  if (!mayCorrect(who, entry, now)) throw new PdError('FORBIDDEN', { reason: 'correction_not_allowed' });
}

function record(
  tx: WriteTx,
  register: CorrectionRegister,
  id: number,
  who: CorrectionWho,
  changes: readonly FieldChange[],
): void {
  insertCorrections(tx.db, register, id, tx.now.toISOString(), who.username, changes);
}

export function correctIncoming(
  server: Server,
  who: CorrectionWho,
  input: IntakeUpdateParsed,
): IncomingEntry {
  const plan = server.read((db) =>
    planIncomingUpdate(db, input.id, input.patch, input.confirmWarnings, server.now()),
  );
  refuseUnlessAllowed(who, plan.entry, server.now());
  // Nothing to change: answer without a write (and without an audit entry).
  if (Object.keys(plan.changes).length === 0) return plan.entry;
  return server.write(who.username, (tx) => {
    const before = getIncoming(tx.db, { id: input.id })!;
    refuseUnlessAllowed(who, before, tx.now);
    let changes: FieldChange[] = [];
    const after = applyIncomingUpdate(tx, input.id, input.patch, input.confirmWarnings, (a) => {
      changes = changedFields(before, a, INCOMING_CORRECTION_FIELDS);
      return auditSummary(before.incomingNo, changes);
    });
    record(tx, 'incoming', input.id, who, changes);
    if (before.receivedDate !== after.receivedDate || before.channel !== after.channel)
      emitLetterCorrected(tx, before, after);
    return after;
  });
}

export function correctOutgoing(
  server: Server,
  who: CorrectionWho,
  input: OutgoingUpdateParsed,
): OutgoingEntry {
  const plan = server.read((db) =>
    planOutgoingUpdate(db, input.id, input.patch, input.confirmWarnings, server.now()),
  );
  refuseUnlessAllowed(who, plan.entry, server.now());
  if (Object.keys(plan.changes).length === 0) return plan.entry;
  return server.write(who.username, (tx) => {
    const before = getOutgoing(tx.db, { id: input.id })!;
    refuseUnlessAllowed(who, before, tx.now);
    let changes: FieldChange[] = [];
    const after = updateOutgoingInTx(tx, input, (a) => {
      changes = changedFields(before, a, OUTGOING_CORRECTION_FIELDS);
      return auditSummary(before.outgoingNo, changes);
    });
    record(tx, 'outgoing', input.id, who, changes);
    // Central knows a letter that left (letter.sent): it hears of changes to what it was told.
    const told = ['method', 'trackingNumber', 'inReplyTo', 'language'] as const;
    if (before.status !== 'draft' && told.some((k) => before[k] !== after[k]))
      emitLetterCorrected(tx, before, after);
    return after;
  });
}
