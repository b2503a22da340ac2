// The app's life cycle around the one database: first-run setup, opening with the stored key,
// the recovery-key path when that fails, and the open Server every handler works on.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppState } from '../../common/contract/app';
import { PdError, toErrorPayload, type ErrorPayload } from '../../common/errors';
import { formatRecoveryKey, generateKey, parseKey } from '../core/keys';
import type { KeyStore } from '../core/keystore';
import { classifyExisting, Server } from '../sql/server';
import { checkBackupCopy, restoreDatabase } from '../sql/maintenance';
import { hasUsers, insertPreparedUser, prepareUser } from '../accounts';
import { SignInGuard } from '../accounts';
import { writeAuditSummaries } from '../accounts';
import { DEFAULT_IDLE_MINUTES, DEFAULT_SESSION_MAX_HOURS, SessionStore } from './sessions';
import type { SyncRunner } from './sync-runner';
import type { MachineHost } from './machine';
import { applyCountingRule } from '../requests';

export const IDLE_SETTING = 'security.idleLockMinutes';
export const SESSION_MAX_SETTING = 'security.sessionMaxHours';

export interface AppCoreOptions {
  dbFile: string;
  keyStore: KeyStore;
  shell: 'electron' | 'headless';
  version: string;
  clock?: () => Date;
  idleLockSecondsOverride?: number;
  /**
   * The host checks the file's integrity in the background (core worker: on a reader of its
   * own) and calls `integrityFailed` if it is damaged. quick_check reads every page: at a million
   * letters that is a minute, which must not stand between the clerk and the sign-in screen.
   */
  deferQuickCheck?: boolean;
}

const RECOVERABLE = new Set(['DB_WRONG_KEY', 'KEY_MISSING', 'KEY_INVALID']);

export type CoreListener = (event: 'opened' | 'closing') => void;

export class AppCore {
  private server: Server | null = null;
  private error: ErrorPayload | null = null;
  private readonly listeners = new Set<CoreListener>();
  readonly sessions: SessionStore;
  /** Sign-in throttling and the cap on sign-in failure rows in the audit log. */
  readonly signInGuard = new SignInGuard();
  /** Background sync, attached by the shell (Electron or headless) that knows how to fetch. */
  sync: SyncRunner | null = null;
  /** The office PC (machine folder, migration, logs, updates), attached by the shell. */
  machine: MachineHost | null = null;

  constructor(readonly opts: AppCoreOptions) {
    const clock = opts.clock;
    this.sessions = new SessionStore(
      () => this.idleLockSeconds(),
      clock ? () => clock().getTime() : Date.now,
      () => this.sessionMaxHours() * 3600,
    );
  }

  get dataDir(): string {
    return path.dirname(this.opts.dbFile);
  }

  /**
   * Only a database file that does not exist at all leads to first-run setup: an empty file (a
   * failed copy, a wiped disk) is an error to look into, not an invitation to whoever comes first.
   */
  private dbMissing(): boolean {
    return !existsSync(this.opts.dbFile);
  }

  /** Opens the database if it exists and the key opens it; otherwise records why not. */
  start(): AppState {
    // The file is looked at before the key: an empty file or a folder is the problem to report.
    if (!this.dbMissing())
      this.openWith(() => {
        classifyExisting(this.opts.dbFile, 'never');
        return this.opts.keyStore.load();
      });
    return this.state();
  }

  private openWith(getKey: () => Buffer): void {
    try {
      const key = getKey();
      this.server = Server.open({
        file: this.opts.dbFile,
        key,
        quickCheck: !this.opts.deferQuickCheck,
        ...(this.opts.clock ? { clock: this.opts.clock } : {}),
      });
      // Due dates stored under the old counting rule are corrected once (issue 14).
      applyCountingRule(this.server);
      this.error = null;
      for (const l of this.listeners) l('opened');
    } catch (e) {
      this.server = null;
      this.error = toErrorPayload(e);
      if (!(e instanceof PdError)) throw e;
    }
  }

  state(): AppState {
    const base = { version: this.opts.version, shell: this.opts.shell, dataDir: this.dataDir };
    if (this.server) {
      const phase = hasUsers(this.server) ? 'ready' : 'setup';
      return { ...base, phase, schemaVersion: this.server.schemaVersion, canRecover: false };
    }
    if (this.error)
      return { ...base, phase: 'error', error: this.error, canRecover: RECOVERABLE.has(this.error.code) };
    // Not in "Privacy Desk Users": no setup screen that would fail (or look like a first run).
    if (this.machine?.folderAccess === 'denied')
      return {
        ...base,
        phase: 'error',
        error: new PdError('DATA_FOLDER_DENIED').toPayload(),
        canRecover: false,
      };
    // An old per-user database could not be moved in: setting up a second, empty one would split the registers.
    if (this.migrationBlocks())
      return {
        ...base,
        phase: 'error',
        error: new PdError('DATA_MIGRATION_FAILED').toPayload(),
        canRecover: false,
      };
    return { ...base, phase: this.dbMissing() ? 'setup' : 'error', canRecover: false };
  }

