// Files and the database file (issue 15): bounded CLI reads, an empty database never initialised
// behind anyone's back, distinct errors for each kind of damaged file, DISK_FULL instead of
// "internal error", and 0600 for the database, its WAL and backups. The CLI cases spawn
// bin/privacy-desk.cjs: run `node scripts/build.mjs --main-only` first, as npm test does.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { formatRecoveryKey, generateKey } from '../../electron/core/keys';
import { FileKeyStore } from '../../electron/core/keystore';
import { backupDatabase } from '../../electron/sql/maintenance';
import { Server } from '../../electron/sql/server';
import { startHeadless } from '../../electron/shell/headless';
import { ISSUE_SAMPLE } from '../helpers/mailroom';
import { tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');
const ADMIN = { username: 'admin', displayName: 'Admin', password: 'admin password 1' };

const mode = (file: string) => statSync(file).mode & 0o777;
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('the database file and the files the CLI reads', () => {
  let dir: string;
  let file: string;
  let key: Buffer;
  beforeEach(() => {
    dir = tmpDir();
    file = path.join(dir, 'desk.db');
    key = generateKey();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A real database with some content, closed and checkpointed. */
  const makeDb = () => {
    const s = Server.open({ file, key, create: 'allow' });
    s.write('t', (tx) =>
      tx.audit({ action: 't', entityType: 't', entityId: '1', summary: 'x'.repeat(3000) }),
    );
    s.checkpoint();
    s.close();
  };
  const core = (dbFile = file) =>
    new AppCore({
      dbFile,
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 't',
    });

  it('never initialises an empty (0-byte) file, in the core or the app; only `db init` may', async () => {
    writeFileSync(file, '');
    for (const create of ['never', 'allow'] as const)
      expect(codeOf(() => Server.open({ file, key, create }))).toBe('DB_EMPTY');
    expect(statSync(file).size).toBe(0);
    const c = core();
    expect(c.start()).toMatchObject({ phase: 'error', error: { code: 'DB_EMPTY' } });
    const setup = await dispatch(HANDLERS, 'app.setup', { admin: ADMIN }, { core: c });
    expect(setup).toMatchObject({ ok: false, error: { code: 'DB_EXISTS' } });
    expect(statSync(file).size).toBe(0);
    c.close();
    // The explicit `db init` path (create: 'only') may.
    Server.open({ file, key, create: 'only' }).close();
    expect(statSync(file).size).toBeGreaterThan(0);
  });

  it('answers a folder with DB_IS_DIRECTORY, and the shell keeps running', async () => {
    mkdirSync(file);
    expect(codeOf(() => Server.open({ file, key }))).toBe('DB_IS_DIRECTORY');
    const c = core();
    expect(c.start()).toMatchObject({ phase: 'error', error: { code: 'DB_IS_DIRECTORY' } });
    const h = await startHeadless({ dbFile: file, keyFile: path.join(dir, 'desk.key'), rendererDir: dir });
    expect(await h.core.state()).toMatchObject({ phase: 'error', error: { code: 'DB_IS_DIRECTORY' } });
    await h.close();
  });

  it('tells a cut-short file, a damaged first page and a wrong key apart', () => {
    makeDb();
    const original = readFileSync(file);
    truncateSync(file, original.length - 1000);
    expect(codeOf(() => Server.open({ file, key }))).toBe('DB_TRUNCATED');
    // Damaged header fields inside the encrypted part of page 1, then the ones AEGIS leaves in clear.
    for (const [at, len] of [
      [40, 60],
      [16, 8],
    ] as const) {
      writeFileSync(file, original);
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(len, 0xa5), 0, len, at);
      closeSync(fd);
      expect(
        codeOf(() => Server.open({ file, key })),
        `bytes ${at}..${at + len}`,
      ).toBe('DB_HEADER_CORRUPT');
    }
    // The salt in bytes 0–15 feeds only a passphrase's key derivation: with the desk's raw key a
    // damaged salt changes nothing, and the file still opens.
    writeFileSync(file, original);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, 0);
    closeSync(fd);
    expect(codeOf(() => Server.open({ file, key }))).toBe('OK');
    writeFileSync(file, original);
    expect(codeOf(() => Server.open({ file, key: generateKey() }))).toBe('DB_WRONG_KEY');
    expect(codeOf(() => Server.open({ file, key }))).toBe('OK');
  });

  it('answers DISK_FULL, translated, when the database cannot grow; nothing half-written', async () => {
    const c = core();
    c.start();
    const setup = (await dispatch(HANDLERS, 'app.setup', { admin: ADMIN }, { core: c })) as {
      value: { sessionToken: string };
    };
    const db = c.db().db;
    // SQLITE_FULL the way a full disk gives it: the file may not grow past its current size.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const users = () => (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    let last: unknown;
    for (let i = 0; i < 200; i++) {
      const before = users();
      const r = await dispatch(
        HANDLERS,
        'users.create',
        { username: `u${i}`, displayName: 'Ж'.repeat(200), role: 'clerk', password: 'a long password' },
        { core: c, sessionToken: setup.value.sessionToken },
      );
      if (!r.ok) {
        last = r;
        expect(users()).toBe(before);
        break;
      }
    }
    expect(last).toMatchObject({ ok: false, error: { code: 'DISK_FULL', messageKey: 'errors.DISK_FULL' } });
    for (const lang of ['kk', 'ru', 'en']) {
      const t = JSON.parse(
        readFileSync(path.join(ROOT, 'renderer', 'src', 'i18n', `${lang}.json`), 'utf8'),
      ) as { errors: Record<string, string> };
      expect(t.errors.DISK_FULL, lang).toBeTruthy();
    }
    c.close();
  });

  it('creates the database, its WAL and backups 0600, and narrows an old 0644 database', () => {
    const s = Server.open({ file, key, create: 'allow' });
    s.write('t', (tx) => tx.audit({ action: 't', entityType: 't', entityId: '1', summary: 'x' }));
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    const backup = backupDatabase(s, path.join(dir, 'backup.db'), 't');
    expect(mode(backup.file)).toBe(0o600);
    s.close();
    const old = path.join(dir, 'old.db');
    copyFileSync(backup.file, old);
    chmodSync(old, 0o644);
    Server.open({ file: old, key }).close();
    expect(mode(old)).toBe(0o600);
  });

  describe('CLI', () => {
    const cli = (args: string[], input?: string) => {
      const r = spawnSync(
        process.execPath,
        [BIN, ...args, '--db', file, '--key-file', path.join(dir, 'desk.key')],
        {
          encoding: 'utf8',
          input,
          env: { ...process.env, PRIVACY_DESK_KEY: '' },
          timeout: 60_000,
        },
      );
      let json: { error?: { code: string; details?: unknown } } | undefined;
      try {
        json = JSON.parse(r.stdout) as typeof json;
      } catch {
        json = undefined;
      }
      return { code: r.status, stderr: r.stderr, json };
    };
    const init = () => {
      const r = spawnSync(
        process.execPath,
        [BIN, 'db', 'init', '--db', file, '--new-key-file', path.join(dir, 'desk.key'), '--json'],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
    };

    it('refuses an endless scan (/dev/zero) with SCAN_TOO_LARGE, and endless JSON, without running out of memory', () => {
      init();
      const letter = path.join(dir, 'l.json');
      writeFileSync(letter, JSON.stringify(ISSUE_SAMPLE));
      const scan = cli(['intake', 'add', letter, '--scan', '/dev/zero', '--json']);
      expect(scan.code).toBe(1);
      expect(scan.json?.error?.code).toBe('SCAN_TOO_LARGE');
      const json = cli(['intake', 'add', '/dev/zero', '--json']);
      expect(json.code).toBe(1);
      expect(json.json?.error).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: '(file)', code: 'too_large' }] },
      });
      expect(cli(['intake', 'list', '--json']).json).not.toHaveProperty('error');
    });

    it('refuses XML-invalid characters in a JSON input, naming the field', () => {
      init();
      const r = cli(
        ['intake', 'add', '-', '--json'],
        JSON.stringify({ ...ISSUE_SAMPLE, summary: 'Өтініш\uFFFE' }),
      );
      expect(r.code).toBe(1);
      expect(r.json?.error).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: 'summary', code: 'custom' }] },
      });
    });

    it('does not turn an empty file into a database, and names a folder', () => {
      writeFileSync(file, '');
      writeFileSync(path.join(dir, 'desk.key'), formatRecoveryKey(generateKey()));
      const r = cli(['intake', 'list', '--json']);
      expect(r.json?.error?.code).toBe('DB_EMPTY');
      expect(statSync(file).size).toBe(0);
      rmSync(file);
      mkdirSync(file);
      const d = cli(['intake', 'list', '--json']);
      expect(d.json?.error?.code).toBe('DB_IS_DIRECTORY');
      expect(d.stderr).not.toContain('internal error');
    });
  });
});
