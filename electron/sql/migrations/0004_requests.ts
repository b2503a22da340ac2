import type { Migration } from './index';

// Subject requests (issue 5). Vocabularies are repeated from common/requests/vocab.ts on purpose:
// a released migration never changes (a later one widens a CHECK).
//
// Where personal data lives, so that a purge can wipe it in one place:
//   request_subjects        — the whole row (name, IIN, contacts, representative, verification, notes)
//   request_decisions.details, .reasons — the decision's content (data held, corrections, texts)
//   request_history.note    — officers' notes on transitions
// requests itself holds only numbers, codes, dates and staff usernames: it is the tombstone.
const COUNTERS = `
      -- Gap-free request numbers per year (RQ-2026-000001), taken inside the opening transaction.
      CREATE TABLE request_counters (
        year     INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
      ) STRICT;
`;

const REQUESTS = `
      CREATE TABLE requests (
        id               TEXT PRIMARY KEY,
        year             INTEGER NOT NULL,
        seq              INTEGER NOT NULL CHECK (seq > 0),
        type             TEXT NOT NULL CHECK (type IN ('withdrawal', 'access', 'rectification', 'stop_messages',
                                                       'complaint', 'blocking', 'objection', 'minor_deletion')),
        state            TEXT NOT NULL CHECK (state IN ('new', 'verifying', 'in_progress', 'decided', 'answered',
                                                        'closed', 'paused', 'cancelled')),
        paused_from      TEXT CHECK (paused_from IN ('new', 'verifying', 'in_progress', 'decided', 'answered')),
        pause_reason     TEXT,
        paused_at        TEXT,
        requester_role   TEXT NOT NULL CHECK (requester_role IN ('subject', 'legal_representative', 'authorized_body')),
        origin           TEXT NOT NULL CHECK (origin IN ('letter', 'direct')),
        direct_reason    TEXT,
        language         TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        officer          TEXT,
        minor            INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1)),
        -- The deadline: receipt of the earliest letter (instant and Almaty date), the working day
        -- the count starts from, policy (operative) and statutory due dates, the rule used, and
        -- data problems met (e.g. ["calendar_missing:2028"]) shown on the request.
        received_at      TEXT NOT NULL,
        received_on      TEXT NOT NULL,
        counted_from     TEXT NOT NULL,
        due_on           TEXT NOT NULL,
        statutory_due_on TEXT NOT NULL,
        policy_days      INTEGER NOT NULL,
        statutory_days   INTEGER NOT NULL,
        deadline_warnings TEXT NOT NULL DEFAULT '[]',
        verification     TEXT NOT NULL DEFAULT 'none' CHECK (verification IN ('none', 'document', 'not_required')),
        verified_at      TEXT,
        verified_by      TEXT,
        -- The latest decision, kept on the tombstone.
        decision_outcome TEXT CHECK (decision_outcome IN ('granted', 'partially_granted', 'refused')),
        refusal_ground   TEXT,
        legal_basis      TEXT,
        decided_at       TEXT,
        answered_at      TEXT,
        reply_outgoing_no TEXT,
        closed_at        TEXT,
        close_outcome    TEXT CHECK (close_outcome IN ('answered', 'withdrawn', 'duplicate', 'cancelled')),
        erasure          INTEGER NOT NULL DEFAULT 0 CHECK (erasure IN (0, 1)),
        purged_at        TEXT,
        purge_id         INTEGER,
        created_at       TEXT NOT NULL,
        created_by       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (year, seq),
        CHECK ((state = 'paused') = (paused_from IS NOT NULL))
      ) STRICT;
      CREATE INDEX requests_state_due ON requests(state, due_on);
      CREATE INDEX requests_due ON requests(due_on);
      CREATE INDEX requests_received ON requests(received_on);
      CREATE INDEX requests_officer ON requests(officer, due_on);
      CREATE INDEX requests_purge ON requests(closed_at) WHERE erasure = 1 AND purged_at IS NULL;
`;

const SUBJECTS = `
      -- The subject's personal data: one row per request, deleted whole by a purge.
      CREATE TABLE request_subjects (
        request_id     TEXT PRIMARY KEY REFERENCES requests(id),
        name           TEXT NOT NULL,
        name_key       TEXT NOT NULL,
        iin            TEXT,
        birth_date     TEXT,
        phone          TEXT,
        email          TEXT,
        address        TEXT,
        address_key    TEXT,
        account_id     TEXT,
        representative TEXT,   -- JSON
        authorized_body TEXT,  -- JSON
        verification   TEXT,   -- JSON: document type, last 4 characters, issuer, date; or why none was needed
        direct_note    TEXT,
        notes          TEXT
      ) STRICT;
      CREATE INDEX request_subjects_iin ON request_subjects(iin) WHERE iin IS NOT NULL;
      CREATE INDEX request_subjects_name ON request_subjects(name_key, address_key);
`;

