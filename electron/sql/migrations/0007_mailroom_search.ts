import type { Migration } from './index';

// Search as you type at a million letters: FTS5 answers a prefix query from a prefix index in
// about a millisecond, but without one it first merges the lists of every word with that prefix
// (20-100 ms for a word in a third of all letters). 0003 indexed prefixes of 2 and 3 letters;
// this adds 5, and electron/sql/search.ts checks longer prefixes against candidates found through
// the longest indexed one. The tables are rebuilt from the registers (contentless tables cannot
// 'rebuild'); the triggers of 0003 name the tables, so they keep working unchanged.
const TABLES = [
  {
    fts: 'incoming_fts',
    columns: 'refs, sender, address, summary, notes',
    select: `SELECT id,
      concat_ws(' ', incoming_no, seq, tracking_number, courier_company, waybill, sender_iin, sender_ref_number),
      sender_name, sender_address, concat_ws(' ', summary, document_type, enclosures), notes
      FROM incoming_letters`,
  },
  {
    fts: 'outgoing_fts',
    columns: 'refs, addressee, address, summary, notes',
    select: `SELECT id,
      concat_ws(' ', outgoing_no, seq, in_reply_to_no, tracking_number, courier_company, waybill),
      addressee_name, addressee_address, summary, concat_ws(' ', signatory, notes)
      FROM outgoing_letters`,
  },
];

export const m0007_mailroom_search: Migration = {
  version: 7,
  name: 'mailroom: full-text prefix indexes of 2, 3 and 5 letters',
  up(db) {
    for (const t of TABLES) {
      db.exec(`
        DROP TABLE ${t.fts};
        CREATE VIRTUAL TABLE ${t.fts} USING fts5(
          ${t.columns},
          content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 5'
        );
        INSERT INTO ${t.fts}(${t.fts}, rank) VALUES ('secure-delete', 1);
        INSERT INTO ${t.fts}(rowid, ${t.columns}) ${t.select};
      `);
    }
  },
};
