// Staff accounts.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Role } from '../../../common/contract/define';

type DB = Database.Database;

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

const SELECT = `SELECT id, username, display_name AS displayName, role, password_hash AS passwordHash,
  failed_attempts AS failedAttempts, locked_until AS lockedUntil, disabled, must_change_password AS mustChangePassword,
  created_at AS createdAt, updated_at AS updatedAt, last_login_at AS lastLoginAt FROM users`;

function fromRow(r: Record<string, unknown> | undefined): UserRow | undefined {
  if (!r) return undefined;
  return {
    ...(r as unknown as UserRow),
    disabled: r.disabled === 1,
    mustChangePassword: r.mustChangePassword === 1,
  };
}

export function countUsers(db: DB): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function findUser(db: DB, username: string): UserRow | undefined {
  return fromRow(
    db.prepare(`${SELECT} WHERE username = ?`).get(username) as Record<string, unknown> | undefined,
  );
}

export function listUsers(db: DB): UserRow[] {
  return (db.prepare(`${SELECT} ORDER BY username`).all() as Record<string, unknown>[]).map((r) =>
    fromRow(r)!,
  );
}

export function insertUser(
  db: DB,
  u: { username: string; displayName: string; role: Role; passwordHash: string; mustChangePassword: boolean },
  now: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO users(username, display_name, role, password_hash, must_change_password, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(u.username, u.displayName, u.role, u.passwordHash, u.mustChangePassword ? 1 : 0, now, now)
      .lastInsertRowid,
  );
}

export function recordFailedLogin(
  db: DB,
  id: number,
  failedAttempts: number,
  lockedUntil: string | null,
  now: string,
): void {
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE id = ?').run(
    failedAttempts,
    lockedUntil,
    now,
    id,
  );
}

export function recordLogin(db: DB, id: number, now: string): void {
  db.prepare(
    'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ?, updated_at = ? WHERE id = ?',
  ).run(now, now, id);
}

export function setPassword(
  db: DB,
  id: number,
  passwordHash: string,
  mustChange: boolean,
  now: string,
): void {
  db.prepare(
    'UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?',
  ).run(passwordHash, mustChange ? 1 : 0, now, id);
}

export function setDisabled(db: DB, id: number, disabled: boolean, now: string): void {
  db.prepare('UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?').run(disabled ? 1 : 0, now, id);
}

export function setRole(db: DB, id: number, role: Role, now: string): void {
  db.prepare('UPDATE users SET role = ?, updated_at = ? WHERE id = ?').run(role, now, id);
}

export function countActiveAdmins(db: DB): number {
  return (
    db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0").get() as { n: number }
  ).n;
}
