// The audit viewer and scheduled backups.
import { z } from 'zod';
import { adminWrite, ALL_ROLES, call, type Role } from './define';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
}

export interface AuditVerdict {
  ok: boolean;
  entries: number;
  firstBroken?: { id: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' | 'time_backwards' };
}

export interface BackupSettings {
  enabled: boolean;
  /** Folder that receives the daily backups; a network share is typical. */
  folder: string | null;
  /** How many of the newest backups to keep in the folder. */
  keep: number;
  /** Hour of the day (Asia/Almaty) after which the daily backup runs. */
  hour: number;
}

export interface BackupFile {
  name: string;
  bytes: number;
  at: string;
}

export interface BackupStatus {
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  /** A backup failed and no later one has succeeded: the dashboard shows it. */
  failing: boolean;
  nextDueAt: string | null;
}

const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];
const ADMIN: readonly Role[] = ['admin'];

const auditFilter = {
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const adminCalls = {
  'audit.list': call<{ entries: AuditRow[]; hasMore: boolean }>()({
    reads: true,
    input: z.strictObject({
      ...auditFilter,
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    roles: AUDIT_READERS,
  }),
  'audit.facets': call<{ actors: string[]; actions: string[]; entityTypes: string[] }>()({
    reads: true,
    input: z.strictObject({}),
    roles: AUDIT_READERS,
  }),
  'audit.verify': call<AuditVerdict>()({ reads: true, input: z.strictObject({}), roles: AUDIT_READERS }),
  /** CSV (UTF-8 with BOM); the export itself is audited. */
  'audit.exportCsv': call<{ fileName: string; csv: string }>()({
    input: z.strictObject(auditFilter),
    roles: AUDIT_READERS,
  }),

  'backup.settings': call<BackupSettings>()({ reads: true, input: z.strictObject({}), roles: ADMIN }),
  'backup.configure': adminWrite<BackupSettings>()(
    z.strictObject({
      enabled: z.boolean(),
      folder: z.string().trim().min(1).max(1000).nullable(),
      keep: z.number().int().min(1).max(365),
      hour: z.number().int().min(0).max(23),
    }),
  ),
  'backup.runNow': adminWrite<BackupFile>()(z.strictObject({})),
  'backup.list': call<BackupFile[]>()({ reads: true, input: z.strictObject({}), roles: ADMIN }),
  'backup.status': call<BackupStatus>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  /** Replaces the database with a verified backup from the backup folder; everyone signs in again. */
  'backup.restore': adminWrite<{ restored: true; keptPrevious?: string }>()(
    z.strictObject({ name: z.string().trim().min(1).max(255), confirm: z.literal(true) }),
  ),
} as const;
