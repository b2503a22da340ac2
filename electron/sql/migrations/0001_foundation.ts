import type { Migration } from './index';

export const m0001_foundation: Migration = {
  version: 1,
  name: 'foundation: settings, audit chain, sync outbox',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Append-only, hash-chained. Summaries never hold personal data, so purges never touch it.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        summary     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
      CREATE INDEX audit_log_actor ON audit_log(actor, at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- seq is the per-desk sequence number; event_id the idempotency key that never changes across retries.
      CREATE TABLE outbox (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id        TEXT NOT NULL UNIQUE,
        event_type      TEXT NOT NULL,
        record_type     TEXT NOT NULL,
        record_id       TEXT NOT NULL,
        payload         TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        delivered_at    TEXT,
        reject_reason   TEXT
      ) STRICT;
      CREATE INDEX outbox_state ON outbox(state, seq);
      CREATE INDEX outbox_record ON outbox(record_type, record_id, seq);
    `);
  },
};
