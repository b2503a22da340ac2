import type { Migration } from './index';

export const m0005_letters: Migration = {
  version: 5,
  name: 'letters: template versions, generated letters and their DOCX versions',
  up(db) {
    db.exec(`
      -- Every version of every letter template an administrator saved, and the shipped defaults
      -- once a letter used them. Never changed: a letter names the version it was written with.
      CREATE TABLE letter_templates (
        kind       TEXT NOT NULL,
        lang       TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
        version    INTEGER NOT NULL CHECK (version >= 1),
        origin     TEXT NOT NULL CHECK (origin IN ('shipped', 'admin')),
        source     TEXT NOT NULL,
        sha256     TEXT NOT NULL,
        note       TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        PRIMARY KEY (kind, lang, version)
      ) STRICT;
      CREATE TRIGGER letter_templates_no_update BEFORE UPDATE ON letter_templates
        BEGIN SELECT RAISE(ABORT, 'letter template versions are never changed'); END;
      CREATE TRIGGER letter_templates_no_delete BEFORE DELETE ON letter_templates
        BEGIN SELECT RAISE(ABORT, 'letter template versions are never deleted'); END;

      -- A reply letter: one Исх. № in the outgoing register, regenerated as new versions until sent.
      CREATE TABLE letters (
        id            TEXT PRIMARY KEY,
        request_id    TEXT,
        kind          TEXT NOT NULL,
        outgoing_id   INTEGER NOT NULL UNIQUE REFERENCES outgoing_letters(id),
        outgoing_no   TEXT NOT NULL UNIQUE,
        incoming_no   TEXT NOT NULL,
        version       INTEGER NOT NULL CHECK (version >= 1),
        created_at    TEXT NOT NULL,
        created_by    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX letters_request ON letters(request_id, created_at) WHERE request_id IS NOT NULL;
      CREATE INDEX letters_created ON letters(created_at);

      -- Each version: the data it was rendered from, the letter as structured text (preview) and
      -- the DOCX. Personal data: the request purge must clear input, composed and docx of a purged
      -- subject's letters.
      CREATE TABLE letter_versions (
        letter_id        TEXT NOT NULL REFERENCES letters(id),
        version          INTEGER NOT NULL,
        kind             TEXT NOT NULL,
        lang             TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        input            TEXT NOT NULL,
        composed         TEXT NOT NULL,
        docx             BLOB NOT NULL,
        sha256           TEXT NOT NULL,
        bytes            INTEGER NOT NULL,
        created_at       TEXT NOT NULL,
        created_by       TEXT NOT NULL,
        PRIMARY KEY (letter_id, version),
        FOREIGN KEY (kind, lang, template_version) REFERENCES letter_templates(kind, lang, version)
      ) STRICT;
    `);
  },
};
