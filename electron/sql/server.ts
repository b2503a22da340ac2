// Owns the one encrypted SQLite connection (in the manner of Signal Desktop's ts/sql/Server):
// open or create, key, PRAGMAs, migrations, transactions. SQL lives under electron/sql only.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { appendAudit, closeAuditedTx, openAuditedTx, type AuditInput } from './audit';
import { convertLegacyFile } from './convert-cipher';
import { keyFitsDamagedFile } from './diagnose';
import { APPLICATION_ID, applyCipher, cipherOfFile, PAGE_SIZE, type FileCipher } from './file-format';
import { createPrivateFile, makePrivate } from '../core/private-files';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { enqueueOutbox, type OutboxInput } from './outbox';
import { putSetting, readSetting } from './settings';

export type DB = Database.Database;

const SQLITE_PLAIN_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  file: string;
  key: Buffer;
  /** 'never' (default): the file must exist; 'allow': create when missing; 'only': refuse an existing file. */
  create?: 'never' | 'allow' | 'only';
  /** Run PRAGMA quick_check after opening (the app does; a bench of open time may not). */
  quickCheck?: boolean;
  clock?: () => Date;
}

export interface WriteTx {
  db: DB;
  now: Date;
  audit(entry: Omit<AuditInput, 'actor'> & { actor?: string }): void;
  emit(event: OutboxInput): string;
}

/**
 * Looks at the file without opening it through SQLite, so a refused file is never touched. Each
 * problem has its own answer: a folder, an empty file (never silently made a new database: only
 * `db init` may), a file cut short, a plain SQLite file.
 */
export function classifyExisting(file: string, create: OpenOptions['create']): 'empty' | 'candidate' {
  const st = statSync(file);
  if (st.isDirectory()) throw new PdError('DB_IS_DIRECTORY');
  if (!st.isFile()) throw new PdError('DB_NOT_PRIVACY_DESK', { reason: 'not_a_file' });
  const size = st.size;
  if (size === 0) {
    if (create !== 'only') throw new PdError('DB_EMPTY');
    return 'empty';
  }
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    if (head.toString('latin1') === SQLITE_PLAIN_HEADER)
      throw new PdError('DB_NOT_PRIVACY_DESK', { reason: 'plain_sqlite' });
  } finally {
    closeSync(fd);
  }
  // Smaller than one page: never one of ours. Whole pages plus a part: ours, cut short.
  if (size < PAGE_SIZE) throw new PdError('DB_NOT_PRIVACY_DESK', { reason: 'not_a_database' });
  if (size % PAGE_SIZE !== 0) throw new PdError('DB_TRUNCATED', { bytes: size, pageSize: PAGE_SIZE });
  return 'candidate';
}

/**
 * The cipher encrypts the database and its WAL but not SQLite's temp files (sorter spills, temp
 * indexes, VACUUM's scratch copy), and the driver is built to put them on disk (SQLITE_TEMP_STORE=1).
 * Keeping them in memory keeps personal data off the disk in clear; the read-back catches a build
 * that ignores the pragma (SQLITE_TEMP_STORE=0 pins temp files to disk).
 */
export function requireMemoryTempStore(db: DB): void {
  db.pragma('temp_store = MEMORY');
  const mode = db.pragma('temp_store', { simple: true }) as number;
  const options = (db.pragma('compile_options') as { compile_options: string }[]).map(
    (r) => r.compile_options,
  );
  if (mode !== 2 || options.includes('TEMP_STORE=0'))
    throw new PdError('INTERNAL', { reason: 'temp_store_not_memory' });
}

/**
 * better-sqlite3 compiles a statement on every db.prepare(), and a write statement here compiles the
 * table's triggers with it (audit guards, full-text sync, summary counts): about a third of an
 * intake's time (calls bench profile). As Signal Desktop's ts/sql does, statements are kept per SQL
 * text; here by wrapping the connection's prepare, so no call site changes. A kept statement comes
 * back in its default modes (as a new one would), one still iterating is never handed out twice,
 * and the least recently used go past a bound (SQL built from data, an IN list of varying length,
 * must not grow the map without end). SQLite re-prepares a kept statement after a schema change.
 */
