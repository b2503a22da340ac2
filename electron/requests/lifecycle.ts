// Moving a request through its states (the pure machine is common/requests/lifecycle.ts). Every
// step writes the request's history, an audit entry (who, when, from → to; never personal data)
// and, where central tracks it, an outbox event — all in one transaction.
import { PdError } from '../../common/errors';
import type { RequestDetail } from '../../common/contract/requests';
import { almatyDate } from '../../common/time/almaty';
import { canTransition, nextStates } from '../../common/requests/lifecycle';
import type { VerificationInput } from '../../common/requests/schemas';
import {
  isTerminalState,
  type CancelOutcome,
  type PauseReason,
  type RequestState,
} from '../../common/requests/vocab';
import {
  findRequestId,
  getRequestRow,
  getSubjectRow,
  updateRequest,
  updateSubject,
  type RequestChanges,
  type RequestRow,
} from './sql/requests';
import { insertHistory } from './sql/records';
import type { DB, Server, WriteTx } from '../sql/server';
import { emitChanged, emitClosed } from './sync-events';
import { detailOf } from './view';

/** The request by its number (case-insensitive), or NOT_FOUND. */
export function requireRequest(db: DB, ref: string): RequestRow {
  const id = findRequestId(db, ref.trim());
  const row = id ? getRequestRow(db, id) : undefined;
  if (!row) throw new PdError('NOT_FOUND', { entity: 'request' });
  return row;
}

/** Refuses changes to a purged (tombstone) or finished request. */
export function assertEditable(r: RequestRow): void {
  if (r.purgedAt) throw new PdError('REQUEST_PURGED');
  if (isTerminalState(r.state as RequestState)) throw new PdError('REQUEST_FINISHED', { state: r.state });
}

export interface MoveOptions {
  event: string;
  reasonCode?: string | null;
  note?: string | null;
  changes?: RequestChanges;
  /** Extra words for the audit summary (codes and numbers only). */
  summary?: string;
}

/** One legal state change, with history and audit; throws REQUEST_ILLEGAL_TRANSITION otherwise. */
export function moveState(
  tx: WriteTx,
  actor: string,
  r: RequestRow,
  to: RequestState,
  o: MoveOptions,
): RequestRow {
  if (r.purgedAt) throw new PdError('REQUEST_PURGED');
  const from = r.state as RequestState;
  const pausedFrom = r.pausedFrom as RequestState | null;
  if (!canTransition(from, to, pausedFrom)) {
    const allowed = from === 'paused' ? [pausedFrom, 'cancelled'] : nextStates(from);
    throw new PdError('REQUEST_ILLEGAL_TRANSITION', { from, to, allowed });
  }
  const now = tx.now.toISOString();
  const changes: RequestChanges = { ...o.changes, state: to, updatedAt: now };
  if (to === 'paused') {
    changes.pausedFrom = from;
    changes.pausedAt = now;
  } else if (from === 'paused') {
    changes.pausedFrom = null;
    changes.pauseReason = null;
    changes.pausedAt = null;
  }
  updateRequest(tx.db, r.id, changes);
  insertHistory(tx.db, {
    requestId: r.id,
    at: now,
    actor,
    event: o.event,
    fromState: from,
    toState: to,
    reasonCode: o.reasonCode ?? null,
    note: o.note ?? null,
  });
  tx.audit({
    action: `request.${o.event}`,
    entityType: 'request',
    entityId: r.id,
    summary: `${from} → ${to}${o.reasonCode ? ` (${o.reasonCode})` : ''}${o.summary ? `; ${o.summary}` : ''}`,
  });
  return getRequestRow(tx.db, r.id)!;
}

function accountOf(db: DB, id: string): string | null {
  return getSubjectRow(db, id)?.accountId ?? null;
}

/**
 * One step on a request: apply runs in one write on the request found by ref and returns the
 * request's id; its detail is read after the transaction has committed.
 */
export function changeRequest(
  server: Server,
  actor: string,
  ref: string,
  apply: (tx: WriteTx, r: RequestRow) => string,
): RequestDetail {
  const id = server.write(actor, (tx) => apply(tx, requireRequest(tx.db, ref)));
  return server.read((db) => detailOf(db, getRequestRow(db, id)!, server.now()));
}

function instant(value: string | null | undefined, now: Date): string {
  if (!value) return now.toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(value).toISOString();
}

/** answered: the reply left (call inside the letters' own transaction when they send it). */
export function markAnsweredInTx(
  tx: WriteTx,
  actor: string,
  ref: string,
  o: { answeredAt?: string | null; replyOutgoingNo?: string | null; note?: string | null } = {},
): RequestRow {
  const r = requireRequest(tx.db, ref);
  const at = instant(o.answeredAt, tx.now);
  return moveState(tx, actor, r, 'answered', {
    event: 'answered',
    note: o.note ?? null,
    changes: { answeredAt: at, replyOutgoingNo: o.replyOutgoingNo ?? r.replyOutgoingNo },
    summary: `answered on ${almatyDate(at)}${o.replyOutgoingNo ? ` by ${o.replyOutgoingNo}` : ''}`,
  });
}

/** answered → closed, telling central whether the answer was on time (policy due date). */
export function closeInTx(tx: WriteTx, actor: string, r: RequestRow, note?: string | null): RequestRow {
  const closed = moveState(tx, actor, r, 'closed', {
    event: 'closed',
    reasonCode: 'answered',
    note: note ?? null,
    changes: { closedAt: tx.now.toISOString(), closeOutcome: 'answered' },
  });
  const answeredOn = closed.answeredAt ? almatyDate(closed.answeredAt) : almatyDate(tx.now.toISOString());
  emitClosed(tx, r.id, {
    closedOn: almatyDate(tx.now.toISOString()),
    outcome: 'answered',
    replyOutgoingNumber: closed.replyOutgoingNo,
    onTime: answeredOn <= closed.dueOn,
  });
  return closed;
}

