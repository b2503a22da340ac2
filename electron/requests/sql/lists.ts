// SQL that finds subject requests: possible duplicates of a new one, and the filtered, sorted lists.
import { RUNNING_STATES } from '../../../common/requests/vocab';
import { requestCountTotal } from '../../sql/counts';
import { filterTerms } from '../../sql/paging';
import type { DB } from '../../sql/server';
import { REQUEST_SELECT, type RequestRow } from './requests';

// Duplicates.

/** Open requests (not closed, not cancelled) of a type for the same IIN, or the same name and address. */
export function findOpenDuplicates(
  db: DB,
  q: { type: string; iin: string | null; nameKey: string; addressKey: string | null; excludeId?: string },
): Array<{ id: string; match: 'iin' | 'name_address' }> {
  const found = new Map<string, 'iin' | 'name_address'>();
  const open = "r.state NOT IN ('closed', 'cancelled') AND r.type = @type AND r.id <> @excludeId";
  const params = {
    type: q.type,
    excludeId: q.excludeId ?? '',
    iin: q.iin,
    nameKey: q.nameKey,
    addressKey: q.addressKey,
  };
  if (q.iin) {
    for (const r of db
      .prepare(
        `SELECT r.id FROM request_subjects s JOIN requests r ON r.id = s.request_id WHERE s.iin = @iin AND ${open} ORDER BY r.id`,
      )
      .all(params) as { id: string }[])
      found.set(r.id, 'iin');
  }
  if (q.addressKey) {
    for (const r of db
      .prepare(
        `SELECT r.id FROM request_subjects s JOIN requests r ON r.id = s.request_id
         WHERE s.name_key = @nameKey AND s.address_key = @addressKey AND ${open} ORDER BY r.id`,
      )
      .all(params) as { id: string }[])
      if (!found.has(r.id)) found.set(r.id, 'name_address');
  }
  return [...found].map(([id, match]) => ({ id, match }));
}

// ---------------------------------------------------------------------------------------------
// Lists.

export interface RequestListFilter {
  states?: string[];
  types?: string[];
  running?: boolean;
  officer?: string;
  dueBefore?: string;
  dueFrom?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** Exact request number, Вх. № or IIN, or the start of the subject's name key. */
  search?: { text: string; nameKey: string };
  includePurged?: boolean;
}

const RUNNING = `(${RUNNING_STATES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The list's WHERE. `searchByRowid` names the search's matches by rowid (index only), for a page
 * that walks a sort index testing each entry; `onlySearch`: the search is the only condition.
 */
function whereOf(
  f: RequestListFilter,
  searchByRowid = false,
): { sql: string; params: Record<string, unknown>; onlySearch: boolean } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.states?.length) {
    where.push(`r.state IN (${f.states.map((_, i) => `@st${i}`).join(', ')})`);
    f.states.forEach((s, i) => (params[`st${i}`] = s));
  }
  if (f.types?.length) {
    where.push(`r.type IN (${f.types.map((_, i) => `@ty${i}`).join(', ')})`);
    f.types.forEach((s, i) => (params[`ty${i}`] = s));
  }
  if (f.running) where.push(`r.state IN ${RUNNING}`);
  // Plain comparisons share the registers' term builder; an empty date means no bound.
  const terms = filterTerms('r', [
    { column: 'officer', op: '=', param: 'officer', value: f.officer },
    { column: 'due_on', op: '<=', param: 'dueBefore', value: f.dueBefore || undefined },
    { column: 'due_on', op: '>=', param: 'dueFrom', value: f.dueFrom || undefined },
    { column: 'received_on', op: '>=', param: 'receivedFrom', value: f.receivedFrom || undefined },
    { column: 'received_on', op: '<=', param: 'receivedTo', value: f.receivedTo || undefined },
  ]);
  where.push(...terms.where);
  Object.assign(params, terms.params);
  if (f.includePurged === false) where.push('r.purged_at IS NULL');
  const onlySearch = !!f.search && where.length === 0;
  if (f.search) {
    where.push(
      searchByRowid
        ? `r.rowid IN (SELECT rowid FROM requests WHERE id IN (${SEARCH_SET}))`
        : `r.id IN (${SEARCH_SET})`,
    );
    Object.assign(params, searchParams(f.search));
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, onlySearch };
}

/**
 * The numbers of the requests a search finds, one set, each branch on its own covering index
 * (request numbers are upper case as written by formatRequestId): an OR of the branches made
 * SQLite test every request, 0.2-0.5 s at 100,000.
 */
const SEARCH_SET = `SELECT @sText UNION SELECT @sUpper
  UNION SELECT request_id FROM request_letters WHERE incoming_no IN (@sText, @sUpper)
  UNION SELECT request_id FROM request_subjects WHERE iin = @sText
  UNION SELECT request_id FROM request_subjects WHERE name_key >= @sKey AND name_key < @sKeyEnd`;

function searchParams(search: { text: string; nameKey: string }): Record<string, string> {
  return {
    sText: search.text,
    sUpper: search.text.toUpperCase(),
    sKey: search.nameKey,
    sKeyEnd: search.nameKey + '\uffff',
  };
}

const SORTS = {
  due: 'r.due_on {dir}, r.id {dir}',
  received: 'r.received_at {dir}, r.id {dir}',
  id: 'r.year {dir}, r.seq {dir}',
  updated: 'r.updated_at {dir}, r.id {dir}',
} as const;

/** The index in each sort's order (the unique (year, seq) is SQLite's second automatic index). */
const SORT_INDEX: Record<keyof typeof SORTS, string> = {
  due: 'requests_due',
  received: 'requests_received_at',
  id: 'sqlite_autoindex_requests_2',
  updated: 'requests_updated_at',
};

/**
 * From how many matches a search's page walks the sort order's index (testing each entry against
 * the set, index only) rather than reading every match's row and sorting them. SQLite cannot know
 * the size of the set, and each way is right for its own size: a common name matches 1-2% of the
 * requests (1,567 of 100,000), whose rows, read again after every write (each list leaves an
 * audit entry and a write makes readers drop their page caches), took 45 ms; walking the index
 * to a page of them 12-20 ms. A rare name or a number matches a few, looked up at once.
 */
const WALK_ORDER_FROM = 200;

export function listRequestRows(
  db: DB,
  f: RequestListFilter,
  page: { sort: keyof typeof SORTS; order: 'asc' | 'desc'; limit: number; offset: number },
): { rows: RequestRow[]; total: number } {
  const order = SORTS[page.sort].replaceAll('{dir}', page.order === 'desc' ? 'DESC' : 'ASC');
  const matched = f.search ? searchMatches(db, f.search) : undefined;
  const walk = matched !== undefined && matched >= WALK_ORDER_FROM;
  const { sql, params, onlySearch } = whereOf(f, walk);
  const from = walk ? `requests r INDEXED BY ${SORT_INDEX[page.sort]}` : 'requests r';
  const rows = db
    .prepare(`SELECT ${REQUEST_SELECT()} FROM ${from} ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: page.limit, offset: page.offset }) as RequestRow[];
  // A search alone: its total is the number of matches, already counted.
  return { rows, total: onlySearch ? matched! : countRequests(db, f, sql, params) };
}

