// The requests list searched by a common name walks the sort order's index instead of reading every
// match (lists.ts, WALK_ORDER_FROM): whichever way a search is answered, its pages and total must
// be those of the plain query, in every sort, both directions, with other filters beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDesk } from '../../electron/bench/calls-seed';
import { listRequestRows } from '../../electron/requests/sql/lists';
import type { DB } from '../../electron/sql/server';
import { openDesk, type Desk } from '../helpers/requests';

const ORDERS = {
  due: 'r.due_on {dir}, r.id {dir}',
  received: 'r.received_at {dir}, r.id {dir}',
  id: 'r.year {dir}, r.seq {dir}',
  updated: 'r.updated_at {dir}, r.id {dir}',
} as const;

let desk: Desk;
let db: DB;
/** The most common start of a subject's name key (hundreds of matches) and a rare one. */
let common: string;
let rare: string;

beforeAll(() => {
  desk = openDesk();
  seedDesk(desk.server, { requests: 3_000, outgoing: 10 }, 400);
  db = desk.server.db;
  const prefixes = db
    .prepare(
      `SELECT substr(name_key, 1, 1) AS p, count(*) AS n FROM request_subjects GROUP BY p ORDER BY n DESC, p`,
    )
    .all() as { p: string; n: number }[];
  common = prefixes[0]!.p;
  rare = prefixes.at(-1)!.p;
  expect(prefixes[0]!.n).toBeGreaterThanOrEqual(250);
});
afterAll(() => desk.close());

/** The plain query: every match's row, sorted. */
function expected(prefix: string, sort: keyof typeof ORDERS, dir: 'ASC' | 'DESC', extra = '', offset = 0) {
  const sql = `FROM requests r WHERE r.id IN (SELECT request_id FROM request_subjects
    WHERE name_key >= @k AND name_key < @kEnd) ${extra}`;
  const params = { k: prefix, kEnd: prefix + '\uffff' };
  const ids = db
    .prepare(
      `SELECT r.id ${sql} ORDER BY ${ORDERS[sort].replaceAll('{dir}', dir)} LIMIT 100 OFFSET ${offset}`,
    )
    .pluck()
    .all(params);
  const total = (db.prepare(`SELECT count(*) ${sql}`).pluck().get(params) as number) ?? 0;
  return { ids, total };
}

describe('requests list searched by name', () => {
  for (const sort of Object.keys(ORDERS) as (keyof typeof ORDERS)[])
    for (const order of ['asc', 'desc'] as const)
      it(`${sort} ${order}: the same pages and total as the plain query, common and rare names`, () => {
        for (const prefix of [common, rare])
          for (const offset of [0, 100]) {
            const got = listRequestRows(
              db,
              { search: { text: prefix, nameKey: prefix } },
              { sort, order, limit: 100, offset },
            );
            const want = expected(prefix, sort, order === 'asc' ? 'ASC' : 'DESC', '', offset);
            expect(got.rows.map((r) => r.id)).toEqual(want.ids);
            expect(got.total).toBe(want.total);
          }
      });

  it('with a type filter and without purged requests: the same page and total', () => {
    const type = db
      .prepare('SELECT type FROM requests GROUP BY type ORDER BY count(*) DESC')
      .pluck()
      .get() as string;
    const got = listRequestRows(
      db,
      { search: { text: common, nameKey: common }, types: [type], includePurged: false },
      { sort: 'updated', order: 'desc', limit: 100, offset: 0 },
    );
    const want = expected(common, 'updated', 'DESC', `AND r.type = '${type}' AND r.purged_at IS NULL`);
    expect(got.rows.map((r) => r.id)).toEqual(want.ids);
    expect(got.total).toBe(want.total);
    expect(got.total).toBeGreaterThan(0);
  });
});
