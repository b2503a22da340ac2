// Corrections to an open request: its fields (each changed field named in history and audit,
// never its value) and more letters linked; either may move the deadline.
import { almatyDate, almatyDay } from '../../common/time/almaty';
import { PdError } from '../../common/errors';
import type { RequestDetail } from '../../common/contract/requests';
import type { RequestPatch } from '../../common/requests/schemas';
import { isTerminalState, type RequestState, type RequestType } from '../../common/requests/vocab';
import {
  getRequestRow,
  getSubjectRow,
  updateRequest,
  updateSubject,
  type RequestRow,
  type SubjectRow,
} from './sql/requests';
import { insertHistory, insertLetterLink, listLetterLinks } from './sql/records';
import { setLetterDue } from '../mailroom';
import type { Server, WriteTx } from '../sql/server';
import { computeFor, deadlineColumns, recordDueChange } from './deadlines';
import { matchKey } from '../../common/mailroom/text';
import { addressKey } from './duplicates';
import { assertEditable, changeRequest } from './lifecycle';
import { emitChanged, type ChangedField } from './sync-events';
import { checkIin, jsonOrNull, resolveLetters } from './open';

/** Re-derives the deadline of a request (type changed, or an earlier letter linked). */
function redoDeadline(
  tx: WriteTx,
  actor: string,
  r: RequestRow,
  type: RequestType,
  receivedAt: string,
): { row: RequestRow; dueMoved: boolean } {
  const d = computeFor(tx.db, type, receivedAt);
  const now = tx.now.toISOString();
  updateRequest(tx.db, r.id, {
    type,
    receivedAt,
    receivedOn: d.received,
    ...deadlineColumns(d),
    updatedAt: now,
  });
  const dueMoved = d.due !== r.dueOn || d.statutoryDue !== r.statutoryDueOn;
  if (dueMoved) {
    recordDueChange(tx, actor, r, d, type !== r.type ? 'type_changed' : 'receipt_changed');
    for (const l of listLetterLinks(tx.db, r.id)) setLetterDue(tx.db, l.letterId, d.due, null, now);
  }
  return { row: getRequestRow(tx.db, r.id)!, dueMoved: d.due !== r.dueOn };
}

const TYPE_LOCKED: readonly RequestState[] = ['decided', 'answered', 'closed', 'cancelled'];

