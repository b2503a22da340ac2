// The requests group of the header search (issue 19, item 11): requests found by the subject's
// name (folded as the registers fold it: «жумабаев», «zhumabaev» find «Жұмабаев»), the last digits
// of the subject's IIN, or the request number. An office holds thousands of requests, not
// millions, so the subjects are matched here rather than through a full-text index.
import type { RequestSummary } from '../../common/contract/requests';
import { normalizeIin } from '../../common/identifiers/iin';
import { textsMatch } from '../mailroom';
import type { Server } from '../sql/server';
import { REQUEST_SELECT, type RequestRow } from './sql/requests';
import { summarize } from './view';

/** The shortest run of digits taken as the end of an IIN (fewer would find half the office). */
const MIN_IIN_TAIL = 4;

export function searchRequests(
  server: Server,
  q: { query: string; limit: number },
): { items: RequestSummary[]; hasMore: boolean } {
  const now = server.now();
  return server.read((db) => {
    const digits = /^[\d\s]+$/.test(q.query) ? normalizeIin(q.query) : '';
    const candidates = db
      .prepare(
        `SELECT r.id, s.name, s.iin FROM requests r LEFT JOIN request_subjects s ON s.request_id = r.id
         WHERE r.purged_at IS NULL ORDER BY r.received_at DESC, r.id DESC`,
      )
      .all() as { id: string; name: string | null; iin: string | null }[];
    const ids: string[] = [];
    for (const c of candidates) {
      const byIin = digits.length >= MIN_IIN_TAIL && !!c.iin?.endsWith(digits);
      if (byIin || textsMatch([c.id, c.name ?? ''], q.query)) ids.push(c.id);
      if (ids.length > q.limit) break;
    }
    const hasMore = ids.length > q.limit;
    const shown = ids.slice(0, q.limit);
    if (shown.length === 0) return { items: [], hasMore };
    const rows = db
      .prepare(`SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(shown)) as RequestRow[];
    const order = new Map(shown.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { items: summarize(db, rows, now), hasMore };
  });
}
