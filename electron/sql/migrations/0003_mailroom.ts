import type { Migration } from './index';

// Channel and language lists are repeated from common/contract/mailroom.ts on purpose: a released
// migration never changes, even when the contract grows (a later migration widens the CHECK).
const COUNTERS = `
      -- The last number given per register and year. Incremented inside the write transaction
      -- that registers the letter (BEGIN IMMEDIATE serialises writers, across processes too),
      -- so numbers are gap-free and never given twice.
      CREATE TABLE register_counters (
        register TEXT NOT NULL CHECK (register IN ('incoming', 'outgoing')),
        year     INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
        PRIMARY KEY (register, year)
      ) STRICT, WITHOUT ROWID;
`;

/** A register table: the columns both registers open and close with, `own` between them. */
function letterTable(table: string, own: string, after: string): string {
  return `
      CREATE TABLE ${table} (
        id                INTEGER PRIMARY KEY,
        uid               TEXT NOT NULL UNIQUE,
        year              INTEGER NOT NULL,
        seq               INTEGER NOT NULL CHECK (seq > 0),
${own}        cancelled_at      TEXT,
        cancelled_by      TEXT,
        cancel_reason     TEXT,
        created_at        TEXT NOT NULL,
        created_by        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (year, seq),
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      ) STRICT;
${after}`;
}

const INCOMING = letterTable(
  'incoming_letters',
  `        incoming_no       TEXT NOT NULL UNIQUE,
        received_at       TEXT NOT NULL,   -- ISO instant, UTC: sorts as time
        received_date     TEXT NOT NULL,   -- Almaty calendar date
        channel           TEXT NOT NULL CHECK (channel IN ('registered_mail', 'courier', 'by_hand', 'electronic')),
        tracking_number   TEXT,
        tracking_warning  TEXT CHECK (tracking_warning IN ('tracking_check_digit', 'tracking_format')),
        courier_company   TEXT,
        waybill           TEXT,
        sender_kind       TEXT CHECK (sender_kind IN ('person', 'organization')),
        sender_name       TEXT NOT NULL,
        sender_sort       TEXT NOT NULL,   -- nameSortKey(sender_name): Kazakh alphabetical order, duplicate lookup
        sender_iin        TEXT,
        sender_address    TEXT,
        sender_ref_number TEXT,
        sender_ref_date   TEXT,
        document_type     TEXT,
        language          TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en', 'other')),
        summary           TEXT NOT NULL,
        sheets            INTEGER CHECK (sheets >= 0),
        enclosures        TEXT,
        notes             TEXT,
        assigned_to       TEXT,
        due_date          TEXT,
        status            TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'answered', 'cancelled')),
        reply_outgoing_no TEXT,
`,
  `      -- One index per list order and filter; each ends (implicitly) with the rowid, so
      -- "ORDER BY received_at, id LIMIT n" walks an index and never sorts a million rows.
      CREATE INDEX incoming_received ON incoming_letters(received_at);
      CREATE INDEX incoming_channel_received ON incoming_letters(channel, received_at);
      CREATE INDEX incoming_status_received ON incoming_letters(status, received_at);
      CREATE INDEX incoming_assigned_received ON incoming_letters(assigned_to, received_at);
      CREATE INDEX incoming_sender ON incoming_letters(sender_sort, received_at);
      CREATE INDEX incoming_tracking ON incoming_letters(tracking_number) WHERE tracking_number IS NOT NULL;
`,
);

const OUTGOING = letterTable(
  'outgoing_letters',
  `        outgoing_no       TEXT NOT NULL UNIQUE,
        date              TEXT NOT NULL,   -- register date, Almaty calendar date
        registered_at     TEXT NOT NULL,
        addressee_kind    TEXT CHECK (addressee_kind IN ('person', 'organization')),
        addressee_name    TEXT NOT NULL,
        addressee_sort    TEXT NOT NULL,
        addressee_address TEXT,
        summary           TEXT NOT NULL,
        signatory         TEXT,
        in_reply_to_id    INTEGER REFERENCES incoming_letters(id),
        in_reply_to_no    TEXT,
        method            TEXT NOT NULL CHECK (method IN ('registered_mail', 'courier', 'by_hand', 'electronic')),
        tracking_number   TEXT,
        tracking_warning  TEXT CHECK (tracking_warning IN ('tracking_check_digit', 'tracking_format')),
        courier_company   TEXT,
        waybill           TEXT,
        sheets            INTEGER CHECK (sheets >= 0),
        language          TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        status            TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'returned', 'cancelled')),
        sent_at           TEXT,
        returned_at       TEXT,
        status_note       TEXT,
        request_id        TEXT,
        notes             TEXT,
`,
  `      CREATE INDEX outgoing_date ON outgoing_letters(date);
      CREATE INDEX outgoing_method_date ON outgoing_letters(method, date);
      CREATE INDEX outgoing_status_date ON outgoing_letters(status, date);
      CREATE INDEX outgoing_signatory_date ON outgoing_letters(signatory, date);
      CREATE INDEX outgoing_addressee ON outgoing_letters(addressee_sort, date);
      CREATE INDEX outgoing_reply ON outgoing_letters(in_reply_to_id) WHERE in_reply_to_id IS NOT NULL;
      CREATE INDEX outgoing_tracking ON outgoing_letters(tracking_number) WHERE tracking_number IS NOT NULL;
`,
);

