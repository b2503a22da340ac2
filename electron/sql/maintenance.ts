// Whole-database operations: verify, rekey, backup and restore.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fsyncFile } from '../core/durable';
import { createPrivateFile, makePrivate } from '../core/private-files';
import { PdError } from '../../common/errors';
import { verifyAuditChain, type AuditFinding, type ChainVerdict } from './audit';
import { auditHeadLabel, currentHead } from './audit-anchors';
import { checkAnchors, checkBackups, checkOpenMarker, checkSchema, readBackupAnchors } from './audit-verify';
import { rekeyPragma } from './file-format';
import { LATEST_VERSION } from './migrations';
import { mapSqliteError, Server, type WriteTx } from './server';

export interface VerifyReport {
  ok: boolean;
  integrity: string[];
  cipher: string[];
  audit: ChainVerdict;
  /** Every finding: the chain's own, the schema's (triggers by name), anchors and backups. */
  findings: AuditFinding[];
  schemaVersion: number;
}

export interface VerifyOptions {
  /** Backups whose chain heads (and receipts) the local chain must still contain. */
  backups?: readonly string[];
  /** The key the backups open with (the database's own key). */
  key?: Buffer;
}

export function verifyDatabase(server: Server, opts: VerifyOptions = {}): VerifyReport {
  let integrity: string[];
  let cipher: string[];
  try {
    integrity = (server.db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    cipher = (server.db.pragma('cipher_integrity_check') as Record<string, string>[]).map((r) =>
      Object.values(r).join(' '),
    );
  } catch (e) {
    mapSqliteError(e);
  }
  const audit = verifyAuditChain(server.db);
  const db = server.db;
  const backups = (opts.backups ?? []).map((file) => {
    if (!opts.key) throw new PdError('KEY_MISSING');
    return { file, ...readBackupAnchors(file, opts.key, path.dirname(server.file)) };
  });
  const findings = [
    ...audit.findings,
    ...checkSchema(db),
    ...checkOpenMarker(db),
    ...checkAnchors(db, audit),
    ...checkBackups(db, audit, backups),
  ];
  const ok =
    integrity.length === 1 &&
    integrity[0] === 'ok' &&
    cipher.length === 0 &&
    !findings.some((f) => f.severity === 'error');
  return { ok, integrity, cipher, audit, findings, schemaVersion: server.schemaVersion };
}

/** Changes the key in place; the old key stops opening the file. */
export function rekey(server: Server, newKey: Buffer, actor: string): void {
  if (newKey.length !== 32) throw new PdError('KEY_INVALID', { reason: 'length' });
  server.write(actor, (tx) =>
    tx.audit({ action: 'db.rekey', entityType: 'database', entityId: server.deskId, summary: 'key changed' }),
  );
  server.db.pragma(rekeyPragma(newKey));
  server.checkpoint();
}

/**
 * A consistent copy while the app runs: VACUUM INTO reads one snapshot and writes a compact file
 * encrypted with the same key. Written beside the target first, so a failed backup leaves no half file.
 */
export function backupDatabase(
  server: Server,
  out: string,
  actor: string,
  alsoInTx?: (tx: WriteTx) => void,
): { file: string; bytes: number } {
  const { target, tmp } = backupTarget(out);
  try {
    server.db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return recordBackup(server, target, actor, alsoInTx);
}

export interface BackupJob {
  /** Makes the copy on another connection (a reader worker), so the writer is not held up. */
  copy?: (tmp: string, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** The cancel for synchronous steps (shared memory, set by the caller at once). */
  cancelled?: () => boolean;
  progress?: (p: { phase: 'copy' | 'sync' | 'record' }) => void;
}

/**
 * The backup as a cancellable job: the copy (VACUUM INTO, on a reader when one is given), then
 * fsync, rename and the audit entry. A cancel is honoured between steps (VACUUM INTO itself cannot
 * be interrupted: the driver offers no sqlite3_interrupt); until the rename nothing is recorded,
 * and the partial copy is removed, so a cancelled backup leaves no file and no audit entry.
 */
export async function backupDatabaseJob(
  server: Server,
  out: string,
  actor: string,
  job: BackupJob,
  alsoInTx?: (tx: WriteTx) => void,
): Promise<{ file: string; bytes: number }> {
  const stop = () => {
    if (job.cancelled?.() || job.signal?.aborted) throw new PdError('CANCELLED');
  };
  stop();
  const { target, tmp } = backupTarget(out);
  try {
    job.progress?.({ phase: 'copy' });
    if (job.copy) await job.copy(tmp, job.signal);
    else server.db.prepare('VACUUM INTO ?').run(tmp);
    stop();
    job.progress?.({ phase: 'sync' });
    fsyncFile(tmp);
    stop();
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  job.progress?.({ phase: 'record' });
  return recordBackup(server, target, actor, alsoInTx);
}

/** The target must not exist; the copy goes to `<target>.partial`, made 0600 before VACUUM INTO fills it. */
function backupTarget(out: string): { target: string; tmp: string } {
  const target = path.resolve(out);
  if (existsSync(target)) throw new PdError('CONFLICT', { reason: 'backup_target_exists' });
  const tmp = `${target}.partial`;
  rmSync(tmp, { force: true });
  createPrivateFile(tmp);
  return { target, tmp };
}

function recordBackup(
  server: Server,
  target: string,
  actor: string,
  alsoInTx?: (tx: WriteTx) => void,
): { file: string; bytes: number } {
  const head = currentHead(server.db);
  server.write(actor, (tx) => {
    tx.audit({
      action: 'db.backup',
      entityType: 'database',
      entityId: server.deskId,
      summary: `backup written (${auditHeadLabel(head)})`,
    });
    alsoInTx?.(tx);
  });
  return { file: target, bytes: statSync(target).size };
}

/** Checks a backup through a private copy, so the backup file itself is never opened for writing. */
export function checkBackupCopy(from: string, key: Buffer, scratchDir: string): VerifyReport {
  if (!existsSync(from)) throw new PdError('BACKUP_INVALID', { reason: 'DB_NOT_FOUND' });
  const copy = path.join(scratchDir, `.backup-check-${process.pid}-${Date.now()}`);
  copyFileSync(from, copy);
  makePrivate(copy);
  try {
    return checkBackup(copy, key);
  } finally {
    for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
  }
}

/** Opens a backup with the key and checks it fully before anything is replaced. */
export function checkBackup(from: string, key: Buffer): VerifyReport {
  let probe: Server;
  try {
    probe = Server.open({ file: from, key, create: 'never' });
  } catch (e) {
    if (e instanceof PdError) throw new PdError('BACKUP_INVALID', { reason: e.code });
    throw e;
  }
  try {
    const report = verifyDatabase(probe);
    if (!report.ok) throw new PdError('BACKUP_INVALID', { reason: 'verify_failed' });
    if (report.schemaVersion > LATEST_VERSION) throw new PdError('BACKUP_INVALID', { reason: 'DB_TOO_NEW' });
    return report;
  } catch (e) {
    if (e instanceof PdError && e.code !== 'BACKUP_INVALID')
      throw new PdError('BACKUP_INVALID', { reason: e.code });
    throw e;
  } finally {
    probe.close();
  }
}

/**
 * Replaces the database with a verified backup. The current file is kept beside it
 * (`.before-restore-<time>`) so a restore can itself be undone. The database must be closed.
 */
export function restoreDatabase(
  dbFile: string,
  from: string,
  key: Buffer,
  now = new Date(),
): { keptPrevious?: string } {
  const target = path.resolve(dbFile);
  const source = path.resolve(from);
  // Verify a private copy, so the backup file itself is never opened for writing.
  const staged = `${target}.restoring`;
  rmSync(staged, { force: true });
  copyFileSync(source, staged);
  makePrivate(staged);
  try {
    checkBackup(staged, key);
  } catch (e) {
    rmSync(staged, { force: true });
    rmSync(`${staged}-wal`, { force: true });
    rmSync(`${staged}-shm`, { force: true });
    throw e;
  }
  rmSync(`${staged}-wal`, { force: true });
  rmSync(`${staged}-shm`, { force: true });
  fsyncFile(staged);
  let keptPrevious: string | undefined;
  if (existsSync(target)) {
    keptPrevious = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptPrevious);
    for (const ext of ['-wal', '-shm']) {
      if (existsSync(target + ext)) renameSync(target + ext, keptPrevious + ext);
    }
  }
  renameSync(staged, target);
  return keptPrevious ? { keptPrevious } : {};
}
