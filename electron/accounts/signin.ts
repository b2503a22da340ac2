// Checking a password: sign-in, unlocking an idle-locked session and changing one's own password
// all go through checkCredentials, so they share one throttle and one way of answering.
import { PdError } from '../../common/errors';
import type { Server } from '../sql/server';
import * as users from './sql/users';
import { checkPassword, toPublic, type PublicUser } from './accounts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { accountPause, FREE_FAILURES, type SignInGuard } from './throttle';

export interface Attempt {
  username: string;
  password: string;
  /** Where the attempt came from (the transport's address): failures are throttled per source too. */
  source: string;
}

/** Writes one row per source for the failures past the per-minute cap (see SignInGuard). */
export function writeAuditSummaries(server: Server, guard: SignInGuard, all = false): void {
  for (const s of guard.takeSummaries(server.now().getTime(), all)) {
    server.write('anonymous', (tx) =>
      tx.audit({
        action: 'auth.failed.aggregated',
        entityType: 'source',
        entityId: s.source,
        summary: `${s.count} more failed or refused sign-ins from ${s.source} between ${new Date(s.from).toISOString()} and ${new Date(s.to).toISOString()}`,
      }),
    );
  }
}

interface Failure {
  action: 'auth.failed' | 'auth.lockout' | 'auth.throttled';
  summary: string;
  /** The account's new failure state, for a user that exists. */
  persist?: { id: number; failures: number; until: string | null };
}

/** Records a failure: audited up to the cap; past it the account's counters still change. */
function recordFailure(
  server: Server,
  guard: SignInGuard,
  source: string,
  entityId: string,
  f: Failure,
): void {
  const now = server.now();
  const save = (db: typeof server.db) =>
    f.persist &&
    users.recordFailedLogin(db, f.persist.id, f.persist.failures, f.persist.until, now.toISOString());
  if (guard.admitAuditRow(source, now.getTime())) {
    server.write('anonymous', (tx) => {
      save(tx.db);
      tx.audit({ action: f.action, entityType: 'user', entityId, summary: `${f.summary} (from ${source})` });
    });
  } else {
    save(server.db);
  }
}

/**
 * Checks a username and password. Before the password is checked every refusal looks the same
 * whether the username exists, is disabled or not: an unknown username runs scrypt on a dummy
 * hash and is counted and paused like a real account. A disabled account is named as such only
 * to someone who gave its correct password: they hold its secret already, so they learn nothing
 * an attacker could use, and the former colleague is told to ask the administrator instead of
 * retrying into a pause. (Right or wrong is as visible for an active account: it signs in.)
 */
export function checkCredentials(server: Server, guard: SignInGuard, a: Attempt): users.UserRow {
  writeAuditSummaries(server, guard);
  const now = server.now().getTime();
  const user = users.findUser(server.db, a.username);
  const state = user
    ? { failures: user.failedAttempts, until: user.lockedUntil ? Date.parse(user.lockedUntil) : 0 }
    : guard.unknownUser(a.username);
  const entityId = user ? String(user.id) : 'unknown';
  const pausedUntil = Math.max(state.until, guard.sourceUntil(a.source, now));
  if (pausedUntil > now) {
    const until = new Date(pausedUntil).toISOString();
    recordFailure(server, guard, a.source, entityId, {
      action: 'auth.throttled',
      summary: `refused unchecked: paused until ${until}`,
    });
    throw new PdError('ACCOUNT_LOCKED', { until });
  }
  if (!verifyPassword(a.password, user?.passwordHash ?? DUMMY_HASH) || !user) {
    const failures = state.failures + 1;
    const pause = accountPause(failures);
    const until = pause ? new Date(now + pause).toISOString() : null;
    guard.recordSourceFailure(a.source, now);
    if (!user) guard.setUnknownUser(a.username, { failures, until: pause ? now + pause : 0 });
    recordFailure(server, guard, a.source, entityId, {
      action: pause ? 'auth.lockout' : 'auth.failed',
      summary: pause ? `paused until ${until} after ${failures} failures` : `failed attempt ${failures}`,
      ...(user ? { persist: { id: user.id, failures, until } } : {}),
    });
    if (until) throw new PdError('ACCOUNT_LOCKED', { until });
    throw new PdError('AUTH_FAILED', { attemptsLeft: FREE_FAILURES - failures });
  }
  if (user.disabled) {
    server.write(user.username, (tx) =>
      tx.audit({ action: 'auth.refused', entityType: 'user', entityId, summary: 'account disabled' }),
    );
    throw new PdError('ACCOUNT_DISABLED');
  }
  return user;
}

/** Sign-in (purpose 'login') or unlocking an idle-locked session ('unlock'). */
export function authenticate(
  server: Server,
  guard: SignInGuard,
  a: Attempt,
  purpose: 'login' | 'unlock' = 'login',
): PublicUser {
  const user = checkCredentials(server, guard, a);
  return server.write(user.username, (tx) => {
    users.recordLogin(tx.db, user.id, tx.now.toISOString());
    tx.audit({
      action: purpose === 'login' ? 'auth.login' : 'auth.unlock',
      entityType: 'user',
      entityId: String(user.id),
      summary: purpose === 'login' ? 'signed in' : 'unlocked the screen',
    });
    return toPublic(users.findUser(tx.db, user.username)!);
  });
}

export function changeOwnPassword(server: Server, guard: SignInGuard, a: Attempt, next: string): void {
  const user = checkCredentials(server, guard, a);
  checkPassword(next);
  const hash = hashPassword(next);
  server.write(user.username, (tx) => {
    users.setPassword(tx.db, user.id, hash, false, tx.now.toISOString());
    tx.audit({
      action: 'user.password_changed',
      entityType: 'user',
      entityId: String(user.id),
      summary: 'own password changed',
    });
  });
}