  /**
   * First run: create the database and its first administrator in one transaction, and hand the
   * recovery key to the administrator, once. A database made by `privacy-desk db init` has no
   * users yet: then only the administrator is created (and no key is shown: it exists already).
   */
  setup(admin: { username: string; displayName: string; password: string }): {
    recoveryKey: string | null;
    sessionToken: string;
  } {
    const prepared = prepareUser({ ...admin, role: 'admin' });
    if (this.server) {
      if (hasUsers(this.server)) throw new PdError('DB_EXISTS');
      const user = this.server.write(admin.username, (tx) => insertPreparedUser(tx, prepared));
      return { recoveryKey: null, sessionToken: this.sessions.create(user).token };
    }
    if (!this.dbMissing()) throw new PdError('DB_EXISTS');
    if (this.machine?.folderAccess === 'denied') throw new PdError('DATA_FOLDER_DENIED');
    if (this.migrationBlocks()) throw new PdError('DATA_MIGRATION_FAILED');
    const store = this.opts.keyStore;
    const key = store.exists() ? store.load() : generateKey();
    const server = Server.open({
      file: this.opts.dbFile,
      key,
      create: 'allow',
      ...(this.opts.clock ? { clock: this.opts.clock } : {}),
    });
    let user;
    try {
      user = server.write(admin.username, (tx) => {
        tx.audit({
          action: 'db.init',
          entityType: 'database',
          entityId: server.deskId,
          summary: 'database created at setup',
        });
        return insertPreparedUser(tx, prepared);
      });
      if (!store.exists()) store.save(key);
    } catch (e) {
      server.close();
      throw e;
    }
    this.server = server;
    this.error = null;
    for (const l of this.listeners) l('opened');
    return { recoveryKey: formatRecoveryKey(key), sessionToken: this.sessions.create(user).token };
  }

  /** Minutes without activity before a session locks (administrator setting). */
  idleLockMinutes(): number {
    const v = Number(this.server?.getSetting(IDLE_SETTING));
    return Number.isInteger(v) && v > 0 ? v : DEFAULT_IDLE_MINUTES;
  }

  /** Hours after sign-in at which a session ends, however active (administrator setting). */
  sessionMaxHours(): number {
    const v = Number(this.server?.getSetting(SESSION_MAX_SETTING));
    return Number.isInteger(v) && v > 0 ? v : DEFAULT_SESSION_MAX_HOURS;
  }

  /** PRIVACY_DESK_IDLE_LOCK_SECONDS shortens the timeout for demonstrations and end-to-end tests. */
  idleLockSeconds(): number {
    const override = Number(this.opts.idleLockSecondsOverride);
    return Number.isFinite(override) && override > 0 ? override : this.idleLockMinutes() * 60;
  }

  /** The recovery-key path: open with the printed key, then store it again for the next start. */
  recover(recoveryKey: string, actor: string): void {
    const key = parseKey(recoveryKey);
    const server = Server.open({ file: this.opts.dbFile, key, quickCheck: true });
    this.opts.keyStore.save(key);
    server.write(actor, (tx) =>
      tx.audit({
        action: 'db.recovered',
        entityType: 'database',
        entityId: server.deskId,
        summary: 'opened with the recovery key',
      }),
    );
    this.sessions.clear();
    this.server?.close();
    this.server = server;
    this.error = null;
    for (const l of this.listeners) l('opened');
  }

  /**
   * Replaces the database with a verified backup made under the same key. Everyone signs in
   * again afterwards; the previous file is kept beside the database.
   */
  restore(from: string, actor: string): { keptPrevious?: string } {
    const key = this.opts.keyStore.load();
    // Refuse a bad backup while everyone is still signed in and the database untouched.
    checkBackupCopy(from, key, this.dataDir);
    for (const l of this.listeners) l('closing');
    this.sessions.clear();
    this.server?.close();
    this.server = null;
    try {
      return restoreDatabase(this.opts.dbFile, from, key);
    } finally {
      this.openWith(() => key);
      if (this.server) {
        (this.server as Server).write(actor, (tx) =>
          tx.audit({
            action: 'db.restore',
            entityType: 'database',
            entityId: (this.server as Server).deskId,
            summary: 'restored from backup',
          }),
        );
      }
    }
  }

  private migrationBlocks(): boolean {
    return this.machine?.migration.state === 'failed' && this.dbMissing();
  }

  get isOpen(): boolean {
    return this.server !== null;
  }

  /** The open database; handlers that need it are only dispatched once it is open. */
  db(): Server {
    if (!this.server) throw new PdError('DB_NOT_OPEN');
    return this.server;
  }

  onChange(listener: CoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The background check found damage: the database closes (everyone is signed out) and the
   * window shows the database error screen, as it would had the check run before opening.
   */
  integrityFailed(): void {
    if (!this.server) return;
    for (const l of this.listeners) l('closing');
    this.sessions.clear();
    this.server.close();
    this.server = null;
    this.error = new PdError('DB_CORRUPT').toPayload();
  }

  close(): void {
    this.sessions.clear();
    // The failures counted past the audit cap are written before the database closes.
    if (this.server) writeAuditSummaries(this.server, this.signInGuard, true);
    for (const l of this.listeners) l('closing');
    this.server?.close();
    this.server = null;
  }
}
