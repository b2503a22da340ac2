import type { Migration } from './index';

/** Tables whose every write must commit with an audit entry (registers, requests, letters). */
export const AUDITED_TABLES = [
  'incoming_letters',
  'outgoing_letters',
  'mail_scans',
  'requests',
  'request_subjects',
  'request_decisions',
  'request_history',
  'request_letters',
  'request_actions',
  'letters',
  'letter_versions',
] as const;

const GENESIS = '0'.repeat(64);

export const m0009_audit_guard: Migration = {
  version: 9,
  name: 'audit guard: writes need an audit entry in their transaction; anchors of the chain head',
  up(db) {
    const guards = AUDITED_TABLES.flatMap((t) =>
      (['INSERT', 'UPDATE', 'DELETE'] as const).map(
        (ev) => `CREATE TRIGGER ${t}_audited_${ev.toLowerCase()} BEFORE ${ev} ON ${t}
          WHEN NOT EXISTS (SELECT 1 FROM audit_tx) BEGIN SELECT RAISE(ABORT, 'audit_required'); END;`,
      ),
    );
    db.exec(`
      -- One row while Server.write's transaction is open (inserted first, deleted last): the
      -- guard triggers refuse a write to an audited table when it is absent, and the row cannot
      -- be deleted unless an audit entry was appended since it was inserted.
      CREATE TABLE audit_tx (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        start_id INTEGER NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_tx_needs_entry BEFORE DELETE ON audit_tx
        WHEN coalesce((SELECT max(id) FROM audit_log), 0) <= OLD.start_id
        BEGIN SELECT RAISE(ABORT, 'audit_required'); END;

      -- Entries are appended only inside such a transaction, in order, linked, never back in time.
      CREATE TRIGGER audit_log_append BEFORE INSERT ON audit_log
        WHEN NOT EXISTS (SELECT 1 FROM audit_tx)
          OR NEW.id IS NOT coalesce((SELECT max(id) FROM audit_log), 0) + 1
          OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS}')
          OR NEW.at < coalesce((SELECT at FROM audit_log ORDER BY id DESC LIMIT 1), '')
        BEGIN SELECT RAISE(ABORT, 'audit_append_refused'); END;

      ${guards.join('\n      ')}

      -- Receipts from central for the chain head the desk sent (seq, hash): central keeps its own
      -- append-only copy and signs each receipt (Ed25519), so a chain rewritten with the key no
      -- longer matches a head anchored before.
      CREATE TABLE audit_anchors (
        id          INTEGER PRIMARY KEY,
        seq         INTEGER NOT NULL,
        hash        TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('anchored', 'conflict')),
        received_at TEXT NOT NULL,
        key_id      TEXT NOT NULL,
        receipt     TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END;
      CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END;
    `);
  },
};
