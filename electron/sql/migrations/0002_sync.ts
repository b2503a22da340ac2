import type { Migration } from './index';

export const m0002_sync: Migration = {
  version: 2,
  name: 'sync: state, needs-attention log, action results from central',
  up(db) {
    db.exec(`
      -- One row: what the status bar shows after a restart, and the cursor of pulled results.
      CREATE TABLE sync_state (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        last_state       TEXT,
        last_error       TEXT,
        last_attempt_at  TEXT,
        last_contact_at  TEXT,
        last_sync_at     TEXT,
        clock_skew_ms    INTEGER,
        skew_measured_at TEXT,
        results_cursor   TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO sync_state(id) VALUES (1);

      -- Needs attention: each rejection by central, each officer retry and note, in order.
      -- reason/detail are central's codes and field paths; note is the officer's own text.
      CREATE TABLE sync_attention_log (
        id     INTEGER PRIMARY KEY,
        seq    INTEGER NOT NULL REFERENCES outbox(seq),
        at     TEXT NOT NULL,
        actor  TEXT NOT NULL,
        kind   TEXT NOT NULL CHECK (kind IN ('rejected', 'retried', 'note')),
        reason TEXT,
        detail TEXT,
        note   TEXT
      ) STRICT;
      CREATE INDEX sync_attention_log_seq ON sync_attention_log(seq, id);

      -- Results of actions reported by central ("erase executed at T"), shown on the request.
      CREATE TABLE sync_results (
        result_id   TEXT PRIMARY KEY,
        cursor      TEXT NOT NULL,
        event_id    TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id   TEXT NOT NULL,
        action_id   TEXT NOT NULL,
        action      TEXT NOT NULL,
        status      TEXT NOT NULL,
        executed_at TEXT NOT NULL,
        note        TEXT,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_results_record ON sync_results(record_type, record_id, executed_at);
      CREATE INDEX sync_results_action ON sync_results(action_id);

      -- The head of each record's queue is its lowest event not yet delivered: this index keeps
      -- that look-up independent of how many events of the record were delivered before.
      CREATE INDEX outbox_undelivered_record ON outbox(record_type, record_id, seq) WHERE state <> 'delivered';
    `);
  },
};
