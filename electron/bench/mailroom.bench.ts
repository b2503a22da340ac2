// Mailroom at scale: a register of 1,000,000 demo letters (--rows to scale down), then
//   intake write: one letter with its audit entry and outbox event, synchronous=FULL;
//   search: FTS5 queries a clerk types (surnames in lower case, prefixes, numbers);
//   list page: 100 rows sorted by date, filtered by channel (first page and keyset pages after it),
//   and the same filter in sender and number order; an exact count for a channel.
import path from 'node:path';
import { intakeCreateSchema, type Channel } from '../../common/contract/mailroom';
import { s10CheckDigit } from '../../common/identifiers/s10';
import { generateKey } from '../core/keys';
import { registerIncoming } from '../mailroom';
import { searchRegisters } from '../mailroom';
import { seedDemo } from '../mailroom';
import { countIncoming, countIncomingCapped, listIncoming } from '../mailroom';
import { Server } from '../sql/server';
import { timeMs, type BenchSuite } from './harness';

const DEFAULT_ROWS = 1_000_000;
const WRITES = 200;
const SEARCH_ROUNDS = 15;
const LIST_PAGES = 30;

const QUERIES = [
  'сейтқали',
  'сейт',
  'айгерім сейтқали',
  'жұмабаева',
  'иванова ольга',
  'ким',
  'әбенова мөлдір',
  'фараби',
  'абай даңғ',
  'шымкент',
  'отзыве согласия',
  'өтініш',
  'заявление',
];

/** Registers WRITES letters one by one (each its own transaction, as at the desk). */
function intakeWrites(server: Server): number[] {
  const writes: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const serial = String(90_000_000 + i).padStart(8, '0');
    const input = intakeCreateSchema.parse({
      channel: 'registered_mail',
      trackingNumber: `RR${serial}${s10CheckDigit(serial)}KZ`,
      sender: {
        name: `Бенчмарк Жіберуші ${i}`,
        iin: '900115300122',
        address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
      },
      summary: `Келісімді қайтарып алу туралы өтініш №${i}`,
      language: 'kk',
      sheets: 1,
    });
    writes.push(timeMs(() => registerIncoming(server, 'bench', input)));
  }
  return writes;
}

export const mailroomBench: BenchSuite = {
  name: 'mailroom',
  description:
    'intake write (with audit and outbox, synchronous=FULL); search and a list page at 1,000,000 letters',
  run(ctx) {
    const rows = ctx.rows ?? Math.round(DEFAULT_ROWS * ctx.scale);
    ctx.size('mailroom.letters', rows);
    const server = Server.open({
      file: path.join(ctx.tmp, 'mailroom.db'),
      key: generateKey(),
      create: 'allow',
    });
    try {
      const seeded = seedDemo(server, 'bench', { letters: rows, seed: 4 });
      ctx.record('mailroom.seed', [rows / (seeded.ms / 1000)], 'letters/s');
      server.checkpoint();

      // Numbers a clerk would look up: an existing tracking number and Вх. №, typed in part.
      const probe = server.db
        .prepare(
          'SELECT incoming_no AS no, tracking_number AS t FROM incoming_letters WHERE tracking_number IS NOT NULL ORDER BY id DESC LIMIT 1 OFFSET 500',
        )
        .get() as { no: string; t: string } | undefined;
      const queries = [...QUERIES, ...(probe ? [probe.no, probe.t, probe.t.slice(0, 7)] : [])];

      // Search.
      const search: number[] = [];
      let hits = 0;
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        for (const query of queries) {
          search.push(
            timeMs(
              () => (hits += server.read((db) => searchRegisters(db, { query, limit: 50 })).hits.length),
            ),
          );
        }
      }
      if (hits === 0) throw new Error('search found nothing');
      ctx.record('mailroom.search', search, 'ms');

      // List pages: 100 rows by date, newest first, filtered by channel; then keyset pages after it.
      const channels: Channel[] = ['registered_mail', 'courier', 'by_hand', 'electronic'];
      const first: number[] = [];
      const next: number[] = [];
      for (let i = 0; i < LIST_PAGES; i++) {
        const filter = { channel: channels[i % channels.length]! };
        let cursor: string | null = null;
        first.push(
          timeMs(() => {
            cursor = server.read((db) =>
              listIncoming(db, { filter, sort: { by: 'date', dir: 'desc' }, limit: 100 }),
            ).nextCursor;
          }),
        );
        for (let p = 0; p < 5 && cursor; p++) {
          const c: string = cursor;
          next.push(
            timeMs(() => {
              cursor = server.read((db) =>
                listIncoming(db, { filter, sort: { by: 'date', dir: 'desc' }, limit: 100, cursor: c }),
              ).nextCursor;
            }),
          );
        }
      }
      ctx.record('mailroom.list_page', first, 'ms');
      ctx.record('mailroom.list_page_next', next, 'ms');
      // The other orders under the same filter (the planner walks the order's index; see sql/paging.ts).
      const bySender: number[] = [];
      const byNumber: number[] = [];
      for (let i = 0; i < LIST_PAGES; i++) {
        const filter = { channel: channels[i % channels.length]! };
        bySender.push(
          timeMs(() =>
            server.read((db) => listIncoming(db, { filter, sort: { by: 'sender', dir: 'asc' }, limit: 100 })),
          ),
        );
        byNumber.push(
          timeMs(() =>
            server.read((db) =>
              listIncoming(db, { filter, sort: { by: 'number', dir: 'desc' }, limit: 100 }),
            ),
          ),
        );
      }
      ctx.record('mailroom.list_page_by_sender', bySender, 'ms');
      ctx.record('mailroom.list_page_by_number', byNumber, 'ms');
      const deep: number[] = [];
      for (let i = 0; i < 10; i++) {
        deep.push(
          timeMs(() =>
            server.read((db) =>
              listIncoming(db, { filter: { channel: 'by_hand' }, limit: 100, offset: 10_000 }),
            ),
          ),
        );
      }
      ctx.record('mailroom.list_page_offset_10000', deep, 'ms');
      const count: number[] = [];
      for (let i = 0; i < 5; i++)
        count.push(timeMs(() => server.read((db) => countIncoming(db, { channel: channels[i % 4]! }))));
      ctx.record('mailroom.count_by_channel', count, 'ms');
      const capped: number[] = [];
      for (let i = 0; i < 20; i++)
        capped.push(
          timeMs(() => server.read((db) => countIncomingCapped(db, { channel: channels[i % 4]! }, 10_000))),
        );
      ctx.record('mailroom.count_by_channel_cap_10000', capped, 'ms');

      // Intake writes last, on the full register (so the indexes are at their full size).
      ctx.record('mailroom.intake_write', intakeWrites(server), 'ms');
    } finally {
      server.close();
    }
  },
};
