// Scheduled encrypted backups to a folder (a network share is typical), keeping the newest N,
// and restore from that folder. A failed backup stays visible until a later one succeeds.
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupSettings, BackupStatus } from '../../common/contract/admin';
import { PdError } from '../../common/errors';
import { almatyParts, fromAlmatyWallClock } from '../../common/time/almaty';
import { logError } from '../core/log';
import { backupDatabase, backupDatabaseJob, type BackupJob } from '../sql/maintenance';
import { deleteSetting, putSetting, readSetting } from '../sql/settings';
import type { Server } from '../sql/server';
import type { AppCore } from './core';

const KEYS = {
  enabled: 'backup.enabled',
  folder: 'backup.folder',
  keep: 'backup.keep',
  hour: 'backup.hour',
  lastSuccessAt: 'backup.lastSuccessAt',
  lastFailureAt: 'backup.lastFailureAt',
  lastError: 'backup.lastError',
} as const;

const DEFAULTS: BackupSettings = { enabled: false, folder: null, keep: 14, hour: 18 };

/** Our own backup names only: a name from the UI is matched against this, never used as a path. */
const NAME = /^privacy-desk-\d{8}-\d{6}\.pdbackup$/;

export function backupSettings(server: Server): BackupSettings {
  const db = server.db;
  const num = (k: string, d: number) => {
    const v = Number(readSetting(db, k));
    return Number.isInteger(v) ? v : d;
  };
  return {
    enabled: readSetting(db, KEYS.enabled) === 'true',
    folder: readSetting(db, KEYS.folder) ?? null,
    keep: num(KEYS.keep, DEFAULTS.keep),
    hour: num(KEYS.hour, DEFAULTS.hour),
  };
}

export function configureBackups(server: Server, actor: string, s: BackupSettings): BackupSettings {
  if (s.folder !== null && !path.isAbsolute(s.folder))
    throw new PdError('VALIDATION', { issues: [{ path: 'folder', code: 'not_absolute' }] });
  server.write(actor, (tx) => {
    putSetting(tx.db, KEYS.enabled, String(s.enabled));
    if (s.folder === null) deleteSetting(tx.db, KEYS.folder);
    else putSetting(tx.db, KEYS.folder, s.folder);
    putSetting(tx.db, KEYS.keep, String(s.keep));
    putSetting(tx.db, KEYS.hour, String(s.hour));
    tx.audit({
      action: 'backup.configured',
      entityType: 'setting',
      entityId: 'backup',
      summary: `enabled=${s.enabled} keep=${s.keep} hour=${s.hour}`,
    });
  });
  return backupSettings(server);
}

