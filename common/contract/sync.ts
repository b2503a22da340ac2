// Sync with the central system: status for the status bar, settings, and the needs-attention list.
import { z } from 'zod';
import type { SyncStatus } from '../sync/status';
import { ALL_ROLES, call, type Role } from './define';

export interface SyncSettingsView {
  centralUrl: string | null;
  /** Whether a token is stored; the token itself is never sent back. */
  tokenSet: boolean;
  batchSize: number | null;
}

export interface AttentionView {
  seq: number;
  eventId: string;
  eventType: string;
  recordType: string;
  recordId: string;
  createdAt: string;
  reason: string;
  detail: string | null;
  rejectedAt: string | null;
  rejections: number;
  heldBack: number;
  history: { at: string; actor: string; kind: 'rejected' | 'retried' | 'note'; reason: string | null; detail: string | null; note: string | null }[];
}

const ADMIN: readonly Role[] = ['admin'];
const OFFICERS: readonly Role[] = ['admin', 'officer', 'auditor'];

export const syncCalls = {
  'sync.status': call<SyncStatus>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  'sync.settings': call<SyncSettingsView>()({ input: z.strictObject({}), roles: ADMIN }),
  'sync.configure': call<SyncSettingsView>()({
    input: z.strictObject({
      centralUrl: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
      token: z.string().min(8).max(500).nullable().optional(),
      batchSize: z.number().int().min(1).max(1000).nullable().optional(),
    }),
    roles: ADMIN,
    writes: true,
  }),
  'sync.runNow': call<SyncStatus>()({ input: z.strictObject({}), roles: ['admin', 'officer'], writes: true }),
  'sync.attention': call<AttentionView[]>()({
    input: z.strictObject({ recordType: z.string().max(40).optional(), recordId: z.string().max(80).optional() }),
    roles: OFFICERS,
  }),
  'sync.retry': call<{ seq: number; state: 'pending' }>()({ input: z.strictObject({ seq: z.number().int().positive() }), roles: ['admin', 'officer'], writes: true }),
  'sync.annotate': call<{ ok: true }>()({
    input: z.strictObject({ seq: z.number().int().positive(), note: z.string().trim().min(1).max(2000) }),
    roles: ['admin', 'officer'],
    writes: true,
  }),
} as const;
