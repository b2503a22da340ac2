import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingRow } from '../../common/contract/mailroom';
import { nameSortKey } from '../../common/mailroom/text';
import { seedDemo } from '../../electron/mailroom/seed';
import {
  countIncoming,
  countIncomingCapped,
  listIncoming,
  listOfficers,
  type ListOptions,
} from '../../electron/mailroom/sql/incoming';
import { PAGING_TUNING } from '../../electron/sql/paging';
import type { Server } from '../../electron/sql/server';
import { at, errorOf } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

type Opts = Parameters<typeof listIncoming>[1];

describe('incoming lists: paging, sorting, filtering', () => {
  let t: TmpDb;
  let s: Server;
  let all: {
    id: number;
    receivedAt: string;
    receivedDate: string;
    channel: string;
    status: string;
    assignedTo: string | null;
    senderSort: string;
    year: number;
    seq: number;
  }[];

  beforeAll(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-01-20T06:00:00Z') });
    // 40 days back from 20 January: the register crosses a year boundary.
    seedDemo(s, 'seed', { letters: 3000, days: 40, seed: 11 });
    all = s.db
      .prepare(
        `SELECT id, received_at AS receivedAt, received_date AS receivedDate, channel, status, assigned_to AS assignedTo,
                sender_sort AS senderSort, year, seq FROM incoming_letters`,
      )
      .all() as typeof all;
  });
  afterAll(() => {
    s.close();
    t.cleanup();
  });

  const walk = (o: Opts): IncomingRow[] => {
    const rows: IncomingRow[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = s.read((db) => listIncoming(db, { ...o, ...(cursor ? { cursor } : {}) }));
      rows.push(...page.rows);
      if (!page.hasMore) {
        expect(page.nextCursor).toBeNull();
        return rows;
      }
      cursor = page.nextCursor!;
    }
  };

  it('numbers restart with the year and are gap-free in each', () => {
    const years = [...new Set(all.map((r) => r.year))].sort();
    expect(years).toEqual([2025, 2026]);
    for (const y of years) {
      const seqs = all
        .filter((r) => r.year === y)
        .map((r) => r.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it('walks every row exactly once with the keyset cursor, newest first by default', () => {
    const rows = walk({ limit: 500 });
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3000);
    const expected = [...all].sort((a, b) =>
      a.receivedAt === b.receivedAt ? b.id - a.id : a.receivedAt < b.receivedAt ? 1 : -1,
    );
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('offset pages give the same rows as cursor pages', () => {
    const byCursor = walk({ limit: 250, sort: { by: 'sender', dir: 'asc' } });
    const byOffset: IncomingRow[] = [];
    for (let offset = 0; offset < 3000; offset += 250) {
      byOffset.push(
        ...s.read((db) => listIncoming(db, { limit: 250, offset, sort: { by: 'sender', dir: 'asc' } })).rows,
      );
    }
    expect(byOffset.map((r) => r.id)).toEqual(byCursor.map((r) => r.id));
  });

  it('sorts by sender in Kazakh alphabetical order, then by date', () => {
    const rows = walk({ limit: 500, sort: { by: 'sender', dir: 'asc' } });
    const keys = rows.map((r) => nameSortKey(r.sender.name));
    expect(keys).toEqual([...keys].sort());
    const firstLetters = [...new Set(rows.map((r) => r.sender.name[0]!.toLowerCase()))];
    expect(firstLetters.indexOf('ә')).toBeGreaterThan(firstLetters.indexOf('а'));
    expect(firstLetters.indexOf('ә')).toBeLessThan(firstLetters.indexOf('б'));
  });

  it('sorts by number: year, then number', () => {
    const rows = walk({ limit: 500, sort: { by: 'number', dir: 'desc' } });
    const expected = [...all].sort((a, b) => (a.year !== b.year ? b.year - a.year : b.seq - a.seq));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('filters by Almaty date range, channel, status and officer, and counts the same rows', () => {
    const cases: {
      filter: NonNullable<ListOptions<'date', never>['filter']> | Record<string, unknown>;
      keep: (r: (typeof all)[number]) => boolean;
    }[] = [
      { filter: { channel: 'courier' }, keep: (r) => r.channel === 'courier' },
      {
        filter: { from: '2025-12-31', to: '2026-01-01' },
        keep: (r) => r.receivedDate >= '2025-12-31' && r.receivedDate <= '2026-01-01',
      },
      {
        filter: { from: '2026-01-02', channel: 'registered_mail' },
        keep: (r) => r.receivedDate >= '2026-01-02' && r.channel === 'registered_mail',
      },
      { filter: { assignedTo: 'Ким С.' }, keep: (r) => r.assignedTo === 'Ким С.' },
      { filter: { assignedTo: null }, keep: (r) => r.assignedTo === null },
      {
        filter: { status: 'registered', to: '2025-12-25' },
        keep: (r) => r.status === 'registered' && r.receivedDate <= '2025-12-25',
      },
      { filter: { status: 'cancelled' }, keep: () => false },
    ];
    for (const c of cases) {
      const filter = c.filter as Opts['filter'];
      const rows = walk({ limit: 500, filter });
      const expected = all.filter(c.keep);
      expect(
        rows.map((r) => r.id).sort((a, b) => a - b),
        JSON.stringify(c.filter),
      ).toEqual(expected.map((r) => r.id).sort((a, b) => a - b));
      expect(s.read((db) => countIncoming(db, filter))).toBe(expected.length);
    }
    expect(s.read((db) => countIncoming(db, undefined))).toBe(3000);
    expect(s.read((db) => countIncomingCapped(db, { channel: 'registered_mail' }, 100))).toEqual({
      count: 100,
      exact: false,
    });
    expect(s.read((db) => countIncomingCapped(db, { status: 'cancelled' }, 100))).toEqual({
      count: 0,
      exact: true,
    });
  });

  it('lists the officers letters are assigned to', () => {
    const expected = [...new Set(all.map((r) => r.assignedTo).filter((x): x is string => x !== null))].sort();
    expect(s.read(listOfficers)).toEqual(expected);
  });

  it('refuses a forged cursor, or one from another order', () => {
    const page = s.read((db) => listIncoming(db, { limit: 10 }));
    expect(errorOf(() => s.read((db) => listIncoming(db, { cursor: 'nonsense' })))).toEqual({
      code: 'VALIDATION',
      details: { issues: [{ path: 'cursor', code: 'cursor_invalid' }] },
    });
    expect(
      errorOf(() =>
        s.read((db) => listIncoming(db, { cursor: page.nextCursor!, sort: { by: 'sender', dir: 'desc' } })),
      )?.code,
    ).toBe('VALIDATION');
  });

  it("with many matches, a filtered list in number or sender order walks the order's index; same rows either way", () => {
    const orders = [
      { by: 'sender', dir: 'asc' },
      { by: 'number', dir: 'desc' },
    ] as const;
    const filters = [
      { channel: 'registered_mail' },
      { assignedTo: null },
      { from: '2025-12-20', to: '2026-01-05', status: 'registered' },
    ] as const;
    for (const sort of orders) {
      for (const filter of filters) {
        const sorted = walk({ limit: 300, sort, filter }).map((r) => r.id);
        PAGING_TUNING.sortWalkThreshold = 50;
        try {
          const walked = walk({ limit: 300, sort, filter }).map((r) => r.id);
          expect(walked, JSON.stringify([sort, filter])).toEqual(sorted);
        } finally {
          PAGING_TUNING.sortWalkThreshold = null;
        }
      }
    }
    const plan = (sql: string) =>
      (s.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(
        "SELECT id FROM incoming_letters l WHERE +l.channel = 'courier' ORDER BY l.sender_sort, l.received_at, l.id LIMIT 101",
      ),
    ).toMatch(/^SCAN l USING INDEX incoming_sender$/);
    expect(
      plan(
        "SELECT id FROM incoming_letters l WHERE +l.channel = 'courier' ORDER BY l.year DESC, l.seq DESC LIMIT 101",
      ),
    ).not.toMatch(/TEMP B-TREE/);
  });

  it('answers every list order and filter from an index, never by sorting the table', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      (s.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const cases = [
      "SELECT id FROM incoming_letters l WHERE l.channel = 'courier' ORDER BY l.received_at DESC, l.id DESC LIMIT 101",
      "SELECT id FROM incoming_letters l WHERE l.channel = 'courier' AND (l.received_at, l.id) < ('2026-01-10', 5) ORDER BY l.received_at DESC, l.id DESC LIMIT 101",
      'SELECT id FROM incoming_letters l ORDER BY l.received_at ASC, l.id ASC LIMIT 101',
      "SELECT id FROM incoming_letters l WHERE l.received_at >= '2026-01-01' AND l.received_at < '2026-01-05' ORDER BY l.received_at DESC, l.id DESC LIMIT 101",
      "SELECT id FROM incoming_letters l WHERE l.status = 'registered' ORDER BY l.received_at DESC, l.id DESC LIMIT 101",
      "SELECT id FROM incoming_letters l WHERE l.assigned_to = 'Ким С.' ORDER BY l.received_at DESC, l.id DESC LIMIT 101",
      'SELECT id FROM incoming_letters l ORDER BY l.year DESC, l.seq DESC LIMIT 101',
      'SELECT id FROM incoming_letters l ORDER BY l.sender_sort ASC, l.received_at ASC, l.id ASC LIMIT 101',
    ];
    for (const sql of cases) {
      const p = plan(sql);
      expect(p, sql).toMatch(/USING (COVERING )?INDEX/);
      expect(p, sql).not.toMatch(/TEMP B-TREE/);
    }
  });
});