export function cacheStatements(db: DB, max = 500): void {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const hit = kept.get(sql);
    if (hit && !hit.busy) {
      kept.delete(sql);
      kept.set(sql, hit);
      if (hit.reader) hit.pluck(false).expand(false).raw(false);
      return hit.safeIntegers(false);
    }
    const stmt = prepare(sql);
    if (!hit) {
      kept.set(sql, stmt);
      if (kept.size > max) kept.delete(kept.keys().next().value!);
    }
    return stmt;
  }) as DB['prepare'];
}

export function mapSqliteError(e: unknown): never {
  const code = (e as { code?: string })?.code;
  if (code === 'SQLITE_NOTADB') throw new PdError('DB_WRONG_KEY');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB') throw new PdError('DB_CORRUPT');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new PdError('DB_LOCKED');
  // SQLite's own code, or the system's when a file is written outside SQLite (a backup copy).
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new PdError('DISK_FULL');
  throw e;
}

export class Server {
  readonly db: DB;
  readonly file: string;
  private readonly clock: () => Date;
  private writeDepth = 0;

  private constructor(
    db: DB,
    file: string,
    clock: () => Date,
    /** A reader's connection (openReader): query_only, never the one that writes. */
    readonly isReader = false,
  ) {
    this.db = db;
    this.file = file;
    this.clock = clock;
  }