/** Corrections after opening; each changed field is named (never its value) in history and audit. */
export function updateRequestFields(
  server: Server,
  actor: string,
  input: { id: string; patch: RequestPatch },
): RequestDetail {
  const { id: ref, patch } = input;
  return changeRequest(server, actor, ref, (tx, found) => {
    const db = tx.db;
    let r = found;
    assertEditable(r);
    const now = tx.now.toISOString();
    const today = almatyDay(tx.now);
    const changed: string[] = [];
    const sync: ChangedField[] = [];
    const s = getSubjectRow(db, r.id)!;
    const subj: Partial<SubjectRow> = {};
    const p = patch.subject ?? {};
    if (p.name !== undefined && p.name !== s.name) {
      subj.name = p.name;
      subj.nameKey = matchKey(p.name);
      changed.push('subject.name');
    }
    if (p.iin !== undefined && p.iin !== s.iin) {
      const info = p.iin ? checkIin(p.iin, today) : null;
      subj.iin = p.iin;
      subj.birthDate = info?.birthDate ?? null;
      updateRequest(db, r.id, { minor: info?.minor ? 1 : 0 });
      changed.push('subject.iin');
    }
    for (const k of ['phone', 'email', 'address'] as const) {
      if (p[k] !== undefined && p[k] !== s[k]) {
        subj[k] = p[k];
        if (k === 'address') subj.addressKey = addressKey(p.address);
        changed.push(`subject.${k}`);
      }
    }
    if (p.accountId !== undefined && p.accountId !== s.accountId) {
      subj.accountId = p.accountId;
      changed.push('subject.accountId');
      sync.push('subject_account');
    }
    if (patch.representative !== undefined) {
      subj.representative = jsonOrNull(patch.representative);
      changed.push('representative');
    }
    if (patch.authorizedBody !== undefined) {
      subj.authorizedBody = jsonOrNull(patch.authorizedBody);
      changed.push('authorizedBody');
    }
    if (patch.notes !== undefined) {
      subj.notes = patch.notes;
      changed.push('notes');
    }
    if (Object.keys(subj).length) updateSubject(db, r.id, subj);
    const reqChanges: Partial<RequestRow> = {};
    if (patch.requesterRole !== undefined && patch.requesterRole !== r.requesterRole) {
      reqChanges.requesterRole = patch.requesterRole;
      changed.push('requesterRole');
    }
    if (patch.language !== undefined && patch.language !== r.language) {
      reqChanges.language = patch.language;
      changed.push('language');
    }
    if (patch.officer !== undefined && patch.officer !== r.officer) {
      reqChanges.officer = patch.officer;
      changed.push('officer');
    }
    if (Object.keys(reqChanges).length) updateRequest(db, r.id, { ...reqChanges, updatedAt: now });
    if (patch.type !== undefined && patch.type !== r.type) {
      const effective = (r.state === 'paused' ? r.pausedFrom : r.state) as RequestState;
      if (TYPE_LOCKED.includes(effective))
        throw new PdError('CONFLICT', { reason: 'type_locked_after_decision' });
      r = getRequestRow(db, r.id)!;
      const { dueMoved } = redoDeadline(tx, actor, r, patch.type, r.receivedAt);
      changed.push('type');
      sync.push('request_type');
      if (dueMoved) sync.push('due_on');
    }
    if (changed.length === 0) return r.id;
    updateRequest(db, r.id, { updatedAt: now });
    r = getRequestRow(db, r.id)!;
    insertHistory(db, {
      requestId: r.id,
      at: now,
      actor,
      event: 'updated',
      fromState: r.state,
      toState: r.state,
      reasonCode: changed.join(','),
      note: null,
    });
    tx.audit({
      action: 'request.updated',
      entityType: 'request',
      entityId: r.id,
      summary: `changed: ${changed.join(', ')}`,
    });
    if (sync.length && !isTerminalState(r.state as RequestState))
      emitChanged(tx, r, sync, getSubjectRow(db, r.id)!.accountId);
    return r.id;
  });
}

/** Links more letters; an earlier receipt moves the clock (and the due dates) back. */
export function linkLetters(
  server: Server,
  actor: string,
  input: { id: string; letters: ReadonlyArray<string | number> },
): RequestDetail {
  const { id: ref, letters: refs } = input;
  return changeRequest(server, actor, ref, (tx, found) => {
    const db = tx.db;
    let r = found;
    assertEditable(r);
    const now = tx.now.toISOString();
    const have = new Set(listLetterLinks(db, r.id).map((l) => l.letterId));
    const added = resolveLetters(db, refs).filter((l) => !have.has(l.id));
    if (added.length === 0) return r.id;
    for (const l of added) {
      insertLetterLink(db, {
        requestId: r.id,
        letterId: l.id,
        incomingNo: l.incomingNo,
        receivedAt: l.receivedAt,
        linkedAt: now,
        linkedBy: actor,
      });
      setLetterDue(db, l.id, r.dueOn, r.officer, now);
    }
    insertHistory(db, {
      requestId: r.id,
      at: now,
      actor,
      event: 'letters_linked',
      fromState: r.state,
      toState: r.state,
      reasonCode: added.map((l) => l.incomingNo).join(','),
      note: null,
    });
    tx.audit({
      action: 'request.letters_linked',
      entityType: 'request',
      entityId: r.id,
      summary: `letters linked: ${added.map((l) => l.incomingNo).join(', ')}`,
    });
    const earliest = [...added].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0]!;
    // The earliest receipt starts the clock: an earlier letter moves the due dates back.
    if (almatyDate(earliest.receivedAt) < r.receivedOn) {
      const { row, dueMoved } = redoDeadline(tx, actor, r, r.type as RequestType, earliest.receivedAt);
      r = row;
      if (dueMoved && !isTerminalState(r.state as RequestState))
        emitChanged(tx, r, ['due_on'], getSubjectRow(db, r.id)?.accountId ?? null);
    }
    return r.id;
  });
}
