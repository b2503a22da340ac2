import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PdError } from '../../common/errors';
import { formatRecoveryKey, generateKey, parseKey } from '../../electron/core/keys';
import { verifyAuditChain } from '../../electron/sql/audit';
import {
  backupDatabase,
  checkBackup,
  rekey,
  restoreDatabase,
  verifyDatabase,
} from '../../electron/sql/maintenance';
import { LATEST_VERSION } from '../../electron/sql/migrations';
import { APPLICATION_ID, applyCipher } from '../../electron/sql/file-format';
import { Server } from '../../electron/sql/server';
import { diskBytes, sha256File, tmpDb, type TmpDb } from '../helpers/tmpdb';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PdError) return e.code;
    throw e;
  }
  return undefined;
}

function writeSecret(server: Server, value: string): void {
  server.write('tester', (tx) => {
    tx.db.prepare("INSERT INTO settings(key, value) VALUES ('secret', ?)").run(value);
    tx.audit({
      action: 'test.write',
      entityType: 'settings',
      entityId: 'secret',
      summary: 'test value written',
    });
  });
}

function rawOpen(t: TmpDb): Database.Database {
  const raw = new Database(t.file);
  applyCipher(raw, t.key);
  return raw;
}

describe('encrypted database', () => {
  let t: TmpDb;
  beforeEach(() => {
    t = tmpDb();
  });
  afterEach(() => t.cleanup());

  it('creates a file from nothing with every migration applied and the app id set', () => {
    const s = t.open();
    expect(s.schemaVersion).toBe(LATEST_VERSION);
    expect(s.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(s.deskId).toMatch(/^[0-9a-f-]{36}$/);
    s.close();
  });

  it('never writes a value in clear to the file or its WAL', () => {
    const s = t.open();
    const marker = 'Сейтқали-MARKER-900115300122';
    writeSecret(s, marker);
    // While the connection is open the write may sit in the WAL: check both.
    const needle = Buffer.from(marker, 'utf8');
    expect(diskBytes(t.file).includes(needle)).toBe(false);
    expect(s.db.prepare("SELECT value FROM settings WHERE key='secret'").get()).toEqual({ value: marker });
    s.close();
    expect(diskBytes(t.file).includes(needle)).toBe(false);
    expect(readFileSync(t.file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('refuses a wrong key with its own error and leaves the file byte-for-byte unchanged', () => {
    t.open().close();
    const before = sha256File(t.file);
    expect(codeOf(() => Server.open({ file: t.file, key: generateKey() }))).toBe('DB_WRONG_KEY');
    expect(sha256File(t.file)).toBe(before);
  });

  it('tells a non-database and a plain SQLite file apart from a wrong key, touching neither', () => {
    const text = path.join(t.dir, 'notes.txt');
    writeFileSync(text, 'just some text, not a database');
    expect(codeOf(() => Server.open({ file: text, key: t.key }))).toBe('DB_NOT_PRIVACY_DESK');
    const plain = path.join(t.dir, 'plain.db');
    const p = new Database(plain);
    p.exec('CREATE TABLE x(y)');
    p.close();
    const before = sha256File(plain);
    expect(codeOf(() => Server.open({ file: plain, key: t.key }))).toBe('DB_NOT_PRIVACY_DESK');
    expect(sha256File(plain)).toBe(before);
  });

  it('reports a corrupt file as corrupt', () => {
    const s = t.open();
    s.write('tester', (tx) => {
      const ins = tx.db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)');
      for (let i = 0; i < 3000; i++) ins.run(`k${i}`, 'x'.repeat(200));
      tx.audit({ action: 'test.fill', entityType: 'settings', entityId: '*', summary: 'filled' });
    });
    s.close();
    const buf = readFileSync(t.file);
    const page = 4096 * Math.floor(buf.length / 4096 / 2);
    buf.fill(0x41, page + 100, page + 300);
    writeFileSync(t.file, buf);
    const before = sha256File(t.file);
    expect(codeOf(() => Server.open({ file: t.file, key: t.key, quickCheck: true }))).toBe('DB_CORRUPT');
    expect(sha256File(t.file)).toBe(before);
  });

  it('refuses a database written by a newer app version', () => {
    t.open().close();
    const raw = rawOpen(t);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(codeOf(() => Server.open({ file: t.file, key: t.key }))).toBe('DB_TOO_NEW');
  });

  it('rolls back a write together with its audit entry and outbox event when it fails', () => {
    const s = t.open();
    const auditBefore = verifyAuditChain(s.db).entries;
    expect(() =>
      s.write('tester', (tx) => {
        tx.db.prepare("INSERT INTO settings(key, value) VALUES ('half', 'x')").run();
        tx.audit({ action: 'test', entityType: 'settings', entityId: 'half', summary: 'half' });
        tx.emit({ eventType: 'test.event', recordType: 'settings', recordId: 'half', payload: {} });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(s.db.prepare("SELECT count(*) AS n FROM settings WHERE key='half'").get()).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(verifyAuditChain(s.db).entries).toBe(auditBefore);
    expect(() => s.write('tester', () => undefined)).toThrow(/audit/);
    s.close();
  });
});

describe('audit chain', () => {
  let t: TmpDb;
  beforeEach(() => {
    t = tmpDb();
  });
  afterEach(() => t.cleanup());

  it('verifies, refuses UPDATE and DELETE, and finds a raw edit at the right position', () => {
    const s = t.open();
    for (let i = 1; i <= 5; i++) {
      s.write(`user${i}`, (tx) =>
        tx.audit({ action: 'test.step', entityType: 'thing', entityId: String(i), summary: `step ${i}` }),
      );
    }
    expect(verifyAuditChain(s.db)).toMatchObject({ ok: true, entries: 5 });
    expect(() => s.db.prepare("UPDATE audit_log SET summary = 'x' WHERE id = 3").run()).toThrow(
      /append-only/,
    );
    expect(() => s.db.prepare('DELETE FROM audit_log WHERE id = 3').run()).toThrow(/append-only/);
    s.close();

    const raw = rawOpen(t);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET summary = 'rewritten' WHERE id = 3").run();
    raw.close();
    const s2 = Server.open({ file: t.file, key: t.key });
    const verdict = verifyAuditChain(s2.db);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBroken).toEqual({ id: 3, reason: 'hash_mismatch' });
    expect(verifyDatabase(s2).ok).toBe(false);
    s2.close();
  });

  it('finds a removed entry in the middle of the chain', () => {
    const s = t.open();
    for (let i = 1; i <= 4; i++)
      s.write('u', (tx) => tx.audit({ action: 'a', entityType: 'e', entityId: String(i), summary: 's' }));
    s.close();
    const raw = rawOpen(t);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE id = 2').run();
    raw.close();
    const s2 = Server.open({ file: t.file, key: t.key });
    expect(verifyAuditChain(s2.db).firstBroken).toEqual({ id: 3, reason: 'gap' });
    s2.close();
  });
});

describe('keys, rekey, backup and restore', () => {
  let t: TmpDb;
  beforeEach(() => {
    t = tmpDb();
  });
  afterEach(() => t.cleanup());

  it('prints a recovery key that parses back to the same key and catches a typo', () => {
    const key = generateKey();
    const rec = formatRecoveryKey(key);
    expect(rec).toMatch(/^([0-9A-F]{4}-){16}[0-9A-F]{4}$/);
    expect(parseKey(rec).equals(key)).toBe(true);
    expect(parseKey(key.toString('hex')).equals(key)).toBe(true);
    const typo = (rec[0] === 'A' ? 'B' : 'A') + rec.slice(1);
    expect(codeOf(() => parseKey(typo))).toBe('KEY_INVALID');
  });

  it('rekey keeps the data and the old key stops working', () => {
    const s = t.open();
    writeSecret(s, 'kept across rekey');
    const newKey = generateKey();
    rekey(s, newKey, 'admin');
    s.close();
    expect(codeOf(() => Server.open({ file: t.file, key: t.key }))).toBe('DB_WRONG_KEY');
    const s2 = Server.open({ file: t.file, key: newKey });
    expect(s2.db.prepare("SELECT value FROM settings WHERE key='secret'").get()).toEqual({
      value: 'kept across rekey',
    });
    expect(verifyDatabase(s2).ok).toBe(true);
    s2.close();
  });

  it('backup → restore round trip, while the source stays open', () => {
    const s = t.open();
    writeSecret(s, 'before backup');
    const out = path.join(t.dir, 'backup.pdbak');
    const r = backupDatabase(s, out, 'admin');
    expect(r.bytes).toBe(statSync(out).size);
    expect(diskBytes(out).includes(Buffer.from('before backup'))).toBe(false);
    s.db.prepare("UPDATE settings SET value = 'after backup' WHERE key = 'secret'").run();
    s.close();

    expect(checkBackup(out, t.key).ok).toBe(true);
    expect(codeOf(() => checkBackup(out, generateKey()))).toBe('BACKUP_INVALID');
    const res = restoreDatabase(t.file, out, t.key);
    expect(res.keptPrevious).toBeDefined();
    const s2 = Server.open({ file: t.file, key: t.key });
    expect(s2.db.prepare("SELECT value FROM settings WHERE key='secret'").get()).toEqual({
      value: 'before backup',
    });
    expect(verifyDatabase(s2).ok).toBe(true);
    s2.close();
  });

  it('refuses a corrupted backup and leaves the current database untouched', () => {
    const s = t.open();
    writeSecret(s, 'current');
    const out = path.join(t.dir, 'backup.pdbak');
    backupDatabase(s, out, 'admin');
    s.close();
    const damaged = path.join(t.dir, 'damaged.pdbak');
    copyFileSync(out, damaged);
    const buf = readFileSync(damaged);
    buf.fill(0, 20, 4000);
    writeFileSync(damaged, buf);
    const before = sha256File(t.file);
    expect(codeOf(() => restoreDatabase(t.file, damaged, t.key))).toBe('BACKUP_INVALID');
    expect(sha256File(t.file)).toBe(before);
  });
});
