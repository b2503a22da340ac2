// Reading requests: lists (paged, filtered, sorted) and the request page.
import type { RequestDetail, RequestSummary } from '../../common/contract/requests';
import { normalizeIin } from '../../common/identifiers/iin';
import type { ListRequestsInput } from '../../common/requests/schemas';
import { listRequestRows } from './sql/lists';
import type { Server } from '../sql/server';
import { almatyDay } from '../../common/time/almaty';
import { matchKey } from '../../common/mailroom/text';
import { requireRequest } from './lifecycle';
import { detailOf, summarize } from './view';

export function listRequests(
  server: Server,
  q: ListRequestsInput,
): { items: RequestSummary[]; total: number; today: string } {
  const now = server.now();
  return server.read((db) => {
    const search = q.search
      ? { text: /^[\d\s]+$/.test(q.search) ? normalizeIin(q.search) : q.search, nameKey: matchKey(q.search) }
      : undefined;
    const { rows, total } = listRequestRows(
      db,
      {
        ...(q.state ? { states: Array.isArray(q.state) ? q.state : [q.state] } : {}),
        ...(q.type ? { types: Array.isArray(q.type) ? q.type : [q.type] } : {}),
        ...(q.running !== undefined ? { running: q.running } : {}),
        ...(q.officer !== undefined ? { officer: q.officer } : {}),
        ...(q.dueBefore ? { dueBefore: q.dueBefore } : {}),
        ...(q.dueFrom ? { dueFrom: q.dueFrom } : {}),
        ...(q.receivedFrom ? { receivedFrom: q.receivedFrom } : {}),
        ...(q.receivedTo ? { receivedTo: q.receivedTo } : {}),
        ...(search ? { search } : {}),
        includePurged: q.includePurged,
      },
      { sort: q.sort, order: q.order, limit: q.limit, offset: q.offset },
    );
    return { items: summarize(db, rows, now), total, today: almatyDay(now) };
  });
}

export function getRequest(server: Server, ref: string): RequestDetail {
  return server.read((db) => detailOf(db, requireRequest(db, ref), server.now()));
}
