// The desk's file format (electron/sql/file-format.ts): AEGIS-256 pages as SQLite3 Multiple Ciphers
// writes them, read back by the desk's own page reader; and files of earlier releases (SQLCipher 4)
// converted once on open, with nothing lost and the original untouched until the copy is complete.
import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PdError } from '../../common/errors';
import { generateKey } from '../../electron/core/keys';
import { verifyAuditChain } from '../../electron/sql/audit';
import { readBackupAnchors } from '../../electron/sql/audit-verify';
import {
  applyCipher,
  cipherOfFile,
  decryptAegisPage,
  rekeyPragma,
  PAGE_SIZE,
  selectCipher,
} from '../../electron/sql/file-format';
import {
  backupDatabase,
  checkBackupCopy,
  restoreDatabase,
  verifyDatabase,
} from '../../electron/sql/maintenance';
import { Server } from '../../electron/sql/server';
import { sha256File, tmpDb, type TmpDb } from '../helpers/tmpdb';

const MARKER = 'Маркер-Қазақ-7741';

function writeMarker(s: Server, n: number): void {
  s.write('tester', (tx) => {
    tx.db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run(`marker.${n}`, `${MARKER} ${n}`);
    tx.audit({ action: 'test.write', entityType: 'settings', entityId: `marker.${n}`, summary: 'marker' });
  });
}

/** The file as an earlier release left it: the same database, re-encrypted as SQLCipher 4. */
function makeLegacy(file: string, key: Buffer): void {
  const db = new Database(file);
  applyCipher(db, key, 'aegis');
  db.pragma('journal_mode = DELETE');
  selectCipher(db, 'sqlcipher');
  db.pragma(rekeyPragma(key));
  db.pragma('journal_mode = WAL');
  db.close();
}

function codeOf(fn: () => unknown): string {
  try {
    (fn() as Server | undefined)?.close();
  } catch (e) {
    if (e instanceof PdError) return e.code;
    throw e;
  }
  return 'OK';
}

describe('file format', () => {
  let t: TmpDb;
  beforeEach(() => {
    t = tmpDb();
  });
  afterEach(() => t.cleanup());

  it('writes AEGIS pages that the desk reads back page by page, tag verified, nothing in clear', () => {
    const s = t.open();
    for (let i = 0; i < 50; i++) writeMarker(s, i);
    s.checkpoint();
    s.close();
    const bytes = readFileSync(t.file);
    expect(cipherOfFile(t.file)).toBe('aegis');
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    const pages = bytes.length / PAGE_SIZE;
    const plain = Array.from({ length: pages }, (_, i) =>
      decryptAegisPage(bytes.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), i + 1, t.key),
    );
    expect(plain.every((p) => p !== null)).toBe(true);
    expect(plain[0]!.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(Buffer.concat(plain as Buffer[]).includes(Buffer.from(`${MARKER} 49`))).toBe(true);
    // Bound to its key and its place: another key, another page number or one flipped bit fails.
    const page2 = Buffer.from(bytes.subarray(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(decryptAegisPage(page2, 2, generateKey())).toBeNull();
    expect(decryptAegisPage(page2, 3, t.key)).toBeNull();
    page2[100]! ^= 1;
    expect(decryptAegisPage(page2, 2, t.key)).toBeNull();
  });

  it('converts a database of an earlier release on open: same records, same chain, one audit entry', () => {
    const s = t.open();
    for (let i = 0; i < 200; i++) writeMarker(s, i);
    const before = s.db.prepare('SELECT key, value FROM settings ORDER BY key').all();
    s.close();
    makeLegacy(t.file, t.key);
    expect(cipherOfFile(t.file)).toBe('sqlcipher');

    const opened = Server.open({ file: t.file, key: t.key, quickCheck: true });
    try {
      expect(cipherOfFile(t.file)).toBe('aegis');
      expect(opened.db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual(before);
      const last = opened.db.prepare('SELECT action, actor FROM audit_log ORDER BY id DESC LIMIT 1').get();
      expect(last).toEqual({ action: 'db.converted', actor: 'system' });
      expect(verifyAuditChain(opened.db).ok).toBe(true);
      expect(verifyDatabase(opened).ok).toBe(true);
      writeMarker(opened, 1000);
    } finally {
      opened.close();
    }
    expect(existsSync(`${t.file}.converting`)).toBe(false);
    // Converted once: the next open finds the new format and adds no second entry.
    const again = Server.open({ file: t.file, key: t.key });
    try {
      const n = again.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'db.converted'").get();
      expect(n).toEqual({ n: 1 });
    } finally {
      again.close();
    }
  });

  it('leaves an earlier file untouched when the key is wrong, and removes a copy a crash left', () => {
    t.open().close();
    makeLegacy(t.file, t.key);
    const hash = sha256File(t.file);
    // A conversion cut short by a power cut leaves its copy beside the original.
    writeFileSync(`${t.file}.converting`, Buffer.alloc(PAGE_SIZE, 7));
    expect(codeOf(() => Server.open({ file: t.file, key: generateKey() }))).toBe('DB_WRONG_KEY');
    expect(sha256File(t.file)).toBe(hash);
    expect(cipherOfFile(t.file)).toBe('sqlcipher');
    expect(existsSync(`${t.file}.converting`)).toBe(false);
    expect(codeOf(() => Server.open({ file: t.file, key: t.key }))).toBe('OK');
    expect(cipherOfFile(t.file)).toBe('aegis');
  });

  it('restores a backup an earlier release made, and reads its chain head without converting it', () => {
    const s = t.open();
    writeMarker(s, 1);
    const backup = path.join(t.dir, 'old-backup.db');
    backupDatabase(s, backup, 'tester');
    s.close();
    makeLegacy(backup, t.key);
    const hash = sha256File(backup);

    const anchors = readBackupAnchors(backup, t.key, t.dir);
    expect(anchors.head.seq).toBeGreaterThan(0);
    expect(checkBackupCopy(backup, t.key, t.dir).ok).toBe(true); // what `db restore` checks first
    expect(sha256File(backup)).toBe(hash);
    expect(codeOf(() => checkBackupCopy(`${backup}.missing`, t.key, t.dir))).toBe('BACKUP_INVALID');
    restoreDatabase(t.file, backup, t.key);
    expect(sha256File(backup)).toBe(hash); // the backup itself is never opened for writing
    expect(cipherOfFile(t.file)).toBe('aegis');
    const restored = Server.open({ file: t.file, key: t.key });
    try {
      expect(restored.db.prepare("SELECT value FROM settings WHERE key = 'marker.1'").get()).toEqual({
        value: `${MARKER} 1`,
      });
      expect(verifyAuditChain(restored.db).ok).toBe(true);
    } finally {
      restored.close();
    }
    rmSync(backup);
  });
});
