// Encrypted versus plain SQLite: write and read throughput at 1,000,000 rows, and open time; and in
// the same run the desk's earlier format (SQLCipher 4, which files of earlier releases are converted
// from) and ChaCha20-Poly1305, the library's other modern cipher, so the choice of AEGIS-256 stays
// visible (README, "Against the targets of issue 18").
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { generateKey } from '../core/keys';
import { applyCipher, keyPragma } from '../sql/file-format';
import { Server } from '../sql/server';
import { timeMs, type BenchSuite } from './harness';

const DEFAULT_ROWS = 1_000_000;
// Seven paired runs: a 1M-row scan is under half a second, and three left the read ratio at the mercy of one slow run.
const RUNS = 7;
const BATCH = 10_000;

/** What the project uses (null: plain SQLite), or another cipher of SQLite3 Multiple Ciphers. */
type Cipher = 'desk' | 'sqlcipher' | 'chacha20' | null;
const CANDIDATES = ['sqlcipher', 'chacha20'] as const;

function openRaw(file: string, key: Buffer | null, cipher: Cipher = key ? 'desk' : null): Database.Database {
  const db = new Database(file);
  if (key && cipher === 'desk') applyCipher(db, key);
  else if (key && cipher === 'sqlcipher') applyCipher(db, key, 'sqlcipher');
  else if (key && cipher) {
    db.pragma(`cipher='${cipher}'`);
    db.pragma(keyPragma(key));
  }
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
  description: 'encrypted (and the other ciphers on offer) vs plain write/read throughput; open time',
  run(ctx) {
    const rows = ctx.rows ?? Math.round(DEFAULT_ROWS * ctx.scale);
    ctx.size('db.rows', rows);
    const payload = randomBytes(24).toString('hex');
    const key = generateKey();
    const kinds = ['plain', 'enc', ...CANDIDATES] as const;
    const result = Object.fromEntries(
      kinds.map((k) => [k, { w: [] as number[], r: [] as number[] }]),
    ) as Record<(typeof kinds)[number], { w: number[]; r: number[] }>;
    for (let run = 0; run < RUNS; run++) {
      for (const kind of kinds) {
        const cipher: Cipher = kind === 'plain' ? null : kind === 'enc' ? 'desk' : kind;
        const db = openRaw(path.join(ctx.tmp, `${kind}-${run}.db`), cipher ? key : null, cipher);
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
    const ratio = (name: string, of: number[], to: number[]) =>
      ctx.record(
        name,
        of.map((x, i) => x / to[i]!),
        'ratio',
      );
    ratio('db.write.encrypted_to_plain_ratio', result.enc.w, result.plain.w);
    ratio('db.read.encrypted_to_plain_ratio', result.enc.r, result.plain.r);
    for (const c of CANDIDATES) {
      ratio(`db.write.${c}_to_plain_ratio`, result[c].w, result.plain.w);
      ratio(`db.read.${c}_to_plain_ratio`, result[c].r, result.plain.r);
    }

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
