import type { Migration } from './index';

export const m0008_breaches: Migration = {
  version: 8,
  name: 'breaches: the register of personal-data security breaches (Art. 25 p.2(8))',
  up(db) {
    db.exec(`
      -- One row per breach; its history is the audit log (entity_type 'breach').
      -- description and measures are free text that can name people: never logged, never synced.
      CREATE TABLE breaches (
        id                     TEXT PRIMARY KEY,            -- BR-2026-0001, numbered per year
        year                   INTEGER NOT NULL,
        seq                    INTEGER NOT NULL,
        detected_at            TEXT NOT NULL,               -- the instant, as entered
        detected_on            TEXT NOT NULL,               -- its Almaty date: the clock starts here
        due_on                 TEXT NOT NULL,               -- notify the authorized body by then
        deadline_warnings      TEXT NOT NULL DEFAULT '[]',  -- e.g. ["calendar_provisional:2027"]
        description            TEXT NOT NULL,
        categories             TEXT NOT NULL,               -- JSON array of category codes
        subjects_approx        INTEGER,
        measures               TEXT NOT NULL DEFAULT '[]',  -- JSON array of texts
        state                  TEXT NOT NULL CHECK (state IN ('open', 'authority_notified', 'closed')),
        authority_notified_at  TEXT,
        authority_method       TEXT,
        authority_reference    TEXT,
        subjects_notice        TEXT NOT NULL DEFAULT 'undecided'
                               CHECK (subjects_notice IN ('undecided', 'notify', 'not_required')),
        subjects_notice_reason TEXT,
        created_at             TEXT NOT NULL,
        created_by             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX breaches_running ON breaches(due_on) WHERE state = 'open';
    `);
  },
};
