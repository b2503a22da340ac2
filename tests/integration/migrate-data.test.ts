// First start of the per-machine version, with real encrypted databases: an old per-user database
// is moved in once (WAL checkpointed, audited, key sealed machine-wide); a machine database alone
// is left as it is; both present is a conflict for the administrator and nothing moves.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { migrateLegacyData, MIGRATION_NOTE } from '../../electron/app/migrate-data';
import { probeDataFolder } from '../../electron/core/data-folder';
import { generateKey } from '../../electron/core/keys';
import { FileKeyStore, SealedKeyStore } from '../../electron/core/keystore';
import type { NamedSealer } from '../../electron/core/sealed-key';
import { listAudit } from '../../electron/sql/audit';
import { Server } from '../../electron/sql/server';
import { sha256File, tmpDir } from '../helpers/tmpdb';

const machineSealer: NamedSealer = {
  scheme: 'dpapi-machine',
  isAvailable: () => true,
  seal: (k) => Buffer.from(k.map((b) => b ^ 0x3c)),
  unseal: (s) => Buffer.from(s.map((b) => b ^ 0x3c)),
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function layout() {
  const root = tmpDir('pd-migrate-');
  dirs.push(root);
  const userData = path.join(root, 'Users', 'clerk', 'AppData', 'Roaming', 'Privacy Desk');
  const machine = path.join(root, 'ProgramData', 'Privacy Desk');
  mkdirSync(userData, { recursive: true });
  return {
    legacyDbFile: path.join(userData, 'privacy-desk.db'),
    legacyKeyStore: new FileKeyStore(path.join(userData, 'privacy-desk.key')),
    dbFile: path.join(machine, 'privacy-desk.db'),
    keyStore: new SealedKeyStore(path.join(machine, 'privacy-desk.key.sealed'), machineSealer),
    userData,
  };
}

/** A database with one audited write; `crashed` leaves that write in the WAL only, as after a power cut. */
function makeDb(file: string, key: Buffer, marker: string, crashed = false): void {
  const s = Server.open({ file, key, create: 'allow' });
  s.write('admin', (tx) =>
    tx.audit({ action: 'test.marker', entityType: 'test', entityId: marker, summary: marker }),
  );
  if (crashed) {
    // Copy the files while the connection is still open: the copy holds the write in its -wal.
    const snap = `${file}.snap`;
    copyFileSync(file, snap);
    copyFileSync(`${file}-wal`, `${snap}-wal`);
    s.close();
    rmSync(`${file}-wal`, { force: true });
    copyFileSync(snap, file);
    copyFileSync(`${snap}-wal`, `${file}-wal`);
    rmSync(snap);
    rmSync(`${snap}-wal`);
  } else s.close();
}

const markers = (file: string, key: Buffer) => {
  const s = Server.open({ file, key });
  try {
    return listAudit(s.db, { limit: 100 }).map((r) => `${r.action}:${r.entityId}`);
  } finally {
    s.close();
  }
};

describe('moving an old per-user database into the machine folder', () => {
  it('old only: moved once with its WAL checkpointed, audited, key sealed machine-wide', () => {
    const l = layout();
    const key = generateKey();
    makeDb(l.legacyDbFile, key, 'old-desk', true);
    expect(readFileSync(`${l.legacyDbFile}-wal`).length).toBeGreaterThan(0);
    l.legacyKeyStore.save(key);

    const r = migrateLegacyData(l);
    expect(r).toEqual({ state: 'moved', legacyDbFile: l.legacyDbFile, dbFile: l.dbFile });
    expect(existsSync(l.legacyDbFile)).toBe(false);
    expect(existsSync(`${l.legacyDbFile}-wal`)).toBe(false);
    expect(existsSync(l.legacyKeyStore.file)).toBe(false);
    expect(readFileSync(path.join(l.userData, MIGRATION_NOTE), 'utf8')).toContain(path.dirname(l.dbFile));
    expect(l.keyStore.load().equals(key)).toBe(true);
    // The write that lived only in the WAL is in the moved file, and the move is audited.
    expect(existsSync(`${l.dbFile}-wal`) ? readFileSync(`${l.dbFile}-wal`).length : 0).toBe(0);
    const seen = markers(l.dbFile, key);
    expect(seen).toContain('test.marker:old-desk');
    expect(seen.filter((m) => m.startsWith('db.migrated:'))).toHaveLength(1);

    // Once: the next start finds nothing to move.
    const before = sha256File(l.dbFile);
    expect(migrateLegacyData(l)).toEqual({ state: 'none' });
    expect(sha256File(l.dbFile)).toBe(before);
  });

  it('new only: nothing to do, the machine database untouched', () => {
    const l = layout();
    const key = generateKey();
    mkdirSync(path.dirname(l.dbFile), { recursive: true });
    makeDb(l.dbFile, key, 'machine-desk');
    const before = sha256File(l.dbFile);
    expect(migrateLegacyData(l)).toEqual({ state: 'none' });
    expect(sha256File(l.dbFile)).toBe(before);
  });

  it('both: a conflict for the administrator; neither file moves or changes', () => {
    const l = layout();
    const oldKey = generateKey();
    const newKey = generateKey();
    makeDb(l.legacyDbFile, oldKey, 'old-desk');
    l.legacyKeyStore.save(oldKey);
    mkdirSync(path.dirname(l.dbFile), { recursive: true });
    makeDb(l.dbFile, newKey, 'machine-desk');
    l.keyStore.save(newKey);
    const hashes = [sha256File(l.legacyDbFile), sha256File(l.dbFile)];

    expect(migrateLegacyData(l)).toEqual({
      state: 'conflict',
      legacyDbFile: l.legacyDbFile,
      dbFile: l.dbFile,
    });
    expect([sha256File(l.legacyDbFile), sha256File(l.dbFile)]).toEqual(hashes);
    expect(l.keyStore.load().equals(newKey)).toBe(true);
    expect(l.legacyKeyStore.load().equals(oldKey)).toBe(true);
    expect(markers(l.dbFile, newKey)).not.toContain('test.marker:old-desk');
  });

  it('old database whose key this user cannot open: not moved, and setup is refused', () => {
    const l = layout();
    makeDb(l.legacyDbFile, generateKey(), 'someone-elses');
    const r = migrateLegacyData(l);
    expect(r).toMatchObject({ state: 'failed', reason: 'legacy_key_unavailable' });
    expect(existsSync(l.legacyDbFile)).toBe(true);
    expect(existsSync(l.dbFile)).toBe(false);

    // The app does not offer to create a second, empty database next to the stranded one.
    const core = new AppCore({ dbFile: l.dbFile, keyStore: l.keyStore, shell: 'electron', version: 't' });
    core.machine = { dataDirSource: 'default', logDir: null, migration: r, updateSource: null };
    expect(core.start()).toMatchObject({ phase: 'error', error: { code: 'DATA_MIGRATION_FAILED' } });
    expect(() =>
      core.setup({ username: 'admin', displayName: 'Admin', password: 'correct horse battery' }),
    ).toThrow(expect.objectContaining({ code: 'DATA_MIGRATION_FAILED' }));
    expect(existsSync(l.dbFile)).toBe(false);
  });

  it('a Windows user outside the group gets a clear refusal, not a setup screen', () => {
    const l = layout();
    const core = new AppCore({ dbFile: l.dbFile, keyStore: l.keyStore, shell: 'electron', version: 't' });
    core.machine = {
      dataDirSource: 'default',
      logDir: null,
      migration: { state: 'none' },
      updateSource: null,
      folderAccess: 'denied',
    };
    expect(core.start()).toMatchObject({
      phase: 'error',
      error: { code: 'DATA_FOLDER_DENIED', messageKey: 'errors.DATA_FOLDER_DENIED' },
    });
    expect(() =>
      core.setup({ username: 'admin', displayName: 'Admin', password: 'correct horse battery' }),
    ).toThrow(expect.objectContaining({ code: 'DATA_FOLDER_DENIED' }));
    expect(probeDataFolder(path.dirname(l.dbFile))).toBe('ok');
    expect(readdirSync(path.dirname(l.dbFile))).toEqual([]); // the probe leaves nothing behind
  });
});
