// The mailroom's part of a purge, in SQL: a letter's personal data wiped in place (the number,
// dates, channel and tracking number stay), its scans deleted, the full-text indexes merged.
import type { DB } from '../../sql/server';
import { deleteCorrections } from './corrections';

/**
 * Wipes an incoming letter's personal data: sender name, IIN and address, summary, enclosures
 * and notes (the number, dates, channel and tracking number stay). The mailroom's update trigger
 * replaces the letter's full-text row, and FTS5 secure-delete removes the old tokens.
 */
export function wipeIncomingLetter(db: DB, id: number, now: string): number {
  // The correction history holds earlier values of the same fields.
  deleteCorrections(db, 'incoming', id);
  return db
    .prepare(
      `UPDATE incoming_letters SET sender_name = '', sender_sort = '', sender_iin = NULL, sender_address = NULL,
         sender_ref_number = NULL, summary = '', enclosures = NULL, notes = NULL, cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE '' END,
         updated_at = ?
       WHERE id = ?`,
    )
    .run(now, id).changes;
}

/** Wipes an outgoing letter's addressee, summary and notes (number, date, method stay). */
export function wipeOutgoingLetter(db: DB, id: number, now: string): number {
  deleteCorrections(db, 'outgoing', id);
  return db
    .prepare(
      `UPDATE outgoing_letters SET addressee_name = '', addressee_sort = '', addressee_address = NULL, summary = '',
         notes = NULL, status_note = NULL, cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE '' END,
         updated_at = ?
       WHERE id = ?`,
    )
    .run(now, id).changes;
}

/** Deletes the scans of incoming (or outgoing) letters; returns how many. */
export function deleteScansOf(db: DB, register: 'incoming' | 'outgoing', ids: readonly number[]): number {
  if (ids.length === 0) return 0;
  const col = register === 'incoming' ? 'incoming_id' : 'outgoing_id';
  return db.prepare(`DELETE FROM mail_scans WHERE ${col} IN (${ids.map(() => '?').join(', ')})`).run(...ids)
    .changes;
}

const MAIL_FTS = ['incoming_fts', 'outgoing_fts'] as const;
/**
 * Pages one merge step writes at most: each step is a turn of the core worker that a call may wait
 * behind. 128 took 40-90 ms at a million letters; 32 keeps a step near 15 ms.
 */
export const FTS_MERGE_PAGES = 32;

function hasTable(db: DB, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'").get(name);
}

/**
 * Merges each full-text index into one segment, so deleted tokens leave the index's pages too,
 * one bounded step at a time: FTS5's 'merge' with a negative page count is an incremental
 * 'optimize' (sqlite.org/fts5.html, the 'merge' command), and once it writes fewer than two rows
 * the index is one segment, as 'optimize' leaves it. Run step by step in short transactions, the
 * purge's merge never holds the writer for seconds at a million letters.
 */
export function mergeMailFtsStep(db: DB, pages = FTS_MERGE_PAGES): { tables: string[]; more: boolean } {
  const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const tables: string[] = [];
  let more = false;
  for (const t of MAIL_FTS) {
    if (!hasTable(db, t)) continue;
    const before = changes();
    db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('merge', ?)`).run(-pages);
    if (changes() - before >= 2) more = true;
    tables.push(t);
  }
  return { tables, more };
}
