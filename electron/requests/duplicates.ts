// Duplicate detection before a request is saved: an open request (not closed or cancelled) of
// the same type for the same IIN, or for the same name and address, or from the same letter.
import { matchKey } from '../../common/mailroom/text';
import { findOpenDuplicates } from './sql/lists';
import type { DB } from '../sql/server';

/** Addresses also ignore punctuation: "Абай даңғылы 10, 25 пәтер" = "Абай даңғылы 10 25 пәтер". */
export function addressKey(address: string | null | undefined): string | null {
  if (!address) return null;
  const k = matchKey(address)
    .replace(/[.,;:№#()/\\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return k || null;
}

export type DuplicateMatch = 'iin' | 'name_address' | 'letter';

export function findDuplicates(
  db: DB,
  q: {
    type: string;
    iin?: string | null;
    name?: string | null;
    address?: string | null;
    letterIds?: readonly number[];
    excludeId?: string | null;
  },
): Array<{ id: string; match: DuplicateMatch }> {
  const found = new Map<string, DuplicateMatch>();
  const nk = q.name ? matchKey(q.name) : '';
  const ak = addressKey(q.address);
  for (const d of findOpenDuplicates(db, {
    type: q.type,
    iin: q.iin ?? null,
    nameKey: nk,
    addressKey: nk ? ak : null,
    ...(q.excludeId ? { excludeId: q.excludeId } : {}),
  })) {
    found.set(d.id, d.match);
  }
  if (q.letterIds?.length) {
    const rows = db
      .prepare(
        `SELECT DISTINCT r.id FROM request_letters rl JOIN requests r ON r.id = rl.request_id
         WHERE rl.letter_id IN (${q.letterIds.map(() => '?').join(', ')}) AND r.type = ?
           AND r.state NOT IN ('closed', 'cancelled') AND r.id <> ? ORDER BY r.id`,
      )
      .all(...q.letterIds, q.type, q.excludeId ?? '') as { id: string }[];
    for (const r of rows) if (!found.has(r.id)) found.set(r.id, 'letter');
  }
  return [...found].map(([id, match]) => ({ id, match }));
}
