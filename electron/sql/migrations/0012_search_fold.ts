import { sqlFold } from '../../../common/mailroom/search-fold';
import type { Migration } from './index';

// Search tolerant of the Russian keyboard for Kazakh letters and of Latin transliteration (issue
// 19): the full-text tables hold folded text (common/mailroom/search-fold.ts) and queries are
// folded the same way. The triggers of 0003 are replaced by ones that fold, and the tables are
// rebuilt from the registers (contentless tables cannot 'rebuild').
const INCOMING = {
  refs: (r: string) =>
    `concat_ws(' ', ${r}incoming_no, ${r}seq, ${r}tracking_number, ${r}courier_company, ${r}waybill, ${r}sender_iin, ${r}sender_ref_number)`,
  sender: (r: string) => `${r}sender_name`,
  address: (r: string) => `${r}sender_address`,
  summary: (r: string) => `concat_ws(' ', ${r}summary, ${r}document_type, ${r}enclosures)`,
  notes: (r: string) => `${r}notes`,
};
const OUTGOING = {
  refs: (r: string) =>
    `concat_ws(' ', ${r}outgoing_no, ${r}seq, ${r}in_reply_to_no, ${r}tracking_number, ${r}courier_company, ${r}waybill)`,
  addressee: (r: string) => `${r}addressee_name`,
  address: (r: string) => `${r}addressee_address`,
  summary: (r: string) => `${r}summary`,
  notes: (r: string) => `concat_ws(' ', ${r}signatory, ${r}notes)`,
};

/** The folded full-text tables: their source register, columns and the watched source columns (0018 reuses them). */
export const FOLDED_FTS_0012 = [
  {
    fts: 'incoming_fts',
    source: 'incoming_letters',
    columns: INCOMING,
    watched:
      'incoming_no, seq, tracking_number, courier_company, waybill, sender_iin, sender_ref_number, sender_name, sender_address, summary, document_type, enclosures, notes',
  },
  {
    fts: 'outgoing_fts',
    source: 'outgoing_letters',
    columns: OUTGOING,
    watched:
      'outgoing_no, seq, in_reply_to_no, tracking_number, courier_company, waybill, addressee_name, addressee_address, summary, signatory, notes',
  },
];

type FoldedFts = (typeof FOLDED_FTS_0012)[number];

/** A table's column names, and its folded values read from a row prefix ('new.', 'old.' or ''). */
export function foldedColumns(t: FoldedFts) {
  return {
    names: Object.keys(t.columns).join(', '),
    values: (r: string) =>
      Object.values(t.columns)
        .map((c) => sqlFold(c(r)))
        .join(',\n          '),
  };
}

/**
 * Drops a folded full-text table and creates it again with `content` and prefix indexes of
 * `prefix` letters, filled from its register.
 */
export function recreateFoldedFts(t: FoldedFts, content: string, prefix = '2 3 5'): string {
  const { names, values } = foldedColumns(t);
  return `
        DROP TABLE ${t.fts};
        CREATE VIRTUAL TABLE ${t.fts} USING fts5(
          ${names},
          ${content}, tokenize = 'unicode61 remove_diacritics 0', prefix = '${prefix}'
        );
        INSERT INTO ${t.fts}(${t.fts}, rank) VALUES ('secure-delete', 1);
        INSERT INTO ${t.fts}(rowid, ${names}) SELECT id, ${values('')} FROM ${t.source};`;
}

export const m0012_search_fold: Migration = {
  version: 12,
  name: 'mailroom: full-text indexes of folded text (Kazakh letters, ё/й/ы/э, transliteration)',
  up(db) {
    for (const t of FOLDED_FTS_0012) {
      const { names, values } = foldedColumns(t);
      const insert = `INSERT INTO ${t.fts}(rowid, ${names}) VALUES (new.id,\n          ${values('new.')});`;
      const prefix = t.fts.replace('_fts', '');
      db.exec(`
        DROP TRIGGER ${prefix}_fts_insert;
        DROP TRIGGER ${prefix}_fts_update;
        ${recreateFoldedFts(t, "content = '', contentless_delete = 1")}
        CREATE TRIGGER ${prefix}_fts_insert AFTER INSERT ON ${t.source} BEGIN
          ${insert}
        END;
        CREATE TRIGGER ${prefix}_fts_update AFTER UPDATE OF ${t.watched} ON ${t.source} BEGIN
          DELETE FROM ${t.fts} WHERE rowid = old.id;
          ${insert}
        END;
      `);
    }
  },
};