const SCANS = `
      -- Scans live inside the encrypted database; the bytes are the last column so listing the
      -- metadata never reads them. label is the original file name, shown, never used as a path.
      CREATE TABLE mail_scans (
        id          INTEGER PRIMARY KEY,
        incoming_id INTEGER REFERENCES incoming_letters(id) ON DELETE CASCADE,
        outgoing_id INTEGER REFERENCES outgoing_letters(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('envelope', 'letter', 'enclosure', 'other')),
        label       TEXT NOT NULL,
        mime        TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')),
        bytes       INTEGER NOT NULL CHECK (bytes > 0),
        sha256      TEXT NOT NULL,
        added_at    TEXT NOT NULL,
        added_by    TEXT NOT NULL,
        data        BLOB NOT NULL,
        CHECK ((incoming_id IS NULL) <> (outgoing_id IS NULL))
      ) STRICT;
      CREATE INDEX mail_scans_incoming ON mail_scans(incoming_id);
      CREATE INDEX mail_scans_outgoing ON mail_scans(outgoing_id);
`;

/** A register's full-text index and the triggers that keep it in step with the table. */
function searchIndex(
  register: string,
  party: string,
  refs: string,
  values: string,
  updateOf: string,
): string {
  const fts = `${register}_fts`;
  const insert = `INSERT INTO ${fts}(rowid, refs, ${party}, address, summary, notes) VALUES (
          new.id,
          concat_ws(' ', ${refs}),
          ${values});`;
  return `
      CREATE VIRTUAL TABLE ${fts} USING fts5(
        refs, ${party}, address, summary, notes,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
      );
      INSERT INTO ${fts}(${fts}, rank) VALUES ('secure-delete', 1);
      CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${register}_letters BEGIN
        ${insert}
      END;
      CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${updateOf}
        ON ${register}_letters BEGIN
        DELETE FROM ${fts} WHERE rowid = old.id;
        ${insert}
      END;
      CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${register}_letters BEGIN
        DELETE FROM ${fts} WHERE rowid = old.id;
      END;
`;
}

const INCOMING_SEARCH =
  `
      -- Full-text search. Contentless-delete FTS5 tables (the text stays in the register tables
      -- only) kept in step by triggers, inside the same transaction as the change. unicode61
      -- folds case for Cyrillic, Kazakh letters included (Сейтқали = сейтқали); diacritics are
      -- kept so that й, ё and the Kazakh letters stay distinct. secure-delete makes a DELETE
      -- remove a row's tokens from the index itself, so a purge leaves no trace there:
      --   DELETE FROM incoming_fts WHERE rowid = :id   (the delete trigger does it for a purged row).` +
  searchIndex(
    'incoming',
    'sender',
    'new.incoming_no, new.seq, new.tracking_number, new.courier_company, new.waybill, new.sender_iin, new.sender_ref_number',
    `new.sender_name, new.sender_address,
          concat_ws(' ', new.summary, new.document_type, new.enclosures), new.notes`,
    `incoming_no, seq, tracking_number, courier_company, waybill,
          sender_iin, sender_ref_number, sender_name, sender_address, summary, document_type, enclosures, notes`,
  );

const OUTGOING_SEARCH = searchIndex(
  'outgoing',
  'addressee',
  'new.outgoing_no, new.seq, new.in_reply_to_no, new.tracking_number, new.courier_company, new.waybill',
  "new.addressee_name, new.addressee_address, new.summary, concat_ws(' ', new.signatory, new.notes)",
  `outgoing_no, seq, in_reply_to_no, tracking_number, courier_company,
          waybill, addressee_name, addressee_address, summary, signatory, notes`,
);

export const m0003_mailroom: Migration = {
  version: 3,
  name: 'mailroom: incoming and outgoing registers, number counters, scans, full-text search',
  up(db) {
    // One statement group at a time, in the order they were released.
    for (const step of [COUNTERS, INCOMING, OUTGOING, SCANS, INCOMING_SEARCH, OUTGOING_SEARCH]) db.exec(step);
  },
};