export function transitionRequest(
  server: Server,
  actor: string,
  input: {
    id: string;
    to: 'verifying' | 'in_progress' | 'answered' | 'closed';
    note?: string | null;
    answeredAt?: string | null;
    replyOutgoingNo?: string | null;
  },
): RequestDetail {
  const { id: ref, to, ...o } = input;
  return changeRequest(server, actor, ref, (tx, r) => {
    switch (to) {
      case 'verifying':
        return moveState(tx, actor, r, 'verifying', { event: 'transition', note: o.note ?? null }).id;
      case 'in_progress':
        if (
          r.verification === 'none' &&
          canTransition(r.state as RequestState, 'in_progress', r.pausedFrom as RequestState | null)
        ) {
          throw new PdError('REQUEST_VERIFICATION_REQUIRED');
        }
        return moveState(tx, actor, r, 'in_progress', { event: 'transition', note: o.note ?? null }).id;
      case 'answered':
        return markAnsweredInTx(tx, actor, r.id, o).id;
      case 'closed':
        return closeInTx(tx, actor, r, o.note).id;
    }
  });
}

export function pauseRequest(
  server: Server,
  actor: string,
  input: { id: string; reason: PauseReason; note?: string | null },
): RequestDetail {
  const { id: ref, reason, note } = input;
  return changeRequest(server, actor, ref, (tx, r) => {
    const paused = moveState(tx, actor, r, 'paused', {
      event: 'paused',
      reasonCode: reason,
      note: note ?? null,
      changes: { pauseReason: reason },
    });
    emitChanged(tx, paused, ['status'], accountOf(tx.db, r.id));
    return paused.id;
  });
}

export function resumeRequest(
  server: Server,
  actor: string,
  input: { id: string; note?: string | null },
): RequestDetail {
  const { id: ref, note } = input;
  return changeRequest(server, actor, ref, (tx, r) => {
    if (r.state !== 'paused')
      throw new PdError('REQUEST_ILLEGAL_TRANSITION', {
        from: r.state,
        to: 'resume',
        allowed: nextStates(r.state as RequestState),
      });
    const resumed = moveState(tx, actor, r, r.pausedFrom as RequestState, {
      event: 'resumed',
      reasonCode: r.pauseReason,
      note: note ?? null,
    });
    emitChanged(tx, resumed, ['status'], accountOf(tx.db, r.id));
    return resumed.id;
  });
}

export function cancelRequest(
  server: Server,
  actor: string,
  input: { id: string; outcome: CancelOutcome; reason: string },
): RequestDetail {
  const { id: ref, outcome, reason } = input;
  return changeRequest(server, actor, ref, (tx, r) => {
    const cancelled = moveState(tx, actor, r, 'cancelled', {
      event: 'cancelled',
      reasonCode: outcome,
      note: reason,
      changes: { closedAt: tx.now.toISOString(), closeOutcome: outcome },
    });
    const closedOn = almatyDate(tx.now.toISOString());
    emitClosed(tx, r.id, {
      closedOn,
      outcome,
      replyOutgoingNumber: null,
      onTime: closedOn <= cancelled.dueOn,
    });
    return cancelled.id;
  });
}

/** Records the identity check: the document seen (never a copy) or why none was needed. */
export function verifyInTx(
  tx: WriteTx,
  actor: string,
  r: RequestRow,
  v: VerificationInput,
  advance: boolean,
): RequestRow {
  assertEditable(r);
  const now = tx.now.toISOString();
  const stored =
    v.method === 'document'
      ? {
          method: 'document',
          documentType: v.documentType,
          numberLast4: v.numberLast4,
          issuer: v.issuer,
          issuedOn: v.issuedOn,
          holder: v.holder,
          note: v.note ?? null,
        }
      : { method: 'not_required', reason: v.reason, note: v.note ?? null };
  updateSubject(tx.db, r.id, { verification: JSON.stringify(stored) });
  updateRequest(tx.db, r.id, { verification: v.method, verifiedAt: now, verifiedBy: actor, updatedAt: now });
  const code = v.method === 'document' ? v.documentType : v.reason;
  insertHistory(tx.db, {
    requestId: r.id,
    at: now,
    actor,
    event: 'verified',
    fromState: r.state,
    toState: r.state,
    reasonCode: `${v.method}:${code}`,
    note: v.note ?? null,
  });
  tx.audit({
    action: 'request.verified',
    entityType: 'request',
    entityId: r.id,
    summary:
      v.method === 'document'
        ? `identity verified: ${v.documentType} seen (${v.holder}), no copy kept`
        : `identity verification not required: ${v.reason}`,
  });
  let row = getRequestRow(tx.db, r.id)!;
  if (advance && (row.state === 'new' || row.state === 'verifying')) {
    row = moveState(tx, actor, row, 'in_progress', { event: 'transition', reasonCode: 'verified' });
  }
  return row;
}

/** Records the identity check and (unless advance is false) starts the work. */
export function verifyRequest(
  server: Server,
  actor: string,
  input: { id: string; verification: VerificationInput; advance?: boolean },
): RequestDetail {
  const { id: ref, verification: v, advance = true } = input;
  return changeRequest(server, actor, ref, (tx, r) => verifyInTx(tx, actor, r, v, advance).id);
}
