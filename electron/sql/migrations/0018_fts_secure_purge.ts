import type { Migration } from './index';
import { FOLDED_FTS_0012, foldedColumns, recreateFoldedFts } from './0012_search_fold';

// Purged words leave the full-text index when the letter is wiped, with no merge afterwards (issue
// #18: the purge merged each whole index into one segment, minutes of I/O at a million letters).
// On a contentless_delete=1 table a DELETE only records the rowid in a tombstone: FTS5 does not
// know the row's tokens, so 'secure-delete' (sqlite.org/fts5.html, "The secure-delete
// Configuration Option") has nothing to remove and the words stay readable in the segment pages
// until a merge rewrites them (tests/integration/purge-fts-residue.test.ts shows both). A plain
// contentless table is told the old values with the 'delete' command, and with secure-delete on
// FTS5 then removes exactly those entries from the pages they sit in; PRAGMA secure_delete zeroes
// the bytes SQLite frees. The old values are the row's columns folded exactly as the insert
// trigger folded them (0012), so the delete always names what was indexed.
export const m0018_fts_secure_purge: Migration = {
  version: 18,
  name: 'mailroom: full-text rows deleted by value, so secure-delete removes their words at once',
  up(db) {
    for (const t of FOLDED_FTS_0012) {
      const { names, values } = foldedColumns(t);
      const prefix = t.fts.replace('_fts', '');
      const remove = `INSERT INTO ${t.fts}(${t.fts}, rowid, ${names}) VALUES ('delete', old.id,\n          ${values('old.')});`;
      db.exec(`
        DROP TRIGGER ${prefix}_fts_update;
        DROP TRIGGER ${prefix}_fts_delete;
        ${recreateFoldedFts(t, "content = ''")}
        CREATE TRIGGER ${prefix}_fts_update AFTER UPDATE OF ${t.watched} ON ${t.source} BEGIN
          ${remove}
          INSERT INTO ${t.fts}(rowid, ${names}) VALUES (new.id,\n          ${values('new.')});
        END;
        CREATE TRIGGER ${prefix}_fts_delete AFTER DELETE ON ${t.source} BEGIN
          ${remove}
        END;
      `);
    }
  },
};
