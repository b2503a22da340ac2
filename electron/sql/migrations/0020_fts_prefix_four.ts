import type { Migration } from './index';
import { FOLDED_FTS_0012, recreateFoldedFts } from './0012_search_fold';
import { m0019_fts_merge_off_commit } from './0019_fts_merge_off_commit';

/**
 * Search as the clerk types (issue 18): four letters is where a typed word most often stands
 * («сейт», «абай», «ольг»), and with prefix indexes of 2, 3 and 5 letters only a 3-letter
 * beginning could be streamed and every candidate checked against the rest: 4-5 ms a register at a
 * million letters. A 4-letter prefix index streams those words as they are. It adds about a
 * quarter to the index (each prefix length indexes every longer word once more).
 *
 * The tables are rebuilt as 0018 left them (contentless, deleted by value, secure-delete), and
 * FTS5's automerge stays off as 0019 set it: a rebuilt table starts with the default of 4.
 */
export const m0020_fts_prefix_four: Migration = {
  version: 20,
  name: 'mailroom: full-text indexes stream 4-letter beginnings of words',
  up(db) {
    for (const t of FOLDED_FTS_0012) db.exec(recreateFoldedFts(t, "content = ''", '2 3 4 5'));
    m0019_fts_merge_off_commit.up(db);
  },
};
