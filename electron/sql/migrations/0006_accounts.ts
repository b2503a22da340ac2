import type { Migration } from './index';

export const m0006_accounts: Migration = {
  version: 6,
  name: 'accounts: staff users with roles, password hashes and lockout',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id                   INTEGER PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name         TEXT NOT NULL,
        role                 TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'clerk', 'auditor')),
        password_hash        TEXT NOT NULL,
        failed_attempts      INTEGER NOT NULL DEFAULT 0,
        locked_until         TEXT,
        disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        last_login_at        TEXT
      ) STRICT;
    `);
  },
};
