// SQL both registers share, written once from their descriptors (common/mailroom/registers.ts):
// the selected columns, insert, edit, cancel, get, list, count, period walk and rows by id.
// ./incoming.ts and ./outgoing.ts add only what differs (how a row is shaped, replies, status).
import type { Page } from '../../../common/contract/mailroom';
import type { RegisterColumn, RegisterDescriptor } from '../../../common/mailroom/registers';
import { almatyDayStartIso, nextDate } from '../../../common/time/almaty';
import { filterTerms, listRegister, type ListOptions, type RegisterTable } from '../../sql/paging';
import { registerCount } from '../../sql/counts';
import type { DB } from '../../sql/server';

const readName = (c: RegisterColumn) => c.as ?? c.field;
const reads = (c: RegisterColumn, level: 'row' | 'entry') =>
  c.read === 'row' || (level === 'entry' && c.read === 'entry');

/** The SELECT list of a register read: id, the descriptor's columns, `extra`, and the scan count. */
export function selectColumns(d: RegisterDescriptor, level: 'row' | 'entry', extra: string[] = []): string {
  const a = d.alias;
  const cols = d.columns
    .filter((c) => reads(c, level))
    .map((c) => (readName(c) === c.column ? `${a}.${c.column}` : `${a}.${c.column} AS ${readName(c)}`));
  const scans = `(SELECT count(*) FROM mail_scans s WHERE s.${d.scanColumn} = ${a}.id) AS scanCount`;
  return [`${a}.id`, ...cols, ...extra, scans].join(', ');
}

/** The columns read under their own name at this level (row: with the id; entry: those beyond the row). */
export function flatFields(d: RegisterDescriptor, r: object, level: 'row' | 'entry') {
  const values = r as Record<string, unknown>;
  const out: Record<string, unknown> = level === 'row' ? { id: values.id } : {};
  for (const c of d.columns) if (c.flat && c.read === level) out[readName(c)] = values[readName(c)];
  return out;
}

/** The cancellation of a read entry, null while it stands. */
export function cancelledOf(r: {
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}): { at: string; by: string; reason: string } | null {
  return r.cancelledAt ? { at: r.cancelledAt, by: r.cancelledBy ?? '', reason: r.cancelReason ?? '' } : null;
}

/** INSERT of a stored record (`@field` for each written column) plus `defaults` (column → SQL). */
export function insertSql(d: RegisterDescriptor, defaults: Record<string, string>): string {
  const written = d.columns.filter((c) => c.write !== 'none');
  const columns = [...written.map((c) => c.column), ...Object.keys(defaults)];
  const values = [...written.map((c) => `@${c.field}`), ...Object.values(defaults)];
  return `INSERT INTO ${d.table}(${columns.join(', ')}) VALUES (${values.join(', ')})`;
}

/** The columns an edit may change, by their record names. */
export function updatableColumns(d: RegisterDescriptor): Record<string, string> {
  return Object.fromEntries(d.columns.filter((c) => c.write === 'update').map((c) => [c.field, c.column]));
}

