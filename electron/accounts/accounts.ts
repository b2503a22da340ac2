// Staff accounts: first administrator at setup, password resets, roles, disabling (sign-in: signin.ts).
import type { StaffAccount } from '../../common/contract/auth';
import type { Role } from '../../common/contract/define';
import { PdError } from '../../common/errors';
import type { Server, WriteTx } from '../sql/server';
import * as users from './sql/users';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

/** An account as the contract shows it: never the password hash or the failure count. */
export type PublicUser = StaffAccount;

export function toPublic(u: users.UserRow): PublicUser {
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

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new PdError('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
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
export function insertPreparedUser(
  tx: WriteTx,
  u: NewUser & { passwordHash: string },
  mustChangePassword = false,
): PublicUser {
  if (users.findUser(tx.db, u.username)) throw new PdError('CONFLICT', { reason: 'username_taken' });
  const id = users.insertUser(
    tx.db,
    {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      passwordHash: u.passwordHash,
      mustChangePassword,
    },
    tx.now.toISOString(),
  );
  tx.audit({ action: 'user.created', entityType: 'user', entityId: String(id), summary: `role ${u.role}` });
  return toPublic(users.findUser(tx.db, u.username)!);
}

export function createUser(
  server: Server,
  actor: string,
  input: NewUser,
  opts: { mustChangePassword?: boolean } = {},
): PublicUser {
  const prepared = prepareUser(input);
  return server.write(actor, (tx) => insertPreparedUser(tx, prepared, opts.mustChangePassword ?? false));
}

function requireUser(server: Server, username: string): users.UserRow {
  const user = users.findUser(server.db, username);
  if (!user) throw new PdError('NOT_FOUND', { entity: 'user' });
  return user;
}

/** One change to an account in one write: apply changes the row and names its audit action and summary. */
function changeUser(
  server: Server,
  actor: string,
  user: users.UserRow,
  apply: (tx: WriteTx) => { action: string; summary: string },
): void {
  server.write(actor, (tx) => {
    const { action, summary } = apply(tx);
    tx.audit({ action, entityType: 'user', entityId: String(user.id), summary });
  });
}

/** An administrator sets a temporary password; the user must change it at the next login. */
export function resetPassword(
  server: Server,
  actor: string,
  input: { username: string; password: string },
): void {
  const { username, password } = input;
  const user = requireUser(server, username);
  checkPassword(password);
  const hash = hashPassword(password);
  changeUser(server, actor, user, (tx) => {
    users.setPassword(tx.db, user.id, hash, true, tx.now.toISOString());
    return { action: 'user.password_reset', summary: 'password reset by administrator' };
  });
}

export function setUserDisabled(
  server: Server,
  actor: string,
  input: { username: string; disabled: boolean },
): void {
  const { username, disabled } = input;
  const user = requireUser(server, username);
  changeUser(server, actor, user, (tx) => {
    if (disabled && user.role === 'admin' && !user.disabled && users.countActiveAdmins(tx.db) <= 1)
      throw new PdError('LAST_ADMIN');
    users.setDisabled(tx.db, user.id, disabled, tx.now.toISOString());
    return {
      action: disabled ? 'user.disabled' : 'user.enabled',
      summary: disabled ? 'disabled' : 'enabled',
    };
  });
}

export function setUserRole(server: Server, actor: string, input: { username: string; role: Role }): void {
  const { username, role } = input;
  const user = requireUser(server, username);
  changeUser(server, actor, user, (tx) => {
    if (user.role === 'admin' && role !== 'admin' && users.countActiveAdmins(tx.db) <= 1)
      throw new PdError('LAST_ADMIN');
    users.setRole(tx.db, user.id, role, tx.now.toISOString());
    return { action: 'user.role_changed', summary: `role ${user.role} -> ${role}` };
  });
}

export function listAccounts(server: Server): PublicUser[] {
  return users.listUsers(server.db).map(toPublic);
}

export function getAccount(server: Server, username: string): PublicUser | undefined {
  const u = users.findUser(server.db, username);
  return u ? toPublic(u) : undefined;
}
