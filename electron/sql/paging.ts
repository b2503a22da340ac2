// Paged, sorted, filtered reads over a register table that stay fast at a million rows:
// every order is a list of columns backed by an index and ending in a unique key, so a page is
// an index walk of LIMIT rows. Two ways to move: `cursor` (keyset: the row values where the last
// page ended, constant time at any depth) and `offset` (random access for a virtualized table;
// SQLite still walks the skipped index entries, which is fine for the first ~100,000 rows).
import { PdError } from '../../common/errors';
import type { DB } from './server';

export interface PageSpec {
  /** FROM clause (table with alias). */
  from: string;
  /** Selected columns. */
  select: string;
  /** WHERE terms joined with AND, with named parameters. */
  where: string[];
  params: Record<string, unknown>;
  /** Sort columns, the last ones unique together; each is `alias.column` and also a result alias. */
  order: { expr: string; as: string }[];
  dir: 'asc' | 'desc';
  /** A name for the order (sort key + direction); a cursor is valid only for the same order. */
  orderName: string;
  limit: number;
  offset?: number;
  cursor?: string;
}

export interface RawPage<R> {
  rows: R[];
  hasMore: boolean;
  nextCursor: string | null;
}

function encodeCursor(orderName: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: orderName, v: values }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, orderName: string, size: number): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      o?: unknown;
      v?: unknown;
    };
    if (parsed.o === orderName && Array.isArray(parsed.v) && parsed.v.length === size) {
      if (parsed.v.every((x) => typeof x === 'string' || typeof x === 'number')) return parsed.v;
    }
  } catch {
    // fall through
  }
  throw new PdError('VALIDATION', { issues: [{ path: 'cursor', code: 'cursor_invalid' }] });
}

