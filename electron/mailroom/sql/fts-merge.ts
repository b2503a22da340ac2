// The registers' full-text indexes merged between calls (migration 0019 turned FTS5's automerge
// off): what automerge did inside one commit in 64, done in short steps when the writer is free.
import type { DB } from '../../sql/server';

/** The registers' full-text tables. */
export const MAIL_FTS = ['incoming_fts', 'outgoing_fts'] as const;

/**
 * Pages one step writes at most: a write that arrives meanwhile waits for the step, so it is kept
 * short (32 pages took ~15 ms at a million letters).
 */
export const MERGE_STEP_PAGES = 32;

/**
 * One step of FTS5's 'merge' with a positive page count on each index: it merges only where a
 * level holds 'usermerge' segments (4), exactly the merges automerge would have made, and does at
 * most that many pages of work; fewer than two changes mean there was nothing to merge
 * (sqlite.org/fts5.html, the 'merge' command). True while there may be more to do.
 */
export function mergeMailIndexStep(db: DB, pages = MERGE_STEP_PAGES): boolean {
  const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let more = false;
  for (const t of MAIL_FTS) {
    const before = changes();
    db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('merge', ${Math.trunc(pages)})`);
    if (changes() - before >= 2) more = true;
  }
  return more;
}
