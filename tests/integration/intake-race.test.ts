// Numbering under real concurrency: worker threads, each with its own connection to one encrypted
// file, released together at a barrier and registering letters as fast as they can. BEGIN IMMEDIATE
// serialises the writers; the counter row is taken inside each transaction.
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');

function bundleWorker(): string {
  // Inside node_modules so the bundle finds the native driver the usual way.
  const dir = path.join(ROOT, 'node_modules', '.cache', 'privacy-desk-tests');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `intake-race-worker-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.join(ROOT, 'tests', 'helpers', 'intake-race-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

describe('register numbers under concurrent writers', () => {
  let t: TmpDb;
  beforeEach(() => {
    t = tmpDb();
    t.open().close();
  });
  afterEach(() => t.cleanup());

  it('racing saves from several connections never share or skip a number', async () => {
    const WORKERS = 4;
    const EACH = 40;
    const script = bundleWorker();
    const barrier = new SharedArrayBuffer(12);
    const gate = new Int32Array(barrier);
    const results = runWorkers(script, WORKERS, EACH, t, barrier);
    while (Atomics.load(gate, 1) < WORKERS) await new Promise((r) => setTimeout(r, 10));
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    const done = await results;
    rmSync(script, { force: true });
    for (const r of done) expect(r.ok, r.error).toBe(true);
    const all = done.flatMap((r) => r.seqs!);
    expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: WORKERS * EACH }, (_, i) => i + 1));
    // Interleaving is up to the scheduler; show it rather than demand it.
    const switches = done.map((r) => r.seqs!.filter((s, i, a) => i > 0 && s !== a[i - 1]! + 1).length);
    console.info('times each worker was overtaken by another:', switches.join(', '));

    const s = t.open();
    try {
      const rows = s.db.prepare('SELECT seq, incoming_no AS no FROM incoming_letters ORDER BY seq').all() as {
        seq: number;
        no: string;
      }[];
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: WORKERS * EACH }, (_, i) => i + 1));
      expect(rows[0]!.no).toMatch(/^ВХ-\d{4}-000001$/);
      expect(new Set(rows.map((r) => r.no)).size).toBe(WORKERS * EACH);
      expect(
        s.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'intake.create'").get(),
      ).toEqual({ n: WORKERS * EACH });
      expect(
        s.db.prepare("SELECT count(*) AS n FROM outbox WHERE event_type = 'letter.registered'").get(),
      ).toEqual({ n: WORKERS * EACH });
    } finally {
      s.close();
    }
  });
});

function runWorkers(script: string, workers: number, each: number, t: TmpDb, barrier: SharedArrayBuffer) {
  return Promise.all(
    Array.from(
      { length: workers },
      (_, worker) =>
        new Promise<{ ok: boolean; seqs?: number[]; error?: string }>((resolve, reject) => {
          const w = new Worker(script, {
            workerData: { file: t.file, keyHex: t.key.toString('hex'), worker, count: each, barrier },
          });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
}
