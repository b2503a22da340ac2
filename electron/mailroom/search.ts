// Search over both registers: FTS5 ids newest first, then the rows (IIN masked), merged by date.
import type { SearchHit, SearchParsed } from '../../common/contract/mailroom';
import { incomingRowsByIds } from './sql/incoming';
import { outgoingRowsByIds } from './sql/outgoing';
import { buildFtsQuery, searchIds } from './sql/search';
import type { DB } from '../sql/server';

type Found = { hits: SearchHit[]; hasMore: boolean };
type OneRegister = 'incoming' | 'outgoing';

export function searchRegisters(db: DB, q: SearchParsed): Found {
  if (!buildFtsQuery(q.query)) return { hits: [], hasMore: false };
  const which = q.register ?? 'all';
  const registers: OneRegister[] = which === 'all' ? ['incoming', 'outgoing'] : [which];
  return mergeSearchHits(
    registers.map((register) => searchOneRegister(db, register, q)),
    q.limit ?? 50,
  );
}

/** One register's hits, at most a page, newest registration first. */
function searchOneRegister(db: DB, register: OneRegister, q: SearchParsed): Found {
  const limit = q.limit ?? 50;
  const ids = searchIds(db, register, q.query, limit + 1);
  const page = ids.slice(0, limit);
  const hits: SearchHit[] =
    register === 'incoming'
      ? incomingRowsByIds(db, page).map((r) => ({
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
        }))
      : outgoingRowsByIds(db, page).map((r) => ({
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
        }));
  return { hits, hasMore: ids.length > limit };
}

/**
 * The registers' hits as one page: newest day first; within a day outgoing before incoming (a
 * reply follows the letter), then newest id. Also joins the halves of a search split across two
 * readers (searchParts), so both ways give the same page.
 */
export function mergeSearchHits(parts: Found[], limit: number): Found {
  const hits = parts.flatMap((p) => p.hits);
  let more = parts.some((p) => p.hasMore);
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
