// Encrypted versus plain SQLite: write and read throughput at 1,000,000 rows, and open time.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { generateKey } from '../core/keys';
import { applyCipher, Server } from '../sql/server';
import { timeMs, type BenchSuite } from './harness';

const DEFAULT_ROWS = 1_000_000;
const RUNS = 3;
const BATCH = 10_000;

function openRaw(file: string, key: Buffer | null): Database.Database {
  const db = new Database(file);
  if (key) applyCipher(db, key);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

function fill(db: Database.Database, rows: number, payload: string): number {
  db.exec('DROP TABLE IF EXISTS t; CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INTEGER)');
  const ins = db.prepare('INSERT INTO t(a, b) VALUES (?, ?)');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) ins.run(payload, i);
  });
  return timeMs(() => {
    for (let i = 0; i < rows; i += BATCH) batch(i, Math.min(rows, i + BATCH));
  });
}

function scan(db: Database.Database): number {
  return timeMs(() => {
    let n = 0;
    for (const _row of db.prepare('SELECT id, a, b FROM t').iterate()) n++;
    if (n === 0) throw new Error('empty scan');
  });
}

export const dbBench: BenchSuite = {
  name: 'db',
  description: 'encrypted vs plain write/read throughput, and database open time',
  run(ctx) {
    const rows = ctx.rows ?? Math.round(DEFAULT_ROWS * ctx.scale);
    ctx.size('db.rows', rows);
    const payload = randomBytes(24).toString('hex');
    const key = generateKey();
    const result: Record<'enc' | 'plain', { w: number[]; r: number[] }> = {
      enc: { w: [], r: [] },
      plain: { w: [], r: [] },
    };
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['plain', 'enc'] as const) {
        const db = openRaw(path.join(ctx.tmp, `${kind}.db`), kind === 'enc' ? key : null);
        const w = fill(db, rows, payload);
        db.pragma('wal_checkpoint(TRUNCATE)');
        const r = scan(db);
        db.close();
        result[kind].w.push(rows / (w / 1000));
        result[kind].r.push(rows / (r / 1000));
      }
    }
    ctx.record('db.write.plain', result.plain.w, 'rows/s');
    ctx.record('db.write.encrypted', result.enc.w, 'rows/s');
    ctx.record('db.read.plain', result.plain.r, 'rows/s');
    ctx.record('db.read.encrypted', result.enc.r, 'rows/s');
    ctx.record(
      'db.write.encrypted_to_plain_ratio',
      result.enc.w.map((w, i) => w / result.plain.w[i]!),
      'ratio',
    );
    ctx.record(
      'db.read.encrypted_to_plain_ratio',
      result.enc.r.map((r, i) => r / result.plain.r[i]!),
      'ratio',
    );

    // Open time of a real Privacy Desk database holding the encrypted table above.
    const file = path.join(ctx.tmp, 'desk.db');
    Server.open({ file, key, create: 'allow' }).close();
    const raw = openRaw(file, key);
    fill(raw, rows, payload);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const plainOpen: number[] = [];
    const checkedOpen: number[] = [];
    for (let i = 0; i < 10; i++) {
      plainOpen.push(timeMs(() => Server.open({ file, key }).close()));
      checkedOpen.push(timeMs(() => Server.open({ file, key, quickCheck: true }).close()));
    }
    ctx.record('db.open', plainOpen, 'ms');
    ctx.record('db.open_with_quick_check', checkedOpen, 'ms');
  },
};
