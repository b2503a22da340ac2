import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import {
  backupIsDue,
  BackupScheduler,
  backupStatus,
  listBackups,
  runBackup,
} from '../../electron/app/backups';
import { FileKeyStore } from '../../electron/core/keystore';
import { putSetting, readSetting } from '../../electron/sql/settings';
import { sha256File, tmpDir } from '../helpers/tmpdb';

const ADMIN = { username: 'admin', displayName: 'Admin', password: 'a long admin password' };

describe('scheduled backups and restore', () => {
  let dir: string;
  let folder: string;
  let now: Date;
  let core: AppCore;
  let session: string;
  const call = async (name: string, input: unknown = {}) =>
    dispatch(HANDLERS, name, input, { core, sessionToken: session });
  const value = async <T>(name: string, input: unknown = {}) => {
    const r = await call(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const mark = (v: string) =>
    core.db().write('admin', (tx) => {
      putSetting(tx.db, 'test.marker', v);
      tx.audit({ action: 'test.mark', entityType: 'setting', entityId: 'test.marker', summary: 'marker' });
    });

  beforeEach(async () => {
    dir = tmpDir();
    folder = path.join(dir, 'share');
    mkdirSync(folder);
    now = new Date('2026-11-25T12:00:00Z'); // 17:00 in Almaty
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 't',
      clock: () => now,
    });
    core.start();
    const r = await dispatch(HANDLERS, 'app.setup', { admin: ADMIN }, { core });
    session = (r as { value: { sessionToken: string } }).value.sessionToken;
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs daily after the configured Almaty hour, keeps the newest N, and shows a failure until a later success', async () => {
    await value('backup.configure', { enabled: true, folder, keep: 2, hour: 18 });
    expect(backupIsDue(core.db())).toBe(false); // 17:00 < 18:00
    now = new Date('2026-11-25T13:30:00Z'); // 18:30
    expect(backupIsDue(core.db())).toBe(true);
    const scheduler = new BackupScheduler(core);
    scheduler.tick();
    expect(listBackups(core.db()).map((b) => b.name)).toEqual(['privacy-desk-20261125-183000.pdbackup']);
    expect(backupIsDue(core.db())).toBe(false);
    for (const t of ['2026-11-26T14:00:00Z', '2026-11-27T14:00:00Z']) {
      now = new Date(t);
      scheduler.tick();
    }
    expect(listBackups(core.db()).map((b) => b.name)).toEqual([
      'privacy-desk-20261127-190000.pdbackup',
      'privacy-desk-20261126-190000.pdbackup',
    ]);

    rmSync(folder, { recursive: true });
    now = new Date('2026-11-28T14:00:00Z');
    scheduler.tick();
    expect(backupStatus(core.db())).toMatchObject({ failing: true, lastError: 'BACKUP_FOLDER' });
    expect(() => runBackup(core.db(), 'admin')).toThrow(expect.objectContaining({ code: 'BACKUP_FOLDER' }));
    mkdirSync(folder);
    now = new Date('2026-11-28T15:30:00Z');
    scheduler.tick();
    expect(backupStatus(core.db()).failing).toBe(false);
  });

  it('restores a backup (everyone signs in again) and refuses a corrupted one without touching the database', async () => {
    await value('backup.configure', { enabled: true, folder, keep: 5, hour: 0 });
    mark('before');
    const b = await value<{ name: string }>('backup.runNow');
    mark('after');
    const r = await value<{ restored: boolean; keptPrevious: string }>('backup.restore', {
      name: b.name,
      confirm: true,
    });
    expect(r.restored).toBe(true);
    expect(readSetting(core.db().db, 'test.marker')).toBe('before');
    expect(await call('backup.list')).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    const login = await dispatch(
      HANDLERS,
      'auth.login',
      { username: 'admin', password: ADMIN.password },
      { core },
    );
    session = (login as { value: { sessionToken: string } }).value.sessionToken;

    mark('current');
    const bad = 'privacy-desk-20261125-120000.pdbackup';
    const good = readFileSync(path.join(folder, b.name));
    good.fill(0x41, 8192, 8192 + 500);
    writeFileSync(path.join(folder, bad), good);
    const before = sha256File(path.join(dir, 'desk.db'));
    expect(await call('backup.restore', { name: bad, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_INVALID' },
    });
    expect(sha256File(path.join(dir, 'desk.db'))).toBe(before);
    expect(readSetting(core.db().db, 'test.marker')).toBe('current');
    expect((await call('backup.list')).ok).toBe(true); // still signed in
    expect(await call('backup.restore', { name: '../desk.db', confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('audit viewer: filters, verifies the chain and exports CSV (the export is audited)', async () => {
    const list = await value<{ entries: { action: string; actor: string }[]; hasMore: boolean }>(
      'audit.list',
      { action: 'db.init' },
    );
    expect(list.entries.map((e) => e.action)).toEqual(['db.init']);
    expect(await value('audit.verify')).toMatchObject({ ok: true });
    const csv = await value<{ csv: string }>('audit.exportCsv', {});
    expect(csv.csv.startsWith('\uFEFFid,at,actor,action')).toBe(true);
    expect(csv.csv).toContain('user.created');
    const after = await value<{ entries: { action: string }[] }>('audit.list', { limit: 1 });
    expect(after.entries[0]!.action).toBe('audit.exported');
  });
});
