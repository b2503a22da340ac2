// The mailroom's part of a purge, in SQL: a letter's personal data wiped in place (the number,
// dates, channel and tracking number stay), its scans deleted.
import type { DB } from '../../sql/server';
import { deleteCorrections } from './corrections';

/**
 * Wipes an incoming letter's personal data: sender name, IIN and address, summary, enclosures
 * and notes (the number, dates, channel and tracking number stay). The mailroom's update trigger
 * replaces the letter's full-text row: it deletes the old row by value, and FTS5 secure-delete
 * removes those words from the index pages at once (migration 0018), so no merge is needed.
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
