// Sign-in without leaks (issue 15): constant work for unknown users, one answer before the password
// is checked, a throttle shared by sign-in and unlock that pauses instead of locking for good, a cap
// on failure rows in the audit log, absolute session expiry, temporary passwords enforced in dispatch.
import * as crypto from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { listAudit } from '../../electron/sql/audit';
import { AUDIT_ROWS_PER_MINUTE } from '../../electron/accounts/throttle';
import { tmpDir } from '../helpers/tmpdb';

// Counts scrypt runs without changing them: the dummy path must run scrypt exactly as often.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, scryptSync: vi.fn(actual.scryptSync) };
});
const scrypt = vi.mocked(crypto.scryptSync);

const ADMIN = { username: 'admin', displayName: 'Admin', password: 'correct horse battery' };
const CLERK = { username: 'clerk', displayName: 'Clerk', role: 'clerk', password: 'clerk temporary pw' };

describe('sign-in hardening', () => {
  let dir: string;
  let now: Date;
  let core: AppCore;
  let admin: string;
  const call = (name: string, input: unknown, sessionToken?: string, source = 'src-a') =>
    dispatch(HANDLERS, name, input, { core, source, ...(sessionToken ? { sessionToken } : {}) });
  const code = async (p: ReturnType<typeof call>) => {
    const r = await p;
    return r.ok ? 'OK' : r.error.code;
  };
  const login = async (username: string, password: string, source = 'src-a') => {
    const r = await call('auth.login', { username, password }, undefined, source);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return (r.value as { sessionToken: string }).sessionToken;
  };
  const tick = (ms: number) => (now = new Date(now.getTime() + ms));
  const audit = () => listAudit(core.db().db, { limit: 500 });

  beforeEach(async () => {
    dir = tmpDir();
    now = new Date('2026-11-25T05:00:00Z');
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 't',
      clock: () => now,
    });
    core.start();
    admin = ((await call('app.setup', { admin: ADMIN })) as { value: { sessionToken: string } }).value
      .sessionToken;
    expect(await code(call('users.create', CLERK, admin))).toBe('OK');
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs scrypt once for an unknown username, as for a known one with a wrong password', async () => {
    scrypt.mockClear();
    expect(await code(call('auth.login', { username: 'admin', password: 'wrong password' }))).toBe(
      'AUTH_FAILED',
    );
    expect(scrypt).toHaveBeenCalledTimes(1);
    scrypt.mockClear();
    expect(await code(call('auth.login', { username: 'nobody-here', password: 'wrong password' }))).toBe(
      'AUTH_FAILED',
    );
    expect(scrypt).toHaveBeenCalledTimes(1);
    // Same parameters (N, r, p, key length) on both paths.
    const [, , len, params] = scrypt.mock.calls[0]!;
    expect(len).toBe(32);
    expect(params).toMatchObject({ N: 32768, r: 8, p: 1 });
  });

  it('answers unknown, disabled and wrong-password alike until the password is right', async () => {
    expect(await code(call('users.setDisabled', { username: 'clerk', disabled: true }, admin))).toBe('OK');
    const unknown = await call('auth.login', { username: 'ghost', password: 'wrong password' });
    const disabled = await call('auth.login', { username: 'clerk', password: 'wrong password' });
    const wrong = await call(
      'auth.login',
      { username: 'admin', password: 'wrong password' },
      undefined,
      'src-b',
    );
    expect(unknown).toEqual(disabled);
    expect(disabled).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED', details: { attemptsLeft: 4 } } });
    // Only the holder of the right password is told the account is disabled.
    expect(await code(call('auth.login', { username: 'clerk', password: CLERK.password }))).toBe(
      'ACCOUNT_DISABLED',
    );
    // Unknown usernames are paused like real ones, so a pause reveals nothing either.
    for (const u of ['ghost', 'admin']) {
      for (let i = 0; i < 4; i++)
        await call('auth.login', { username: u, password: 'wrong password' }, undefined, `s-${u}-${i}`);
    }
    const a = await call('auth.login', { username: 'ghost', password: 'x' }, undefined, 'src-z');
    const b = await call('auth.login', { username: 'admin', password: 'x' }, undefined, 'src-z');
    expect(a).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(b).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('pauses with growing delays, checks no password during a pause, and never beyond 5 minutes', async () => {
    for (let i = 1; i <= 4; i++)
      expect(
        await code(call('auth.login', { username: 'admin', password: 'nope nope' }, undefined, `x${i}`)),
      ).toBe('AUTH_FAILED');
    const first = await call('auth.login', { username: 'admin', password: 'nope nope' }, undefined, 'x5');
    expect(first).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', details: { until: '2026-11-25T05:01:00.000Z' } },
    });
    // During the pause even the right password is refused, and scrypt does not run.
    scrypt.mockClear();
    expect(
      await code(call('auth.login', { username: 'admin', password: ADMIN.password }, undefined, 'x6')),
    ).toBe('ACCOUNT_LOCKED');
    expect(scrypt).not.toHaveBeenCalled();
    const pauses: number[] = [];
    for (let i = 0; i < 6; i++) {
      tick(5 * 60_000);
      const r = await call('auth.login', { username: 'admin', password: 'nope nope' }, undefined, `y${i}`);
      pauses.push(
        Date.parse((r as unknown as { error: { details: { until: string } } }).error.details.until) -
          now.getTime(),
      );
    }
    expect(pauses.map((ms) => ms / 60_000)).toEqual([2, 4, 5, 5, 5, 5]);
    // After the pause the right password works: the administrator is never locked out for good.
    tick(5 * 60_000);
    expect(
      await code(call('auth.login', { username: 'admin', password: ADMIN.password }, undefined, 'y9')),
    ).toBe('OK');
  });

  it('pauses a source that sprays many usernames, whichever usernames it tries', async () => {
    for (let i = 0; i < 10; i++)
      await call('auth.login', { username: `user${i}`, password: 'wrong password' }, undefined, 'sprayer');
    expect(
      await code(call('auth.login', { username: 'admin', password: ADMIN.password }, undefined, 'sprayer')),
    ).toBe('ACCOUNT_LOCKED');
    // Another source is not held back by it.
    expect(
      await code(call('auth.login', { username: 'admin', password: ADMIN.password }, undefined, 'ipc')),
    ).toBe('OK');
  });

  it('shares the throttle between sign-in and unlocking an idle-locked session', async () => {
    expect(await code(call('security.setIdleLock', { minutes: 1 }, admin))).toBe('OK');
    tick(61_000);
    expect(await code(call('users.list', {}, admin))).toBe('SESSION_LOCKED');
    for (let i = 0; i < 4; i++)
      expect(await code(call('auth.unlock', { password: 'wrong password' }, admin, `u${i}`))).toBe(
        'AUTH_FAILED',
      );
    expect(
      await code(call('auth.login', { username: 'admin', password: 'wrong password' }, undefined, 'u5')),
    ).toBe('ACCOUNT_LOCKED');
    // 40 more unlock attempts during the pause: none is checked, the right password included.
    scrypt.mockClear();
    for (let i = 0; i < 40; i++)
      expect(
        await code(
          call('auth.unlock', { password: i === 39 ? ADMIN.password : `guess ${i}` }, admin, `v${i}`),
        ),
      ).toBe('ACCOUNT_LOCKED');
    expect(scrypt).not.toHaveBeenCalled();
    tick(60_000);
    expect(await code(call('auth.unlock', { password: ADMIN.password }, admin, 'w'))).toBe('OK');
    expect(audit().map((e) => e.action)).toContain('auth.unlock');
  });

  it('writes at most 10 failure rows per source a minute and one summary row for the rest', async () => {
    for (let i = 0; i < 30; i++)
      await call(
        'auth.login',
        { username: `someone${i % 3}`, password: 'wrong password' },
        undefined,
        'noisy',
      );
    const failureRows = () =>
      audit().filter((e) => e.action.startsWith('auth.') && e.summary.includes('noisy'));
    expect(failureRows()).toHaveLength(AUDIT_ROWS_PER_MINUTE);
    tick(61_000);
    await call('auth.login', { username: 'admin', password: 'wrong password' }, undefined, 'other');
    const summary = audit().filter((e) => e.action === 'auth.failed.aggregated');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ entityId: 'noisy' });
    expect(summary[0]!.summary).toMatch(/^20 more failed or refused sign-ins from noisy/);
  });

  it('ends a session 12 hours after sign-in however active, and the limit is a setting', async () => {
    // Idle lock at its longest (4 h): only the absolute limit can end the session here.
    expect(await code(call('security.setIdleLock', { minutes: 240 }, admin))).toBe('OK');
    const s = await login('admin', ADMIN.password);
    for (let h = 0; h < 11; h++) {
      tick(60 * 60_000);
      expect(await code(call('users.list', {}, s))).toBe('OK');
    }
    tick(59 * 60_000);
    expect(await code(call('users.list', {}, s))).toBe('OK');
    tick(60_001);
    expect(await code(call('users.list', {}, s))).toBe('SESSION_REQUIRED');
    const s2 = await login('admin', ADMIN.password);
    expect(await call('security.setSessionMaxHours', { hours: 2 }, s2)).toMatchObject({
      ok: true,
      value: { sessionMaxHours: 2 },
    });
    tick(2 * 60 * 60_000);
    expect(await code(call('auth.session', {}, s2))).toBe('OK');
    expect(await call('auth.session', {}, s2)).toMatchObject({ ok: true, value: { user: null } });
  });

  it('a session on a temporary password may only change it (and sign out)', async () => {
    const s = await login('clerk', CLERK.password);
    expect(await code(call('intake.list', {}, s))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code(call('intake.create', {}, s))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code(call('auth.session', {}, s))).toBe('OK');
    expect(await code(call('auth.heartbeat', {}, s))).toBe('OK');
    expect(
      await code(call('auth.changePassword', { current: CLERK.password, next: 'clerk own password' }, s)),
    ).toBe('OK');
    expect(await code(call('intake.list', {}, s))).toBe('OK');
    const again = await login('clerk', 'clerk own password');
    expect(await code(call('intake.list', {}, again))).toBe('OK');
  });
});
