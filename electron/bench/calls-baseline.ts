// The baseline a developer would build by default: the incoming register copied into a plain,
// unencrypted SQLite file with single-column indexes and a default FTS5 table (unicode61, no
// prefix index), queried with the obvious SQL. The project's own search and list functions run
// on the encrypted database in the same process, query by query, so each ratio is the cost of
// encryption plus the project's indexes and checks (below 1: the project is faster).
import Database from 'better-sqlite3-multiple-ciphers';
import type { Channel } from '../../common/contract/mailroom';
import { listIncoming, searchRegisters } from '../mailroom';
import type { Server } from '../sql/server';
import { SEARCHES as QUERIES } from './calls-plan';
import { timeMs, type BenchContext } from './harness';

const COLUMNS = [
  'id',
  'incoming_no',
  'received_at',
  'received_date',
  'channel',
  'status',
  'sender_name',
  'sender_address',
  'summary',
  'tracking_number',
  'assigned_to',
];
const CHANNELS: Channel[] = ['registered_mail', 'courier', 'by_hand', 'electronic'];
const ROUNDS = 10;

function plainCopy(server: Server, file: string): Database.Database {
  const plain = new Database(file);
  plain.pragma('journal_mode = WAL');
  plain.exec(`
    CREATE TABLE incoming (${COLUMNS.map((c) => (c === 'id' ? 'id INTEGER PRIMARY KEY' : c)).join(', ')});
    CREATE INDEX incoming_received ON incoming(received_at);
    CREATE INDEX incoming_channel ON incoming(channel);
    CREATE INDEX incoming_sender ON incoming(sender_name);
    CREATE VIRTUAL TABLE incoming_fts USING fts5(incoming_no, sender_name, sender_address, summary, tracking_number);`);
  const insert = plain.prepare(`INSERT INTO incoming VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  const copy = plain.transaction((rows: unknown[][]) => {
    for (const r of rows) insert.run(r);
  });
  let rows: unknown[][] = [];
  for (const r of server.db
    .prepare(`SELECT ${COLUMNS.join(', ')} FROM incoming_letters`)
    .raw()
    .iterate()) {
    rows.push(r as unknown[]);
    if (rows.length === 50_000) {
      copy(rows);
      rows = [];
    }
  }
  copy(rows);
  plain.exec(`INSERT INTO incoming_fts(rowid, incoming_no, sender_name, sender_address, summary, tracking_number)
    SELECT id, incoming_no, sender_name, sender_address, summary, tracking_number FROM incoming`);
  return plain;
}

const ftsMatch = (q: string) =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replaceAll('"', '')}"*`)
    .join(' ');

/** Paired timings (project, baseline) for the same query, round after round. */
function paired(rounds: number, cases: Array<[() => unknown, () => unknown]>) {
  const project: number[] = [];
  const base: number[] = [];
  const ratio: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const [p, b] of cases) {
      const tp = timeMs(p);
      const tb = timeMs(b);
      project.push(tp);
      base.push(tb);
      ratio.push(tp / Math.max(tb, 0.001));
    }
  return { project, base, ratio };
}

export function baselineBench(ctx: BenchContext, server: Server, file: string): void {
  const plain = plainCopy(server, file);
  try {
    const search = plain.prepare(
      `SELECT l.* FROM incoming_fts f JOIN incoming l ON l.id = f.rowid
       WHERE incoming_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50`,
    );
    const byDate = plain.prepare(
      'SELECT * FROM incoming WHERE channel = ? ORDER BY received_at DESC, id DESC LIMIT 100',
    );
    const bySender = plain.prepare(
      'SELECT * FROM incoming WHERE channel = ? ORDER BY sender_name, id LIMIT 100',
    );
    const s = paired(
      ROUNDS,
      QUERIES.map((query) => [
        () => server.read((db) => searchRegisters(db, { query, register: 'incoming', limit: 50 })),
        () => search.all(ftsMatch(query)),
      ]),
    );
    ctx.record('calls.direct.search', s.project, 'ms');
    ctx.record('calls.baseline.search', s.base, 'ms');
    ctx.record('calls.search_to_baseline_ratio', s.ratio, 'ratio');
    const l = paired(
      ROUNDS,
      CHANNELS.flatMap((channel) => [
        [
          () =>
            server.read((db) =>
              listIncoming(db, { filter: { channel }, sort: { by: 'date', dir: 'desc' }, limit: 100 }),
            ),
          () => byDate.all(channel),
        ],
        [
          () =>
            server.read((db) =>
              listIncoming(db, { filter: { channel }, sort: { by: 'sender', dir: 'asc' }, limit: 100 }),
            ),
          () => bySender.all(channel),
        ],
      ]),
    );
    ctx.record('calls.direct.list_page', l.project, 'ms');
    ctx.record('calls.baseline.list_page', l.base, 'ms');
    ctx.record('calls.list_to_baseline_ratio', l.ratio, 'ratio');
  } finally {
    plain.close();
  }
}