export function readPage<R extends Record<string, unknown>>(db: DB, spec: PageSpec): RawPage<R> {
  const where = [...spec.where];
  const params: Record<string, unknown> = { ...spec.params, __limit: spec.limit + 1 };
  if (spec.cursor) {
    const values = decodeCursor(spec.cursor, spec.orderName, spec.order.length);
    const cols = spec.order.map((o) => o.expr).join(', ');
    const marks = values.map((_, i) => `@__c${i}`).join(', ');
    values.forEach((v, i) => (params[`__c${i}`] = v));
    where.push(`(${cols}) ${spec.dir === 'asc' ? '>' : '<'} (${marks})`);
  }
  const dir = spec.dir === 'asc' ? 'ASC' : 'DESC';
  const orderBy = spec.order.map((o) => `${o.expr} ${dir}`).join(', ');
  const offset = spec.cursor ? 0 : (spec.offset ?? 0);
  params.__offset = offset;
  const extra = spec.order.map((o) => `${o.expr} AS ${o.as}`).join(', ');
  const sql = `SELECT ${spec.select}, ${extra} FROM ${spec.from}
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY ${orderBy} LIMIT @__limit OFFSET @__offset`;
  const rows = db.prepare(sql).all(params) as R[];
  const hasMore = rows.length > spec.limit;
  if (hasMore) rows.length = spec.limit;
  const last = rows[rows.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeCursor(
          spec.orderName,
          spec.order.map((o) => last[o.as]),
        )
      : null;
  for (const r of rows) for (const o of spec.order) delete r[o.as];
  return { rows, hasMore, nextCursor };
}

export const PAGING_TUNING = {
  /** Fixed switch-over point (tests set it); null: sqrt(page size × table size), see below. */
  sortWalkThreshold: null as number | null,
};

/**
 * When a list is filtered on columns outside its sort's index, SQLite has two plans: find the
 * matches through the filter's index and sort them all (cost ~ matches), or walk the sort's index
 * and skip what does not match (cost ~ page × table / matches). Without table statistics it
 * always takes the first, which sorts hundreds of thousands of rows for a channel filter at a
 * million letters. So count the matches up to the break-even point sqrt(page × table) (about
 * 10,000 at a million rows; an index range, cheap) and choose; the caller then writes the filter
 * with unary + to keep SQLite off the filter's index.
 */
export function preferSortIndex(
  db: DB,
  table: string,
  alias: string,
  where: string[],
  params: Record<string, unknown>,
  limit: number,
): boolean {
  if (where.length === 0) return false;
  let threshold = PAGING_TUNING.sortWalkThreshold;
  if (threshold === null) {
    const size = (db.prepare(`SELECT coalesce(max(rowid), 0) AS n FROM ${table}`).get() as { n: number }).n;
    threshold = Math.max(500, Math.round(Math.sqrt((limit + 1) * size)));
  }
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${alias} WHERE ${where.join(' AND ')} LIMIT @__cap)`,
    )
    .get({ ...params, __cap: threshold + 1 }) as { n: number };
  return row.n > threshold;
}

/** Exact count, or with `cap` stops counting past it (then `exact` is false and count is cap). */
export function countRows(
  db: DB,
  from: string,
  where: string[],
  params: Record<string, unknown>,
  cap?: number,
): { count: number; exact: boolean } {
  const filter = where.length ? 'WHERE ' + where.join(' AND ') : '';
  if (cap === undefined) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${from} ${filter}`).get(params) as { n: number };
    return { count: row.n, exact: true };
  }
  const row = db
    .prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} ${filter} LIMIT @__cap)`)
    .get({ ...params, __cap: cap + 1 }) as { n: number };
  return row.n > cap ? { count: cap, exact: false } : { count: row.n, exact: true };
}

export interface ListOptions<S extends string, F> {
  filter?: F;
  sort?: { by: S; dir: 'asc' | 'desc' };
  limit?: number;
  offset?: number;
  cursor?: string;
}

/** What differs between the incoming and the outgoing register; the reading itself is shared. */
export interface RegisterTable<S extends string, F, D extends Record<string, unknown>, R> {
  table: string;
  alias: string;
  /** Prefix of cursor order names ('incoming', 'outgoing'). */
  name: string;
  select: string;
  /** The default order's key: every filter has an index in this order. */
  indexedSort: S;
  orders: Record<S, { expr: string; as: string }[]>;
  /** WHERE terms for a filter; `unindexed` keeps SQLite from using the filter's own index. */
  filterSql(filter: F | undefined, unindexed?: boolean): { where: string[]; params: Record<string, unknown> };
  toRow(row: D): R;
}

export function listRegister<S extends string, F, D extends Record<string, unknown>, R>(
  db: DB,
  t: RegisterTable<S, F, D, R>,
  o: ListOptions<S, F>,
): RawPage<R> {
  const sort = o.sort ?? { by: t.indexedSort, dir: 'desc' as const };
  const limit = o.limit ?? 100;
  let { where, params } = t.filterSql(o.filter);
  // For orders other than the indexed one, choose between the filter's index and the order's.
  if (sort.by !== t.indexedSort && preferSortIndex(db, t.table, t.alias, where, params, limit))
    ({ where, params } = t.filterSql(o.filter, true));
  const page = readPage<D>(db, {
    from: `${t.table} ${t.alias}`,
    select: t.select,
    where,
    params,
    order: t.orders[sort.by],
    dir: sort.dir,
    orderName: `${t.name}:${sort.by}:${sort.dir}`,
    limit,
    offset: o.offset,
    cursor: o.cursor,
  });
  return { rows: page.rows.map(t.toRow), hasMore: page.hasMore, nextCursor: page.nextCursor };
}

/** A count that stops at `cap` (cheap at any size); exact: false when there are more. */
export function countRegister<S extends string, F, D extends Record<string, unknown>, R>(
  db: DB,
  t: RegisterTable<S, F, D, R>,
  filter: F | undefined,
  cap?: number,
): { count: number; exact: boolean } {
  const { where, params } = t.filterSql(filter);
  return countRows(db, `${t.table} ${t.alias}`, where, params, cap);
}

/**
 * One WHERE term of a register filter: `column op @param` when `value` is given, `column IS NULL`
 * when it is null (an "unassigned" filter), nothing when undefined.
 */
export interface FilterTerm {
  column: string;
  op: '=' | '>=' | '<' | '<=';
  param: string;
  value: string | number | null | undefined;
}

/** WHERE terms for a filter; `unindexed` writes them as +column so SQLite walks the sort's index instead. */
export function filterTerms(
  alias: string,
  terms: FilterTerm[],
  unindexed = false,
): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const t of terms) {
    if (t.value === undefined) continue;
    const column = `${unindexed ? '+' : ''}${alias}.${t.column}`;
    if (t.value === null) {
      where.push(`${column} IS NULL`);
    } else {
      where.push(`${column} ${t.op} @${t.param}`);
      params[t.param] = t.value;
    }
  }
  return { where, params };
}
