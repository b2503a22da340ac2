// Sync with the central system: status for the status bar, settings, and the needs-attention list.
import { z } from 'zod';
import type { SyncStatus } from '../sync/status';
import { adminWrite, ALL_ROLES, call, type Role } from './define';

export interface SyncSettingsView {
  centralUrl: string | null;
  /** Whether a token is stored; the token itself is never sent back. */
  tokenSet: boolean;
  batchSize: number | null;
  /** False while the administrator has paused sync (address and token kept). */
  enabled: boolean;
}

export interface AttentionLogEntry {
  at: string;
  actor: string;
  kind: 'rejected' | 'retried' | 'note';
  reason: string | null;
  detail: string | null;
  note: string | null;
}

/** An event central rejected: it waits for an officer (retry or note) and holds back its record. */
export interface AttentionItem {
  seq: number;
  eventId: string;
  eventType: string;
  recordType: string;
  recordId: string;
  createdAt: string;
  /** Central's reason code for the latest rejection. */
  reason: string;
  /** Central's detail (field paths), if any. */
  detail: string | null;
  rejectedAt: string | null;
  /** How many times central rejected this event. */
  rejections: number;
  /** Later events of the same record waiting behind this one. */
  heldBack: number;
  /** Rejections, retries and officer notes, oldest first. */
  history: AttentionLogEntry[];
}

const ADMIN: readonly Role[] = ['admin'];
const OFFICERS: readonly Role[] = ['admin', 'officer', 'auditor'];

export const syncCalls = {
  'sync.status': call<SyncStatus>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  'sync.settings': call<SyncSettingsView>()({ reads: true, input: z.strictObject({}), roles: ADMIN }),
  'sync.configure': adminWrite<SyncSettingsView>()(
    z.strictObject({
      centralUrl: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable()
        .optional(),
      token: z.string().min(8).max(500).nullable().optional(),
      batchSize: z.number().int().min(1).max(1000).nullable().optional(),
      enabled: z.boolean().optional(),
    }),
  ),
  'sync.runNow': call<SyncStatus>()({ input: z.strictObject({}), roles: ['admin', 'officer'], writes: true }),
  'sync.attention': call<AttentionItem[]>()({
    reads: true,
    input: z.strictObject({
      recordType: z.string().max(40).optional(),
      recordId: z.string().max(80).optional(),
    }),
    roles: OFFICERS,
  }),
  'sync.retry': call<{ seq: number; state: 'pending' }>()({
    input: z.strictObject({ seq: z.number().int().positive() }),
    roles: ['admin', 'officer'],
    writes: true,
  }),
  'sync.annotate': call<{ ok: true }>()({
    input: z.strictObject({ seq: z.number().int().positive(), note: z.string().trim().min(1).max(2000) }),
    roles: ['admin', 'officer'],
    writes: true,
  }),
} as const;
