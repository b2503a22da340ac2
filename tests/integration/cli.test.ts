import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateKey } from '../../electron/core/keys';
import { diskBytes, tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeProblem } = require('../../scripts/check-node.cjs') as {
  nodeProblem: (what: string, v: string) => string | null;
};

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRIVACY_DESK_KEY: '', ...env },
  });
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

describe('privacy-desk CLI', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs'))).toBe(true);
  });

  it('validate s10: a valid number exits 0, a wrong check digit exits 1 with a reason', () => {
    const ok = cli(['validate', 's10', 'RR123456785KZ', '--json']);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({
      input: 'RR123456785KZ',
      normalized: 'RR123456785KZ',
      valid: true,
      service: 'RR',
      serial: '12345678',
      country: 'KZ',
    });
    const bad = cli(['validate', 's10', 'RR123456789KZ', '--json']);
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ valid: false, reason: 'check_digit' });
    const spaced = cli(['validate', 's10', ' rr 1234 5678 5kz ', '--json']);
    expect(spaced.json).toMatchObject({ normalized: 'RR123456785KZ', valid: true });
  });

  it('validate iin: the company BIN and a person, with age on a date', () => {
    const bin = cli(['validate', 'iin', '220440001087', '--json']);
    expect(bin.code).toBe(0);
    expect(bin.json).toMatchObject({
      valid: true,
      kind: 'BIN',
      registered: '2022-04',
      entityType: 'resident',
      unit: 'head_office',
    });
    const iin = cli(['validate', 'iin', '900115300122', '--on', '2026-11-25', '--json']);
    expect(iin.json).toMatchObject({
      valid: true,
      kind: 'IIN',
      birthDate: '1990-01-15',
      sex: 'M',
      age: 36,
      minor: false,
    });
    const badDate = cli(['validate', 'iin', '900115300122', '--on', '2026-02-30', '--json']);
    expect(badDate.code).toBe(2);
  });

  it('usage errors exit 2', () => {
    expect(cli(['validate', 'nonsense']).code).toBe(2);
    expect(cli(['no-such-command']).code).toBe(2);
    expect(cli(['validate', 's10']).code).toBe(2);
  });

  it('refuses to run on a Node older than 24, saying why', () => {
    expect(nodeProblem('the CLI', '20.20.2')).toMatch(
      /needs Node 24 or newer, but it was started on Node 20\.20\.2/,
    );
    expect(nodeProblem('the CLI', '24.0.0')).toBeNull();
    expect(nodeProblem('the CLI', '26.1.0')).toBeNull();
  });
});

describe('privacy-desk db', () => {
  let dir: string;
  let db: string;
  let keyFile: string;
  beforeEach(() => {
    dir = tmpDir();
    db = path.join(dir, 'desk.db');
    keyFile = path.join(dir, 'desk.key');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('init → verify → backup → rekey → restore, with stable error codes', () => {
    const init = cli(['db', 'init', '--db', db, '--new-key-file', keyFile, '--json']);
    expect(init.code).toBe(0);
    expect(init.json).toMatchObject({ schemaVersion: expect.any(Number) });
    expect(cli(['db', 'init', '--db', db, '--key-file', keyFile, '--json']).json).toMatchObject({
      error: { code: 'DB_EXISTS' },
    });
    // An existing key file is never overwritten: a clear refusal, and the key still opens the desk.
    const keyBefore = readFileSync(keyFile, 'utf8');
    const again = cli(['db', 'init', '--db', path.join(dir, 'other.db'), '--new-key-file', keyFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the file already exists; it was not overwritten');
    expect(readFileSync(keyFile, 'utf8')).toBe(keyBefore);

    const verify = cli(['db', 'verify', '--db', db, '--key-file', keyFile, '--json']);
    expect(verify.code).toBe(0);
    expect(verify.json).toMatchObject({ ok: true, integrity: ['ok'], audit: { ok: true, entries: 1 } });

    const wrongKey = path.join(dir, 'wrong.key');
    writeFileSync(wrongKey, formatRecoveryKey(generateKey()));
    const denied = cli(['db', 'verify', '--db', db, '--key-file', wrongKey, '--json']);
    expect(denied.code).toBe(1);
    expect(denied.json).toMatchObject({ error: { code: 'DB_WRONG_KEY', messageKey: 'errors.DB_WRONG_KEY' } });
    expect(cli(['db', 'verify', '--db', db, '--json']).json).toMatchObject({
      error: { code: 'KEY_MISSING' },
    });

    const out = path.join(dir, 'desk.backup');
    const backup = cli(['db', 'backup', '--db', db, '--key-file', keyFile, '--out', out, '--json']);
    expect(backup.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(diskBytes(out).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    const newKey = path.join(dir, 'new.key');
    writeFileSync(newKey, formatRecoveryKey(generateKey()));
    expect(
      cli(['db', 'rekey', '--db', db, '--key-file', keyFile, '--new-key-file', newKey, '--json']).code,
    ).toBe(0);
    expect(cli(['db', 'verify', '--db', db, '--key-file', keyFile, '--json']).json).toMatchObject({
      error: { code: 'DB_WRONG_KEY' },
    });
    expect(cli(['db', 'verify', '--db', db, '--key-file', newKey, '--json']).code).toBe(0);

    // The backup was made under the old key, so restoring it needs the old key.
    const restore = cli(['db', 'restore', '--db', db, '--key-file', keyFile, '--from', out, '--json']);
    expect(restore.code).toBe(0);
    expect(restore.json).toMatchObject({
      restored: true,
      keptPrevious: expect.stringContaining('before-restore'),
    });
    const after = cli(['db', 'verify', '--db', db, '--key-file', keyFile, '--json']);
    expect(after.json).toMatchObject({ ok: true });
  });
});
