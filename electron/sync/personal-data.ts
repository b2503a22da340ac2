// Sync's personal data: the identifying keys of request events' payloads, officers' notes and
// central's rejection details in the needs-attention log, and central's notes on action results.
// Undelivered events hold the purge back (the requests purge defers them), so only delivered
// payloads are rewritten here: central already has what it needs.
import type { PurgeFeature } from '../core/purge-pipeline';
import { redactDeliveredPayloads, wipeAttentionNotes, wipeResultNotes } from './sql/purge';

export const SYNC_PERSONAL_DATA: PurgeFeature = {
  name: 'sync',
  personalData: {
    outbox: ['payload'],
    sync_attention_log: ['note', 'detail'],
    sync_results: ['note'],
  },
  purge: ({ tx, requestId }) => ({
    outboxPayloads: redactDeliveredPayloads(tx.db, requestId),
    attentionNotes: wipeAttentionNotes(tx.db, requestId),
    resultNotes: wipeResultNotes(tx.db, requestId),
  }),
};
