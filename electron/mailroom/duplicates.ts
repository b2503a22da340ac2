// Duplicate warning before save: the same tracking number already registered (any day), or the
// same sender, received the same Almaty day, with the same summary (case, ё/е and spacing aside).
// Cancelled entries are left out: a letter cancelled as a mistake may be registered again.
import type { DuplicateMatch } from '../../common/contract/mailroom';
import { almatyDay, parseDateTime } from '../../common/time/almaty';
import { matchKey, nameSortKey } from '../../common/mailroom/text';
import { checkTracking } from '../../common/mailroom/tracking';
import { findBySenderAndDay, findByTracking, toIncomingRow } from './sql/incoming';
import type { DB, Server } from '../sql/server';

export interface DuplicateQuery {
  trackingNumber?: string | null | undefined;
  senderName?: string | null | undefined;
  receivedAt?: Date | null | undefined;
  summary?: string | null | undefined;
  excludeId?: number | undefined;
}

export function findDuplicates(db: DB, q: DuplicateQuery, now: Date): DuplicateMatch[] {
  const found = new Map<number, DuplicateMatch>();
  const tracking = q.trackingNumber ? checkTracking(q.trackingNumber) : null;
  if (tracking && tracking.status !== 'empty') {
    for (const r of findByTracking(db, tracking.normalized, q.excludeId)) {
      found.set(r.id, { ...toIncomingRow(r), reasons: ['tracking'] });
    }
  }
  const name = q.senderName?.normalize('NFC').trim();
  const summary = q.summary?.normalize('NFC').trim();
  if (name && summary) {
    const day = almatyDay(q.receivedAt ?? now);
    const key = matchKey(summary);
    for (const r of findBySenderAndDay(db, nameSortKey(name), day, q.excludeId)) {
      if (matchKey(r.summary) !== key) continue;
      const existing = found.get(r.id);
      if (existing) existing.reasons.push('sender_date_summary');
      else found.set(r.id, { ...toIncomingRow(r), reasons: ['sender_date_summary'] });
    }
  }
  return [...found.values()].sort((a, b) => b.id - a.id);
}

/** The check the intake form makes while typing (receivedAt as typed: ISO or Almaty wall time). */
export function checkDuplicates(
  server: Server,
  input: Omit<DuplicateQuery, 'receivedAt'> & { receivedAt?: string | null },
): { matches: DuplicateMatch[] } {
  const receivedAt = input.receivedAt ? parseDateTime(input.receivedAt) : null;
  return { matches: server.read((db) => findDuplicates(db, { ...input, receivedAt }, server.now())) };
}

/** What a DUPLICATE error may carry: numbers, dates and reasons, no names. */
export function duplicateDetails(matches: DuplicateMatch[]): Record<string, unknown> {
  return {
    matches: matches.map((m) => ({
      id: m.id,
      incomingNo: m.incomingNo,
      receivedDate: m.receivedDate,
      status: m.status,
      reasons: m.reasons,
    })),
  };
}
