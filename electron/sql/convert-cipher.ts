// Converts a database of an earlier release (SQLCipher 4) to the desk's AEGIS-256 format, once, when
// it is first opened. The work happens on a copy: the original is untouched until the converted copy
// is complete, synced and reopened, then one rename replaces it. A crash at any point leaves either
// the old file (converted again at the next start; the half-made copy is removed first) or the new one.
// SQLite3 Multiple Ciphers changes a file's cipher with PRAGMA cipher then PRAGMA rekey (VACUUM INTO
// keeps the source's cipher, and the URI form that could name another is not enabled in the driver);
// rekey needs a rollback journal, so the copy leaves WAL mode for it and returns to WAL after.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from '../core/durable';
import { makePrivate } from '../core/private-files';
import { APPLICATION_ID, applyCipher, rekeyPragma, selectCipher } from './file-format';

function removeStaged(staged: string): void {
  for (const ext of ['', '-journal', '-wal', '-shm']) rmSync(staged + ext, { force: true });
}

/**
 * Whether `file` (SQLCipher 4) was converted. False, changing nothing, when the key does not open it,
 * it is not a Privacy Desk database, or its WAL could not be folded in: the caller's own checks then
 * report the first two, and the third opens in the old format until the next start.
 */
export function convertLegacyFile(file: string, key: Buffer): boolean {
  const staged = `${file}.converting`;
  removeStaged(staged);
  const old = new Database(file, { fileMustExist: true });
  try {
    applyCipher(old, key, 'sqlcipher');
    try {
      old.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      return false;
    }
    if (old.pragma('application_id', { simple: true }) !== APPLICATION_ID) return false;
    // Every committed write into the main file, so copying that one file copies everything.
    old.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    old.close();
  }
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return false;

  try {
    copyFileSync(file, staged);
    makePrivate(staged);
    const db = new Database(staged, { fileMustExist: true });
    try {
      applyCipher(db, key, 'sqlcipher');
      db.pragma('journal_mode = DELETE');
      selectCipher(db, 'aegis');
      db.pragma(rekeyPragma(key));
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    // Reopened as the desk will open it: the new format, the same database.
    const check = new Database(staged, { fileMustExist: true });
    try {
      applyCipher(check, key, 'aegis');
      if (check.pragma('application_id', { simple: true }) !== APPLICATION_ID)
        throw new Error('converted copy does not open');
    } finally {
      check.close();
    }
    fsyncFile(staged);
    for (const ext of ['-wal', '-shm']) rmSync(file + ext, { force: true });
    renameSync(staged, file);
    fsyncDir(path.dirname(file));
  } catch (e) {
    removeStaged(staged);
    throw e;
  }
  return true;
}