const LETTERS_AND_HISTORY = `
      -- The incoming letters a request comes from (the earliest receipt starts the clock).
      CREATE TABLE request_letters (
        request_id  TEXT NOT NULL REFERENCES requests(id),
        letter_id   INTEGER NOT NULL REFERENCES incoming_letters(id),
        incoming_no TEXT NOT NULL,
        received_at TEXT NOT NULL,
        linked_at   TEXT NOT NULL,
        linked_by   TEXT NOT NULL,
        PRIMARY KEY (request_id, letter_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX request_letters_letter ON request_letters(letter_id);

      -- Every step of a request, for its page (the audit log holds the same, chained).
      CREATE TABLE request_history (
        id          INTEGER PRIMARY KEY,
        request_id  TEXT NOT NULL REFERENCES requests(id),
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        event       TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT,
        reason_code TEXT,
        note        TEXT
      ) STRICT;
      CREATE INDEX request_history_request ON request_history(request_id, id);
`;

const DECISIONS_AND_ACTIONS = `
      CREATE TABLE request_decisions (
        id             INTEGER PRIMARY KEY,
        request_id     TEXT NOT NULL REFERENCES requests(id),
        type           TEXT NOT NULL,
        outcome        TEXT NOT NULL CHECK (outcome IN ('granted', 'partially_granted', 'refused')),
        refusal_ground TEXT,
        legal_basis    TEXT NOT NULL,
        erasure        INTEGER NOT NULL CHECK (erasure IN (0, 1)),
        details        TEXT,   -- JSON of the decision form: personal data, wiped by a purge
        reasons        TEXT,
        warnings       TEXT NOT NULL DEFAULT '[]',
        decided_at     TEXT NOT NULL,
        decided_by     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_decisions_request ON request_decisions(request_id, id);

      -- Actions for the central system; their status is derived from the outbox row (event_id)
      -- and the results central reported (sync_results.action_id).
      CREATE TABLE request_actions (
        id          TEXT PRIMARY KEY,
        request_id  TEXT NOT NULL REFERENCES requests(id),
        decision_id INTEGER NOT NULL REFERENCES request_decisions(id),
        action      TEXT NOT NULL CHECK (action IN ('block', 'unblock', 'erase', 'rectify', 'suppress', 'export')),
        event_id    TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_actions_request ON request_actions(request_id, created_at);

      -- Purge runs: what was removed (counts and record numbers, never personal data).
      CREATE TABLE request_purges (
        id     INTEGER PRIMARY KEY,
        run_at TEXT NOT NULL,
        actor  TEXT NOT NULL,
        report TEXT NOT NULL
      ) STRICT;
`;

const DEADLINE_DATA = `
      -- Calendar years and deadline rules as the administrator edited or imported them; the
      -- latest row per (kind, year) wins over the shipped resources/ file; data NULL = back to
      -- the shipped file. Rows are never changed: this is the version history.
      CREATE TABLE deadline_data (
        id       INTEGER PRIMARY KEY,
        kind     TEXT NOT NULL CHECK (kind IN ('calendar', 'rules')),
        year     INTEGER NOT NULL DEFAULT 0,
        version  INTEGER NOT NULL,
        origin   TEXT NOT NULL CHECK (origin IN ('edit', 'import', 'reset')),
        data     TEXT,
        sha256   TEXT,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        UNIQUE (kind, year, version)
      ) STRICT;
      CREATE TRIGGER deadline_data_no_update BEFORE UPDATE ON deadline_data
        BEGIN SELECT RAISE(ABORT, 'deadline_data is append-only'); END;

      -- Letters registered with a request type as document type and no request yet (dashboard).
      CREATE INDEX incoming_open_doc_type ON incoming_letters(document_type, received_at) WHERE status = 'registered';
`;

export const m0004_requests: Migration = {
  version: 4,
  name: 'requests: subject requests, history, decisions, actions, purges, calendar and deadline data',
  up(db) {
    // One statement group at a time, in the order they were released.
    for (const step of [
      COUNTERS,
      REQUESTS,
      SUBJECTS,
      LETTERS_AND_HISTORY,
      DECISIONS_AND_ACTIONS,
      DEADLINE_DATA,
    ])
      db.exec(step);
  },
};
