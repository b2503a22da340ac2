// The start-up integrity check runs beside the app, not before it (issue #18: quick_check reads
// every page, about a minute at a million letters): the core worker opens the database and answers
// at once, checks it on a reader of its own, and closes a damaged one so that every later call
// fails with DB_NOT_OPEN and the app state names DB_CORRUPT (the window's error screen).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileKeyStore } from '../../electron/core/keystore';
import { generateKey } from '../../electron/core/keys';
import { Server } from '../../electron/sql/server';
import { CoreClient } from '../../electron/worker/core-client';
import { tmpDir } from '../helpers/tmpdb';

const ADMIN = { username: 'admin', displayName: 'Admin', password: 'admin password 1' };

/** A database with an administrator and enough pages that one in the middle holds only data. */
async function deskWithData(): Promise<{ dir: string; dbFile: string; keyStore: FileKeyStore }> {
  const dir = tmpDir();
  const dbFile = path.join(dir, 'desk.db');
  const keyStore = new FileKeyStore(path.join(dir, 'desk.key'));
  keyStore.save(generateKey());
  const core = await CoreClient.start({ dbFile, keyStore, shell: 'headless', version: 't' });
  expect((await core.call('app.setup', { admin: ADMIN })).ok).toBe(true);
  await core.close();
  const s = Server.open({ file: dbFile, key: keyStore.load() });
  s.write('tester', (tx) => {
    const ins = tx.db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)');
    for (let i = 0; i < 3000; i++) ins.run(`filler.${i}`, 'x'.repeat(200));
    tx.audit({ action: 'test.fill', entityType: 'settings', entityId: '*', summary: 'filled' });
  });
  s.checkpoint();
  s.close();
  return { dir, dbFile, keyStore };
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('the integrity check at start-up', () => {
  it('lets a sound database be used at once and leaves it open', async () => {
    const desk = await deskWithData();
    dirs.push(desk.dir);
    const core = await CoreClient.start({ ...desk, shell: 'headless', version: 't' });
    try {
      expect(core.facts.state.phase).toBe('ready');
      const login = await core.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
      expect(login.ok).toBe(true);
      // The check's own reader has finished when the worker says the file is sound; still ready.
      await vi.waitFor(async () => expect((await core.state()).phase).toBe('ready'));
      // And the host hears that the check has ended (the calls bench waits for it).
      await vi.waitFor(() => expect(core.facts.integrityChecking).toBe(false));
    } finally {
      await core.close();
    }
  });

  it('closes a database found damaged after the window opened; calls then say DB_NOT_OPEN', async () => {
    const desk = await deskWithData();
    dirs.push(desk.dir);
    const buf = readFileSync(desk.dbFile);
    const page = 4096 * Math.floor(buf.length / 4096 / 2);
    buf.fill(0x41, page + 100, page + 300);
    writeFileSync(desk.dbFile, buf);

    const core = await CoreClient.start({ ...desk, shell: 'headless', version: 't' });
    try {
      // Not held up by the check: the worker's first facts (sent as it finishes starting, before
      // any reply from the check's reader can arrive) say the database is open.
      expect(core.facts.state.phase).toBe('ready');
      await vi.waitFor(async () => expect((await core.state()).error?.code).toBe('DB_CORRUPT'), {
        timeout: 30_000,
        interval: 50,
      });
      const after = await core.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
      expect(after.ok).toBe(false);
      expect(after.ok ? null : after.error.code).toBe('DB_NOT_OPEN');
    } finally {
      await core.close();
    }
  });
});
