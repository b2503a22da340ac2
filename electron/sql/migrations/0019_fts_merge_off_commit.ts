import type { Migration } from './index';

/**
 * Intake writes at a million letters (issue 18): p95 24 ms against a median of 6. With FTS5's
 * default automerge every commit adds a segment and every 4th, 16th, 64th… commit merges them
 * inside that commit (at a million letters one in 64 wrote ~780 pages, 35-40 ms). The core worker
 * now merges between calls (electron/app/index-merges.ts); FTS5's crisis merge (16 segments on one
 * level) still bounds the segments where nothing merges in the background (the CLI, tests).
 */
export const m0019_fts_merge_off_commit: Migration = {
  version: 19,
  name: 'mailroom: full-text segments merged between calls, not inside a commit',
  up(db) {
    for (const t of ['incoming_fts', 'outgoing_fts'])
      db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('automerge', 0)`);
  },
};