function fileName(at: Date): string {
  const p = almatyParts(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `privacy-desk-${p.year}${two(p.month)}${two(p.day)}-${two(p.hour)}${two(p.minute)}${two(p.second)}.pdbackup`;
}

export function listBackups(server: Server): BackupFile[] {
  const folder = backupSettings(server).folder;
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => NAME.test(n))
    .map((name) => {
      const st = statSync(path.join(folder, name));
      return { name, bytes: st.size, at: st.mtime.toISOString() };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

function requireFolder(server: Server): string {
  const folder = backupSettings(server).folder;
  if (!folder) throw new PdError('BACKUP_FOLDER', { reason: 'not_set' });
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new PdError('BACKUP_FOLDER', { reason: 'missing' });
  return folder;
}

/** Writes a backup now; on failure the failure is recorded (and shown) before the error is passed on. */
export function runBackup(server: Server, actor: string): BackupFile {
  const now = server.now();
  try {
    const folder = requireFolder(server);
    const name = fileName(now);
    const r = backupDatabase(server, path.join(folder, name), actor, (tx) => {
      putSetting(tx.db, KEYS.lastSuccessAt, now.toISOString());
    });
    prune(server, folder);
    return { name, bytes: r.bytes, at: now.toISOString() };
  } catch (e) {
    return recordFailure(server, actor, now, e);
  }
}

/**
 * The same backup as a job (the administrator's "Back up now" in the core worker): the copy runs on
 * a reader, progress is reported, and a cancel leaves no file; a cancelled backup is not a failure.
 */
export async function runBackupJob(server: Server, actor: string, job: BackupJob): Promise<BackupFile> {
  const now = server.now();
  try {
    const folder = requireFolder(server);
    const name = fileName(now);
    const r = await backupDatabaseJob(server, path.join(folder, name), actor, job, (tx) => {
      putSetting(tx.db, KEYS.lastSuccessAt, now.toISOString());
    });
    prune(server, folder);
    return { name, bytes: r.bytes, at: now.toISOString() };
  } catch (e) {
    if (e instanceof PdError && e.code === 'CANCELLED') throw e;
    return recordFailure(server, actor, now, e);
  }
}

function recordFailure(server: Server, actor: string, now: Date, e: unknown): never {
  const code = e instanceof PdError ? e.code : 'BACKUP_FAILED';
  server.write(actor, (tx) => {
    putSetting(tx.db, KEYS.lastFailureAt, now.toISOString());
    putSetting(tx.db, KEYS.lastError, code);
    tx.audit({
      action: 'db.backup_failed',
      entityType: 'database',
      entityId: server.deskId,
      summary: `backup failed: ${code}`,
    });
  });
  if (e instanceof PdError) throw e;
  logError('backup', e);
  throw new PdError('BACKUP_FAILED');
}

function prune(server: Server, folder: string): void {
  const keep = backupSettings(server).keep;
  for (const old of listBackups(server).slice(keep)) unlinkSync(path.join(folder, old.name));
}

export function backupStatus(server: Server): BackupStatus {
  const s = backupSettings(server);
  const lastSuccessAt = readSetting(server.db, KEYS.lastSuccessAt) ?? null;
  const lastFailureAt = readSetting(server.db, KEYS.lastFailureAt) ?? null;
  const failing = lastFailureAt !== null && (lastSuccessAt === null || lastFailureAt > lastSuccessAt);
  return {
    lastSuccessAt,
    lastFailureAt,
    lastError: failing ? (readSetting(server.db, KEYS.lastError) ?? null) : null,
    failing,
    nextDueAt: s.enabled && s.folder ? nextDue(s, lastSuccessAt, server.now()).toISOString() : null,
  };
}

/** The daily backup is due once a day, from the configured Almaty hour on. */
function nextDue(s: BackupSettings, lastSuccessAt: string | null, now: Date): Date {
  const p = almatyParts(now);
  const todayAt = fromAlmatyWallClock(p.year, p.month, p.day, s.hour);
  const doneToday =
    lastSuccessAt !== null && new Date(lastSuccessAt) >= fromAlmatyWallClock(p.year, p.month, p.day);
  if (!doneToday) return todayAt;
  return new Date(fromAlmatyWallClock(p.year, p.month, p.day + 1, s.hour).getTime());
}

export function backupIsDue(server: Server): boolean {
  const s = backupSettings(server);
  if (!s.enabled || !s.folder) return false;
  const status = backupStatus(server);
  const now = server.now();
  // After a failure, try again hourly rather than every tick.
  if (
    status.failing &&
    status.lastFailureAt &&
    now.getTime() - new Date(status.lastFailureAt).getTime() < 3600_000
  )
    return false;
  return now >= nextDue(s, status.lastSuccessAt, now);
}

export function restoreFromFolder(core: AppCore, name: string, actor: string): { keptPrevious?: string } {
  if (!NAME.test(name))
    throw new PdError('VALIDATION', { issues: [{ path: 'name', code: 'invalid_backup_name' }] });
  const folder = requireFolder(core.db());
  const file = path.join(folder, name);
  if (!existsSync(file)) throw new PdError('NOT_FOUND', { entity: 'backup' });
  return core.restore(file, actor);
}

/** Runs due backups while the app is open. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** `copy`: the core worker makes the copy on a reader, and the writer goes on serving calls. */
  constructor(
    private readonly core: AppCore,
    private readonly copy?: BackupJob['copy'],
  ) {}

  start(intervalMs = 60_000): void {
    this.stop();
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  tick(): void {
    if (!this.core.isOpen || this.running) return;
    const server = this.core.db();
    // A failure is recorded by the backup itself and shown on the dashboard until one succeeds.
    try {
      if (!backupIsDue(server)) return;
      if (!this.copy) {
        runBackup(server, 'scheduler');
        return;
      }
      this.running = true;
      void runBackupJob(server, 'scheduler', { copy: this.copy })
        .catch(() => {})
        .finally(() => (this.running = false));
    } catch {
      // Recorded, as above.
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
