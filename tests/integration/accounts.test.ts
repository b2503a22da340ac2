import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { listAudit } from '../../electron/sql/audit';
import { tmpDir } from '../helpers/tmpdb';
import { rmSync } from 'node:fs';

const ADMIN = { username: 'admin', displayName: 'Әсел Администратор', password: 'correct horse battery' };

describe('staff accounts, sessions and roles', () => {
  let dir: string;
  let now: Date;
  let core: AppCore;
  const call = (name: string, input: unknown, sessionToken?: string) =>
    dispatch(HANDLERS, name, input, { core, ...(sessionToken ? { sessionToken } : {}) });
  const login = async (username: string, password: string) => {
    const r = await call('auth.login', { username, password });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return (r.value as { sessionToken: string }).sessionToken;
  };

  beforeEach(() => {
    dir = tmpDir();
    now = new Date('2026-11-25T05:00:00Z');
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 'test',
      clock: () => now,
    });
    core.start();
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('setup creates the database and its administrator together, and signs them in', async () => {
    expect(core.state().phase).toBe('setup');
    const short = await call('app.setup', { admin: { ...ADMIN, password: 'short' } });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.state().phase).toBe('setup');
    const r = await call('app.setup', { admin: ADMIN });
    expect(r.ok).toBe(true);
    const { sessionToken, recoveryKey } = (r as { value: { sessionToken: string; recoveryKey: string } })
      .value;
    expect(recoveryKey).toMatch(/^([0-9A-F]{4}-){16}[0-9A-F]{4}$/);
    const s = await call('auth.session', {}, sessionToken);
    expect(s).toMatchObject({
      ok: true,
      value: { user: { username: 'admin', role: 'admin' }, locked: false },
    });
    expect((await call('app.setup', { admin: ADMIN })).ok).toBe(false);
  });

  it('refuses calls without a session, and sessions end at sign-out', async () => {
    await call('app.setup', { admin: ADMIN });
    expect(await call('users.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    expect(await call('users.list', {}, 'forged-token')).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED' },
    });
    const token = await login('admin', ADMIN.password);
    expect((await call('users.list', {}, token)).ok).toBe(true);
    await call('auth.logout', {}, token);
    expect(await call('users.list', {}, token)).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED' },
    });
  });

  it('hashes passwords with scrypt and a per-user salt, and requires 10 characters', async () => {
    expect((await call('app.setup', { admin: ADMIN })).ok).toBe(true);
    const token = await login('admin', ADMIN.password);
    expect(
      (
        await call(
          'users.create',
          { username: 'clerk1', displayName: 'Clerk', role: 'clerk', password: ADMIN.password },
          token,
        )
      ).ok,
    ).toBe(true);
    const rows = core
      .db()
      .db.prepare('SELECT username, password_hash AS h FROM users ORDER BY username')
      .all() as { username: string; h: string }[];
    expect(rows).toHaveLength(2);
    for (const r of rows)
      expect(r.h).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(rows[0]!.h).not.toBe(rows[1]!.h);
    expect(JSON.stringify(rows)).not.toContain(ADMIN.password);
    const tooShort = await call(
      'users.create',
      { username: 'x2', displayName: 'X', role: 'clerk', password: '123456789' },
      token,
    );
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('pauses an account for a minute after 5 wrong passwords, longer after each further one', async () => {
    await call('app.setup', { admin: ADMIN });
    for (let i = 1; i <= 4; i++) {
      const r = await call('auth.login', { username: 'admin', password: 'wrong password!' });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'AUTH_FAILED', details: { attemptsLeft: 5 - i } },
      });
    }
    expect(await call('auth.login', { username: 'admin', password: 'wrong password!' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' },
    });
    // Even the right password is refused while paused.
    expect(await call('auth.login', { username: 'admin', password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' },
    });
    now = new Date(now.getTime() + 59_000);
    expect(await call('auth.login', { username: 'admin', password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' },
    });
    now = new Date(now.getTime() + 1_000);
    expect((await call('auth.login', { username: 'admin', password: ADMIN.password })).ok).toBe(true);
    const actions = listAudit(core.db().db, { limit: 50 }).map((e) => e.action);
    expect(actions).toContain('auth.lockout');
    expect(actions).toContain('auth.throttled');
    expect(actions.filter((a) => a === 'auth.failed')).toHaveLength(4);
    // An unknown user gets the same answer as a wrong password.
    expect(await call('auth.login', { username: 'nobody', password: 'whatever123' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH_FAILED' },
    });
  });

  it('locks a session after the idle timeout; only unlock, sign-out and session info work then', async () => {
    const r = await call('app.setup', { admin: ADMIN });
    const token = (r as { value: { sessionToken: string } }).value.sessionToken;
    expect((await call('security.setIdleLock', { minutes: 2 }, token)).ok).toBe(true);
    now = new Date(now.getTime() + 2 * 60_000 + 1000);
    expect(await call('users.list', {}, token)).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
    expect(await call('auth.session', {}, token)).toMatchObject({ ok: true, value: { locked: true } });
    expect(await call('auth.unlock', { password: 'not it at all' }, token)).toMatchObject({
      ok: false,
      error: { code: 'AUTH_FAILED' },
    });
    expect((await call('auth.unlock', { password: ADMIN.password }, token)).ok).toBe(true);
    expect((await call('users.list', {}, token)).ok).toBe(true);
  });

  it('an administrator resets passwords and disables accounts; the last administrator stays', async () => {
    const r = await call('app.setup', { admin: ADMIN });
    const admin = (r as { value: { sessionToken: string } }).value.sessionToken;
    await call(
      'users.create',
      { username: 'officer', displayName: 'Officer', role: 'officer', password: 'officer password' },
      admin,
    );
    const officer = await login('officer', 'officer password');
    expect(
      (
        await call(
          'auth.changePassword',
          { current: 'officer password', next: 'a new officer password' },
          officer,
        )
      ).ok,
    ).toBe(true);
    expect(
      await call(
        'users.create',
        { username: 'x3', displayName: 'X', role: 'admin', password: 'xxxxxxxxxxxx' },
        officer,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      (await call('users.resetPassword', { username: 'officer', password: 'temporary password' }, admin)).ok,
    ).toBe(true);
    expect(await call('users.list', {}, officer)).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED' },
    });
    const again = await call('auth.login', { username: 'officer', password: 'temporary password' });
    expect(again).toMatchObject({ ok: true, value: { user: { mustChangePassword: true } } });
    expect((await call('users.setDisabled', { username: 'officer', disabled: true }, admin)).ok).toBe(true);
    expect(await call('auth.login', { username: 'officer', password: 'temporary password' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_DISABLED' },
    });
    expect(await call('users.setDisabled', { username: 'admin', disabled: true }, admin)).toMatchObject({
      ok: false,
      error: { code: 'LAST_ADMIN' },
    });
  });
});