export function updateColumns(
  db: DB,
  d: RegisterDescriptor,
  id: number,
  changes: Record<string, unknown>,
  now: string,
): void {
  const updatable = updatableColumns(d);
  const keys = Object.keys(changes).filter((k) => k in updatable);
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${updatable[k]} = @${k}`).join(', ');
  const values = Object.fromEntries(keys.map((k) => [k, changes[k]]));
  db.prepare(`UPDATE ${d.table} SET ${sets}, updated_at = @__now WHERE id = @__id`).run({
    ...values,
    __now: now,
    __id: id,
  });
}

export function cancelRow(db: DB, d: RegisterDescriptor, id: number, at: string, by: string, reason: string) {
  db.prepare(
    `UPDATE ${d.table} SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, updated_at = ? WHERE id = ?`,
  ).run(at, by, reason, at, id);
}

/** The period and filter of a list as a register's WHERE terms. */
interface RegisterFilter {
  from?: string | undefined;
  to?: string | undefined;
  status?: string | undefined;
}

/** What a register's reads need beyond its descriptor: extra read columns and how rows are shaped. */
export interface RegisterReads<D, R, E> {
  d: RegisterDescriptor;
  /** Read-only SQL expressions in rows (e.g. a computed status). */
  rowExtra: string[];
  toRow(r: D): R;
  toEntry(db: DB, r: D): E;
}

/** The register's sort orders as keyset columns: each ends in a unique key so paging is stable. */
function registerOrders<S extends string>(
  d: { alias: string; partySort: { key: string; column: string } },
  day: string,
): Record<S, { expr: string; as: string }[]> {
  const a = d.alias;
  return {
    date: [
      { expr: day, as: '__k0' },
      { expr: `${a}.id`, as: '__k1' },
    ],
    number: [
      { expr: `${a}.year`, as: '__k0' },
      { expr: `${a}.seq`, as: '__k1' },
    ],
    [d.partySort.key]: [
      { expr: `${a}.${d.partySort.column}`, as: '__k0' },
      { expr: day, as: '__k1' },
      { expr: `${a}.id`, as: '__k2' },
    ],
  } as Record<S, { expr: string; as: string }[]>;
}

export function registerSql<S extends string, F extends RegisterFilter, D extends { id: number }, R, E>(
  reads: RegisterReads<D, R, E>,
) {
  const { d } = reads;
  const a = d.alias;
  const rowColumns = selectColumns(d, 'row', reads.rowExtra);
  const entryColumns = selectColumns(d, 'entry', reads.rowExtra);
  const day = `${a}.${d.day.column}`;
  const { channel, party } = d.filters;

  /** The day terms: an instant column compares with Almaty day starts, a date column with days. */
  const dayBounds = (from: string | undefined, to: string | undefined) =>
    d.day.instant
      ? {
          from: from && almatyDayStartIso(from),
          to: to && almatyDayStartIso(nextDate(to)),
          toOp: '<' as const,
        }
      : { from, to, toOp: '<=' as const };

  const filterSql = (f: F | undefined, unindexed = false) => {
    const v = (f ?? {}) as Record<string, string | null | undefined>;
    const b = dayBounds(f?.from, f?.to);
    return filterTerms(
      a,
      [
        { column: d.day.column, op: '>=', param: 'from', value: b.from },
        { column: d.day.column, op: b.toOp, param: 'to', value: b.to },
        { column: channel.column, op: '=', param: channel.key, value: v[channel.key] },
        { column: 'status', op: '=', param: 'status', value: f?.status },
        { column: party.column, op: '=', param: party.key, value: v[party.key] },
      ],
      unindexed,
    );
  };

  const orders = registerOrders<S>(d, day);

  const table: RegisterTable<S, F, D & Record<string, unknown>, R> = {
    table: d.table,
    alias: a,
    name: d.register,
    select: rowColumns,
    indexedSort: 'date' as S,
    orders,
    filterSql,
    toRow: reads.toRow,
  };

  /** A count that stops at `cap` (cheap at any size); exact: false when there are more. */
  const countCapped = (db: DB, f: F | undefined, cap?: number): { count: number; exact: boolean } => {
    // From the summary kept by migration 0010's triggers: a sum over days, not a walk over letters.
    const v = (f ?? {}) as Record<string, string | null | undefined>;
    const filter = f && {
      from: f.from,
      to: f.to,
      channel: v[channel.key] ?? undefined,
      status: f.status,
      party: v[party.key],
    };
    return registerCount(db, d.register, filter, cap);
  };

  return {
    d,
    rowColumns,
    entryColumns,
    filterSql,
    get(db: DB, key: { id: number } | { number: string }): E | null {
      const by = 'id' in key ? `${a}.id` : `${a}.${d.numberColumn}`;
      const r = db
        .prepare(`SELECT ${entryColumns} FROM ${d.table} ${a} WHERE ${by} = ?`)
        .get('id' in key ? key.id : key.number) as D | undefined;
      return r ? reads.toEntry(db, r) : null;
    },
    idByNumber(db: DB, no: string): number | null {
      const r = db.prepare(`SELECT id FROM ${d.table} WHERE ${d.numberColumn} = ?`).get(no) as
        { id: number } | undefined;
      return r?.id ?? null;
    },
    list(db: DB, o: ListOptions<S, F>): Page<R> {
      return listRegister(db, table, o);
    },
    /** The exact count (exports size their progress by it). */
    count(db: DB, f: F | undefined): number {
      return countCapped(db, f).count;
    },
    countCapped,
    /** Every row of a period in register order (year, number), for exports. */
    iteratePeriod(db: DB, from: string, to: string): IterableIterator<D> {
      const b = dayBounds(from, to);
      return db
        .prepare(
          `SELECT ${entryColumns} FROM ${d.table} ${a} WHERE ${day} >= ? AND ${day} ${b.toOp} ? ORDER BY ${a}.year, ${a}.seq`,
        )
        .iterate(b.from, b.to) as IterableIterator<D>;
    },
    /** Rows by id, in the order given (search results). */
    rowsByIds(db: DB, ids: number[]): R[] {
      if (ids.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT ${rowColumns} FROM ${d.table} ${a} WHERE ${a}.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as D[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = byId.get(id);
        return r ? [reads.toRow(r)] : [];
      });
    },
  };
}
