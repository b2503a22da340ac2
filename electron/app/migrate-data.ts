// First start of the per-machine version: a database still in the Windows user's own profile
// (Electron userData, as versions before kept it) is moved into the machine folder, once.
// Both present means two desks' worth of registers: that is for the administrator to decide
// (compare, keep one, restore the other from its recovery key); the app never merges or picks one.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationState } from '../../common/contract/machine';
import type { KeyStore } from '../core/keystore';
import { Server } from '../sql/server';

export interface MigrationInput {
  legacyDbFile: string;
  /** The key store beside the old database (per-user safeStorage seal). */
  legacyKeyStore: KeyStore;
  dbFile: string;
  /** The machine key store (DPAPI machine scope on Windows). */
  keyStore: KeyStore;
}

const present = (file: string) => existsSync(file) && statSync(file).size > 0;

export const MIGRATION_NOTE = 'MOVED-TO-MACHINE-FOLDER.txt';

export function migrateLegacyData(i: MigrationInput): MigrationState {
  if (path.resolve(i.legacyDbFile) === path.resolve(i.dbFile)) return { state: 'none' };
  const legacy = present(i.legacyDbFile);
  if (!legacy) return { state: 'none' };
  if (present(i.dbFile)) return { state: 'conflict', legacyDbFile: i.legacyDbFile, dbFile: i.dbFile };

  let key: Buffer;
  try {
    key = i.legacyKeyStore.load();
  } catch {
    return {
      state: 'failed',
      legacyDbFile: i.legacyDbFile,
      dbFile: i.dbFile,
      reason: 'legacy_key_unavailable',
    };
  }
  try {
    // Opening proves the key; the TRUNCATE checkpoint puts every committed write into the main
    // file, so moving that one file moves everything.
    const old = Server.open({ file: i.legacyDbFile, key, quickCheck: true });
    old.checkpoint();
    old.close();
    mkdirSync(path.dirname(i.dbFile), { recursive: true });
    i.keyStore.save(key);
    moveFile(i.legacyDbFile, i.dbFile);
    for (const side of ['-wal', '-shm']) rmSync(i.legacyDbFile + side, { force: true });
  } catch {
    return { state: 'failed', legacyDbFile: i.legacyDbFile, dbFile: i.dbFile, reason: 'move_failed' };
  }
  const moved = Server.open({ file: i.dbFile, key, quickCheck: true });
  try {
    moved.auditDatabase('system', 'db.migrated', 'moved from a per-user folder into the machine data folder');
  } finally {
    moved.close();
  }
  retireLegacyKey(i);
  return { state: 'moved', legacyDbFile: i.legacyDbFile, dbFile: i.dbFile };
}

/** rename when on the same volume; copy then delete across volumes (a data drive). */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, `${to}.tmp`);
    renameSync(`${to}.tmp`, to);
    rmSync(from);
  }
}

/** The old per-user seal is useless now; a note tells whoever looks where the data went. */
function retireLegacyKey(i: MigrationInput): void {
  const legacyKeyFile = (i.legacyKeyStore as { file?: string }).file;
  try {
    if (legacyKeyFile) rmSync(legacyKeyFile, { force: true });
    writeFileSync(
      path.join(path.dirname(i.legacyDbFile), MIGRATION_NOTE),
      `The Privacy Desk database was moved to:\r\n${path.dirname(i.dbFile)}\r\n`,
    );
  } catch {
    // Cosmetic only: the move itself is complete.
  }
}
