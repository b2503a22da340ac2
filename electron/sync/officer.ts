// What officers and the administrator do with sync: see what central rejected, retry or annotate
// it, read action results on a request, and set the central URL, token and batch size.
// Each change commits with its audit entry; summaries carry numbers, codes and states only.
import { PdError } from '../../common/errors';
import { SYNC_MAX_BATCH_SIZE } from '../../common/sync/protocol';
import type { Server } from '../sql/server';
import { centralUrlProblem } from './url-policy';
import {
  addAttentionNote,
  getOutboxEvent,
  getSyncSettings,
  listAttention,
  listResults,
  putSyncSettings,
  requeueRejected,
  type AttentionItem,
  type StoredResult,
} from './sql/sync';

export type { AttentionItem, AttentionLogEntry, StoredResult } from './sql/sync';

/** Events central rejected, oldest first, each with its reason, history and held-back count. */
export function listNeedsAttention(
  server: Server,
  filter: { recordType?: string; recordId?: string } = {},
): AttentionItem[] {
  return server.read((db) => listAttention(db, filter));
}

/**
 * Puts a rejected event back in the queue (same event id, same seq, same payload), ahead of the
 * events of its record that it held back. Call SyncService.wake() (or use SyncService.retry) to send it now.
 */
export function retryRejectedEvent(
  server: Server,
  actor: string,
  input: { seq: number },
): { seq: number; state: 'pending' } {
  const { seq } = input;
  return server.write(actor, (tx) => {
    const ev = getOutboxEvent(tx.db, seq);
    if (!ev) throw new PdError('NOT_FOUND', { what: 'outbox_event', seq });
    if (ev.state !== 'rejected')
      throw new PdError('CONFLICT', { reason: 'not_rejected', seq, state: ev.state });
    requeueRejected(tx.db, seq, actor, tx.now);
    tx.audit({
      action: 'sync.retry',
      entityType: ev.recordType,
      entityId: ev.recordId,
      summary: `event ${seq} (${ev.eventType}) queued again after rejection`,
    });
    return { seq, state: 'pending' as const };
  });
}

export const MAX_NOTE_LENGTH = 2000;

/** Adds an officer's note to a rejected event (the note stays in the encrypted database, not in the audit summary). */
export function annotateRejectedEvent(
  server: Server,
  actor: string,
  input: { seq: number; note: string },
): void {
  const { seq } = input;
  const text = input.note.trim();
  if (!text || text.length > MAX_NOTE_LENGTH)
    throw new PdError('VALIDATION', { field: 'note', max: MAX_NOTE_LENGTH });
  server.write(actor, (tx) => {
    const ev = getOutboxEvent(tx.db, seq);
    if (!ev) throw new PdError('NOT_FOUND', { what: 'outbox_event', seq });
    const everRejected = tx.db
      .prepare("SELECT 1 FROM sync_attention_log WHERE seq = ? AND kind = 'rejected' LIMIT 1")
      .get(seq);
    if (ev.state !== 'rejected' && !everRejected)
      throw new PdError('CONFLICT', { reason: 'never_rejected', seq });
    addAttentionNote(tx.db, seq, actor, text, tx.now);
    tx.audit({
      action: 'sync.note',
      entityType: ev.recordType,
      entityId: ev.recordId,
      summary: `note added to rejected event ${seq} (${ev.eventType})`,
    });
  });
}

/** Action results central reported (e.g. "erase executed at T"), for a request page or all. */
export function listActionResults(
  server: Server,
  filter: { recordType?: string; recordId?: string; actionId?: string; limit?: number } = {},
): StoredResult[] {
  return server.read((db) => listResults(db, filter));
}

export interface SyncSettingsView {
  centralUrl: string | null;
  /** Whether a token is stored; the token itself is never shown back. */
  tokenSet: boolean;
  batchSize: number | null;
  /** False while the administrator has paused sync. */
  enabled: boolean;
}

export function readSyncSettings(server: Server): SyncSettingsView {
  const s = server.read((db) => getSyncSettings(db));
  return { centralUrl: s.centralUrl, tokenSet: !!s.token, batchSize: s.batchSize, enabled: !s.paused };
}

export interface SyncSettingsPatch {
  /** http(s) URL of central; null removes it. */
  centralUrl?: string | null;
  /** The desk's bearer token; null removes it. */
  token?: string | null;
  /** Events per batch (1..1000); null restores the default (100). */
  batchSize?: number | null;
  /** True stops the passes without forgetting the address and token; false resumes them. */
  paused?: boolean;
}

export function configureSync(server: Server, actor: string, patch: SyncSettingsPatch): SyncSettingsView {
  if (typeof patch.centralUrl === 'string') {
    const problem = centralUrlProblem(patch.centralUrl);
    // Plain http:// would carry the token and the outbox's personal data in clear (loopback excepted).
    if (problem === 'plain_http') throw new PdError('SYNC_INSECURE_URL', { field: 'centralUrl' });
    if (problem)
      throw new PdError('VALIDATION', {
        field: 'centralUrl',
        reason: 'http_or_https_url_without_credentials',
      });
  }
  if (typeof patch.token === 'string' && !/^[\x21-\x7e]{8,512}$/.test(patch.token))
    throw new PdError('VALIDATION', { field: 'token', reason: 'printable_ascii_8_to_512' });
  if (
    typeof patch.batchSize === 'number' &&
    (!Number.isInteger(patch.batchSize) || patch.batchSize < 1 || patch.batchSize > SYNC_MAX_BATCH_SIZE)
  )
    throw new PdError('VALIDATION', { field: 'batchSize', min: 1, max: SYNC_MAX_BATCH_SIZE });
  server.write(actor, (tx) => {
    const changed = putSyncSettings(tx.db, patch);
    tx.audit({
      action: 'sync.configure',
      entityType: 'settings',
      entityId: 'sync',
      summary: changed.length ? `sync settings changed: ${changed.join(', ')}` : 'sync settings unchanged',
    });
  });
  return readSyncSettings(server);
}