/** How many requests a search matches, from the indexes alone. */
function searchMatches(db: DB, search: { text: string; nameKey: string }): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM requests WHERE id IN (${SEARCH_SET})`)
      .get(searchParams(search)) as {
      n: number;
    }
  ).n;
}

/** The list's total: from request_counts (0010) unless a date or text filter needs the rows. */
function countRequests(db: DB, f: RequestListFilter, sql: string, params: Record<string, unknown>): number {
  if (f.dueBefore || f.dueFrom || f.receivedFrom || f.receivedTo || f.search)
    return (db.prepare(`SELECT count(*) AS n FROM requests r ${sql}`).get(params) as { n: number }).n;
  let states = f.states?.length ? f.states : undefined;
  if (f.running) {
    const chosen = states;
    states = RUNNING_STATES.filter((s) => !chosen || chosen.includes(s));
    if (states.length === 0) return 0;
  }
  return requestCountTotal(db, { ...f, states });
}

/** Names and masked IINs for a page of requests (one query). */
export function subjectsOf(
  db: DB,
  ids: readonly string[],
): Map<string, { name: string; iin: string | null; accountId: string | null }> {
  const out = new Map<string, { name: string; iin: string | null; accountId: string | null }>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT request_id AS id, name, iin, account_id AS accountId FROM request_subjects WHERE request_id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as Array<{ id: string; name: string; iin: string | null; accountId: string | null }>;
  for (const r of rows) out.set(r.id, { name: r.name, iin: r.iin, accountId: r.accountId });
  return out;
}

export function letterNumbersOf(db: DB, ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT request_id AS id, incoming_no AS no FROM request_letters WHERE request_id IN (${ids.map(() => '?').join(', ')})
       ORDER BY received_at, letter_id`,
    )
    .all(...ids) as Array<{ id: string; no: string }>;
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.no]);
  return out;
}

/** Requests not closed or cancelled (their due dates follow calendar and rule changes). */
export function unfinishedRequestRows(db: DB): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.state NOT IN ('closed', 'cancelled') ORDER BY r.id`,
    )
    .all() as RequestRow[];
}

/** Requests received in a period (reports). */
export function requestRowsReceived(db: DB, from: string, to: string): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.received_on >= ? AND r.received_on <= ? ORDER BY r.received_on, r.id`,
    )
    .all(from, to) as RequestRow[];
}
