// Staff accounts: first administrator at setup, login with lockout, password changes, disabling.
import type { Role } from '../../common/contract/define';
import { PdError } from '../../common/errors';
import type { Server, WriteTx } from '../sql/server';
import * as users from '../sql/users';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

export interface PublicUser {
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

function toPublic(u: users.UserRow): PublicUser {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
  };
}

function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new PdError('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export function hasUsers(server: Server): boolean {
  return users.countUsers(server.db) > 0;
}

/** Hashing is slow on purpose, so it happens before the write transaction opens. */
export function prepareUser(input: NewUser): NewUser & { passwordHash: string } {
  checkPassword(input.password);
  return { ...input, passwordHash: hashPassword(input.password) };
}

/** Inside a caller's transaction (setup creates the database and its administrator together). */
export function insertPreparedUser(tx: WriteTx, u: NewUser & { passwordHash: string }, mustChangePassword = false): PublicUser {
  if (users.findUser(tx.db, u.username)) throw new PdError('CONFLICT', { reason: 'username_taken' });
  const id = users.insertUser(
    tx.db,
    { username: u.username, displayName: u.displayName, role: u.role, passwordHash: u.passwordHash, mustChangePassword },
    tx.now.toISOString(),
  );
  tx.audit({ action: 'user.created', entityType: 'user', entityId: String(id), summary: `role ${u.role}` });
  return toPublic(users.findUser(tx.db, u.username)!);
}

export function createUser(server: Server, actor: string, input: NewUser, opts: { mustChangePassword?: boolean } = {}): PublicUser {
  const prepared = prepareUser(input);
  return server.write(actor, (tx) => insertPreparedUser(tx, prepared, opts.mustChangePassword ?? false));
}

/**
 * Checks a login. Wrong user and wrong password get the same error, so the form does not tell
 * which usernames exist. Five failures lock the account for five minutes.
 */
export function authenticate(server: Server, username: string, password: string): PublicUser {
  const now = server.now();
  const user = users.findUser(server.db, username);
  if (!user) {
    // Burn comparable time so a missing user is not told apart by timing.
    verifyPassword(password, 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    server.write('anonymous', (tx) => tx.audit({ action: 'auth.failed', entityType: 'user', entityId: 'unknown', summary: 'unknown username' }));
    throw new PdError('AUTH_FAILED');
  }
  if (user.disabled) {
    server.write(user.username, (tx) => tx.audit({ action: 'auth.refused', entityType: 'user', entityId: String(user.id), summary: 'account disabled' }));
    throw new PdError('ACCOUNT_DISABLED');
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    throw new PdError('ACCOUNT_LOCKED', { until: user.lockedUntil });
  }
  if (!verifyPassword(password, user.passwordHash)) {
    const attempts = (user.lockedUntil ? 0 : user.failedAttempts) + 1;
    const locks = attempts >= MAX_FAILED_ATTEMPTS;
    const until = locks ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    server.write(user.username, (tx) => {
      users.recordFailedLogin(tx.db, user.id, locks ? 0 : attempts, until, now.toISOString());
      tx.audit({
        action: locks ? 'auth.lockout' : 'auth.failed',
        entityType: 'user',
        entityId: String(user.id),
        summary: locks ? `locked for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} failures` : `failed attempt ${attempts}`,
      });
    });
    if (locks) throw new PdError('ACCOUNT_LOCKED', { until });
    throw new PdError('AUTH_FAILED', { attemptsLeft: MAX_FAILED_ATTEMPTS - attempts });
  }
  return server.write(user.username, (tx) => {
    users.recordLogin(tx.db, user.id, now.toISOString());
    tx.audit({ action: 'auth.login', entityType: 'user', entityId: String(user.id), summary: 'signed in' });
    return toPublic(users.findUser(tx.db, user.username)!);
  });
}

export function changeOwnPassword(server: Server, username: string, current: string, next: string): void {
  const user = users.findUser(server.db, username);
  if (!user || !verifyPassword(current, user.passwordHash)) throw new PdError('AUTH_FAILED');
  checkPassword(next);
  const hash = hashPassword(next);
  server.write(username, (tx) => {
    users.setPassword(tx.db, user.id, hash, false, tx.now.toISOString());
    tx.audit({ action: 'user.password_changed', entityType: 'user', entityId: String(user.id), summary: 'own password changed' });
  });
}

function requireUser(server: Server, username: string): users.UserRow {
  const user = users.findUser(server.db, username);
  if (!user) throw new PdError('NOT_FOUND', { entity: 'user' });
  return user;
}

/** An administrator sets a temporary password; the user must change it at the next login. */
export function resetPassword(server: Server, actor: string, username: string, password: string): void {
  const user = requireUser(server, username);
  checkPassword(password);
  const hash = hashPassword(password);
  server.write(actor, (tx) => {
    users.setPassword(tx.db, user.id, hash, true, tx.now.toISOString());
    tx.audit({ action: 'user.password_reset', entityType: 'user', entityId: String(user.id), summary: 'password reset by administrator' });
  });
}

export function setUserDisabled(server: Server, actor: string, username: string, disabled: boolean): void {
  const user = requireUser(server, username);
  server.write(actor, (tx) => {
    if (disabled && user.role === 'admin' && !user.disabled && users.countActiveAdmins(tx.db) <= 1) throw new PdError('LAST_ADMIN');
    users.setDisabled(tx.db, user.id, disabled, tx.now.toISOString());
    tx.audit({ action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: String(user.id), summary: disabled ? 'disabled' : 'enabled' });
  });
}

export function setUserRole(server: Server, actor: string, username: string, role: Role): void {
  const user = requireUser(server, username);
  server.write(actor, (tx) => {
    if (user.role === 'admin' && role !== 'admin' && users.countActiveAdmins(tx.db) <= 1) throw new PdError('LAST_ADMIN');
    users.setRole(tx.db, user.id, role, tx.now.toISOString());
    tx.audit({ action: 'user.role_changed', entityType: 'user', entityId: String(user.id), summary: `role ${user.role} -> ${role}` });
  });
}

export function listAccounts(server: Server): PublicUser[] {
  return users.listUsers(server.db).map(toPublic);
}

export function getAccount(server: Server, username: string): PublicUser | undefined {
  const u = users.findUser(server.db, username);
  return u ? toPublic(u) : undefined;
}