  static open(opts: OpenOptions): Server {
    const file = path.resolve(opts.file);
    const create = opts.create ?? 'never';
    const exists = existsSync(file);
    if (!exists && create === 'never') throw new PdError('DB_NOT_FOUND');
    let state: 'new' | 'empty' | 'candidate' = 'new';
    if (exists) {
      state = classifyExisting(file, create);
      if (create === 'only' && state !== 'empty') throw new PdError('DB_EXISTS');
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      // Created 0600 before SQLite opens it; SQLite gives the WAL and shm files the same mode.
      createPrivateFile(file);
    }
    makePrivate(file);
    // A file of an earlier release is converted before anything else reads it; one the key does not
    // open (or that is not ours) is left as it is, and the checks below say why.
    let cipher: FileCipher = state === 'candidate' ? cipherOfFile(file) : 'aegis';
    let converted = false;
    if (cipher === 'sqlcipher') {
      try {
        converted = convertLegacyFile(file, opts.key);
      } catch (e) {
        mapSqliteError(e);
      }
      if (converted) cipher = 'aegis';
    }

    const db = new Database(file, { fileMustExist: exists });
    cacheStatements(db);
    try {
      applyCipher(db, opts.key, cipher);
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch (e) {
        // The cipher says "not a database" for a wrong key and for a damaged first page alike.
        if (
          (e as { code?: string }).code === 'SQLITE_NOTADB' &&
          state === 'candidate' &&
          keyFitsDamagedFile(file, opts.key)
        ) {
          throw new PdError('DB_HEADER_CORRUPT');
        }
        mapSqliteError(e);
      }
      const appId = db.pragma('application_id', { simple: true }) as number;
      const version = db.pragma('user_version', { simple: true }) as number;
      if (state === 'candidate' && appId !== APPLICATION_ID)
        throw new PdError('DB_NOT_PRIVACY_DESK', { reason: 'application_id' });
      if (version > LATEST_VERSION) throw new PdError('DB_TOO_NEW', { version, supported: LATEST_VERSION });

      db.pragma('busy_timeout = 5000');
      db.pragma('journal_mode = WAL');
      // A WAL left by an older version may still be 0644.
      for (const ext of ['-wal', '-shm']) makePrivate(file + ext);
      // These are legal records: a power cut must not lose a committed transaction.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('secure_delete = ON');
      requireMemoryTempStore(db);
      if (opts.quickCheck) {
        let result: unknown;
        try {
          result = db.pragma('quick_check(1)', { simple: true });
        } catch (e) {
          mapSqliteError(e);
        }
        if (result !== 'ok') throw new PdError('DB_CORRUPT');
      }
      const server = new Server(db, file, opts.clock ?? (() => new Date()));
      server.migrate(version);
      if (converted) server.auditDatabase('system', 'db.converted', 'file format changed');
      return server;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /**
   * A read-only connection to a database the writer has opened (and migrated): the same cipher,
   * WAL snapshot reads beside the writer, and PRAGMA query_only so a "pure read" that writes fails
   * loudly instead of writing outside the one writer.
   */
  static openReader(opts: { file: string; key: Buffer; clock?: () => Date }): Server {
    const file = path.resolve(opts.file);
    const db = new Database(file, { fileMustExist: true });
    cacheStatements(db);
    try {
      applyCipher(db, opts.key);
      db.pragma('busy_timeout = 5000');
      requireMemoryTempStore(db);
      db.pragma('query_only = ON');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return new Server(db, file, opts.clock ?? (() => new Date()), true);
    } catch (e) {
      db.close();
      return mapSqliteError(e);
    }
  }

  private migrate(from: number): void {
    if (from >= LATEST_VERSION) return;
    const run = this.db.transaction(() => {
      if (from === 0) {
        this.db.pragma(`application_id = ${APPLICATION_ID}`);
      }
      for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
        if (m.version > from) m.up(this.db);
      }
      if (from === 0) {
        putSetting(this.db, 'desk.id', randomUUID());
      }
      this.db.pragma(`user_version = ${LATEST_VERSION}`);
    });
    run.immediate();
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  now(): Date {
    return this.clock();
  }

  /** Read-only work inside one snapshot. */
  read<T>(fn: (db: DB) => T): T {
    try {
      return this.db.transaction(() => fn(this.db)).deferred();
    } catch (e) {
      return rethrow(e);
    }
  }

  /**
   * A write that matters: the change, its audit entry and its outbox events commit together
   * or not at all. A write with no audit entry is a programming error and is rolled back.
   */
  write<T>(actor: string, fn: (tx: WriteTx) => T): T {
    const now = this.clock();
    const outer = this.writeDepth === 0;
    let audited = 0;
    const tx: WriteTx = {
      db: this.db,
      now,
      audit: (entry) => {
        appendAudit(this.db, { actor, ...entry }, now);
        audited++;
      },
      emit: (event) => enqueueOutbox(this.db, event, now),
    };
    try {
      return this.db
        .transaction(() => {
          // The marker row lets the guard triggers tell this transaction from a bare write.
          if (outer) openAuditedTx(this.db);
          this.writeDepth++;
          try {
            const result = fn(tx);
            if (audited === 0) throw new Error('write without an audit entry');
            if (outer) closeAuditedTx(this.db);
            return result;
          } finally {
            this.writeDepth--;
          }
        })
        .immediate();
    } catch (e) {
      return rethrow(e);
    }
  }

  /**
   * Upkeep that changes no record (merging a full-text index's segments): one short transaction
   * and no audit entry. Outside write(), the guard triggers still refuse any change to a record.
   */
  maintain<T>(fn: (db: DB) => T): T {
    try {
      return this.db.transaction(() => fn(this.db)).immediate();
    } catch (e) {
      return rethrow(e);
    }
  }

  /** Audits an event of the database as a whole (created, restored, moved …) in its own write. */
  auditDatabase(actor: string, action: string, summary: string): void {
    this.write(actor, (tx) => tx.audit({ action, entityType: 'database', entityId: this.deskId, summary }));
  }

  getSetting(key: string): string | undefined {
    return readSetting(this.db, key);
  }

  get deskId(): string {
    return this.getSetting('desk.id')!;
  }

  /** Moves everything from the WAL into the main file and truncates the WAL (after purges). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function rethrow(e: unknown): never {
  if (e instanceof PdError) throw e;
  const code = (e as { code?: string })?.code;
  if (code && (/^SQLITE_(NOTADB|CORRUPT|BUSY|LOCKED|FULL)/.test(code) || code === 'ENOSPC'))
    mapSqliteError(e);
  throw e;
}
