import type { Migration } from './index';

/**
 * The correction history of register entries: one row per changed field, with its value before
 * and after (personal data, like the entry itself: shown on the record, wiped with it by a purge;
 * the audit log names the fields only). Written only inside an audited transaction.
 */
export const m0011_mail_corrections: Migration = {
  version: 11,
  name: 'register corrections: the fields changed, before and after',
  up(db) {
    const guards = (['INSERT', 'UPDATE', 'DELETE'] as const).map(
      (ev) => `CREATE TRIGGER mail_corrections_audited_${ev.toLowerCase()} BEFORE ${ev} ON mail_corrections
        WHEN NOT EXISTS (SELECT 1 FROM audit_tx) BEGIN SELECT RAISE(ABORT, 'audit_required'); END;`,
    );
    db.exec(`
      CREATE TABLE mail_corrections (
        id        INTEGER PRIMARY KEY,
        register  TEXT NOT NULL CHECK (register IN ('incoming', 'outgoing')),
        letter_id INTEGER NOT NULL,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        field     TEXT NOT NULL,
        before    TEXT,
        after     TEXT
      ) STRICT;
      CREATE INDEX mail_corrections_letter ON mail_corrections(register, letter_id, id);
      ${guards.join('\n      ')}
    `);
  },
};
