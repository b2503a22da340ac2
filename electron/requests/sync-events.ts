// The outbox events of subject requests, built with the sync contract's schemas
// (common/sync/events.ts): request.opened / changed / decided / closed and action.requested.
// Payloads carry codes, dates and ids only — plus the IIN, phone or corrected values an action
// needs, which a purge redacts once delivered.
import { syncEvent, type SyncPayloadMap } from '../../common/sync/payloads';
import type { PlannedAction } from '../../common/requests/decisions';
import type { RequestRow } from './sql/requests';
import type { WriteTx } from '../sql/server';

type Requester = SyncPayloadMap['request.opened']['requester'];

export function syncRequester(role: string): Requester {
  return role === 'legal_representative'
    ? 'representative'
    : role === 'authorized_body'
      ? 'authorized_body'
      : 'subject';
}

type RequestType = SyncPayloadMap['request.opened']['requestType'];

export function emitOpened(
  tx: WriteTx,
  r: RequestRow,
  incomingNumber: string,
  accountId: string | null,
): void {
  tx.emit(
    syncEvent('request.opened', r.id, {
      requestType: r.type as RequestType,
      incomingNumber,
      receivedOn: r.receivedOn,
      dueOn: r.dueOn,
      requester: syncRequester(r.requesterRole),
      subjectAccountId: accountId,
    }),
  );
}

export type ChangedField = SyncPayloadMap['request.changed']['changed'][number];

export function emitChanged(
  tx: WriteTx,
  r: RequestRow,
  changed: ChangedField[],
  accountId: string | null,
): void {
  const paused = r.state === 'paused';
  tx.emit(
    syncEvent('request.changed', r.id, {
      changed,
      requestType: r.type as RequestType,
      dueOn: r.dueOn,
      status: paused ? 'paused' : 'open',
      pauseReason: paused
        ? ((r.pauseReason ?? 'other') as SyncPayloadMap['request.changed']['pauseReason'])
        : null,
      subjectAccountId: accountId,
    }),
  );
}

export function emitDecided(tx: WriteTx, requestId: string, p: SyncPayloadMap['request.decided']): void {
  tx.emit(syncEvent('request.decided', requestId, p));
}

export function emitClosed(tx: WriteTx, requestId: string, p: SyncPayloadMap['request.closed']): void {
  tx.emit(syncEvent('request.closed', requestId, p));
}

/** Queues one action; returns the outbox event id (the action's status follows that row). */
export function emitAction(tx: WriteTx, requestId: string, actionId: string, a: PlannedAction): string {
  return tx.emit(
    syncEvent('action.requested', requestId, { actionId, ...a } as SyncPayloadMap['action.requested']),
  );
}
