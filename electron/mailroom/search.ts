// Search over both registers: FTS5 ids newest first, then the rows (IIN masked), merged by date.
import type { SearchHit, SearchParsed } from '../../common/contract/mailroom';
import { incomingRowsByIds } from './sql/incoming';
import { outgoingRowsByIds } from './sql/outgoing';
import { buildFtsQuery, searchIds } from './sql/search';
import type { DB } from '../sql/server';

export function searchRegisters(db: DB, q: SearchParsed): { hits: SearchHit[]; hasMore: boolean } {
  if (!buildFtsQuery(q.query)) return { hits: [], hasMore: false };
  const limit = q.limit ?? 50;
  const which = q.register ?? 'all';
  const hits: SearchHit[] = [];
  let more = false;
  if (which !== 'outgoing') {
    const ids = searchIds(db, 'incoming', q.query, limit + 1);
    if (ids.length > limit) more = true;
    for (const r of incomingRowsByIds(db, ids.slice(0, limit))) {
      hits.push({
        register: 'incoming',
        id: r.id,
        number: r.incomingNo,
        at: r.receivedAt,
        date: r.receivedDate,
        name: r.sender.name,
        iinMasked: r.sender.iinMasked,
        summary: r.summary,
        trackingNumber: r.trackingNumber,
        status: r.status,
      });
    }
  }
  if (which !== 'incoming') {
    const ids = searchIds(db, 'outgoing', q.query, limit + 1);
    if (ids.length > limit) more = true;
    for (const r of outgoingRowsByIds(db, ids.slice(0, limit))) {
      hits.push({
        register: 'outgoing',
        id: r.id,
        number: r.outgoingNo,
        at: r.date,
        date: r.date,
        name: r.addressee.name,
        iinMasked: null,
        summary: r.summary,
        trackingNumber: r.trackingNumber,
        status: r.status,
      });
    }
  }
  // Newest day first; within a day outgoing before incoming (a reply follows the letter), then newest id.
  const rank = (h: SearchHit) => (h.register === 'outgoing' ? 0 : 1);
  hits.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : rank(a) !== rank(b) ? rank(a) - rank(b) : b.id - a.id,
  );
  if (hits.length > limit) {
    hits.length = limit;
    more = true;
  }
  return { hits, hasMore: more };
}
