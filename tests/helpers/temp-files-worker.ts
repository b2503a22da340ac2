// Runs in a child process whose SQLITE_TMPDIR/TMPDIR point at an empty folder (the env is read
// when the driver loads, so it cannot be set inside the test process). It fills a database with
// demo letters and runs the heaviest statements the desk has, while a watcher thread looks at
// every file descriptor the process holds: SQLite unlinks its temp files right after opening
// them, so listing the folder afterwards would see nothing even when plaintext went to disk.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportSchema } from '../../common/contract/mailroom';
import { generateKey } from '../../electron/core/keys';
import { buildExport } from '../../electron/mailroom/export';
import { seedDemo } from '../../electron/mailroom/seed';
import { report } from '../../electron/requests/reports';
import { backupDatabase } from '../../electron/sql/maintenance';
import { Server } from '../../electron/sql/server';

const [workDir, tempDir, lettersArg] = process.argv.slice(2) as [string, string, string];

/** Polls /proc/self/fd from another thread (the main thread is blocked inside SQLite). */
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const seen = new Map();
const pause = new Int32Array(new SharedArrayBuffer(4));
let stop = false;
parentPort.on('message', () => { stop = true; });
function look() {
  let fds = [];
  try { fds = fs.readdirSync('/proc/self/fd'); } catch { return; }
  for (const fd of fds) {
    let target;
    try { target = fs.readlinkSync('/proc/self/fd/' + fd); } catch { continue; }
    if (!target.startsWith(workerData.dir)) continue;
    const prev = seen.get(target) ?? { bytes: 0, plaintext: false, readAt: 0 };
    // Reading a growing spill file on every poll would starve the queries: at most every 200 ms.
    if (Date.now() - prev.readAt < 200) continue;
    try {
      const b = fs.readFileSync('/proc/self/fd/' + fd);
      prev.bytes = Math.max(prev.bytes, b.length);
      if (workerData.needles.some((n) => b.includes(Buffer.from(n, 'utf8')))) prev.plaintext = true;
    } catch {}
    prev.readAt = Date.now();
    seen.set(target, prev);
  }
}
(async function poll() {
  while (!stop) {
    look();
    Atomics.wait(pause, 0, 0, 2);
    await new Promise((r) => setImmediate(r));
  }
  parentPort.postMessage([...seen].map(([file, v]) => ({ file, bytes: v.bytes, plaintext: v.plaintext })));
})();
`;

// Surnames and first names the demo generator uses (any one in a temp file is plaintext).
const NEEDLES = ['Сейтқали', 'Нұрланов', 'Жұмабаев', 'Ахметов', 'Айгерім', 'Нұрлан', 'Алматы'];

async function main(): Promise<void> {
  const watcher = new Worker(WATCHER, {
    eval: true,
    workerData: { dir: path.resolve(tempDir), needles: NEEDLES },
  });
  const seenFiles = new Promise<Array<{ file: string; bytes: number; plaintext: boolean }>>((resolve) =>
    watcher.once('message', resolve),
  );
  mkdirSync(workDir, { recursive: true });
  const server = Server.open({ file: path.join(workDir, 'desk.db'), key: generateKey(), create: 'allow' });
  const steps: Record<string, number> = {};
  const step = async (name: string, fn: () => unknown) => {
    const t = Date.now();
    await fn();
    steps[name] = Date.now() - t;
    if (process.env.PD_TRACE) process.stderr.write(`${name} ${steps[name]} ms\n`);
  };
  const db = server.db;
  await step('seed', () => seedDemo(server, 'cli', { letters: Number(lettersArg), seed: 7, batch: 20_000 }));
  const range = db
    .prepare('SELECT min(received_at) AS a, max(received_at) AS b FROM incoming_letters')
    .get() as { a: string; b: string };
  // Sorts on columns with no index, a DISTINCT and a GROUP BY (temp b-trees), over every row.
  await step(
    'sort',
    () =>
      db.prepare('SELECT * FROM incoming_letters ORDER BY summary DESC, sender_name, sender_address').all()
        .length,
  );
  await step(
    'distinct',
    () =>
      db.prepare('SELECT DISTINCT sender_name, sender_address FROM incoming_letters ORDER BY 2').all().length,
  );
  await step(
    'group',
    () =>
      db
        .prepare('SELECT sender_name, count(*) FROM incoming_letters GROUP BY sender_name ORDER BY 2 DESC')
        .all().length,
  );
  const period = { from: range.a.slice(0, 10), to: range.b.slice(0, 10) };
  await step('export', () =>
    buildExport(server, 'cli', exportSchema.parse({ register: 'incoming', format: 'csv', ...period })),
  );
  await step('report', () => report(server, period.from, period.to));
  // A whole-index FTS5 merge, the heaviest statement the full-text index has.
  await step('ftsOptimize', () =>
    server.maintain((d) => d.prepare("INSERT INTO incoming_fts(incoming_fts) VALUES ('optimize')").run()),
  );
  await step('vacuumInto', () => backupDatabase(server, path.join(workDir, 'backup.db'), 'cli'));
  const tempStore = db.pragma('temp_store', { simple: true });
  server.close();
  watcher.postMessage('stop');
  const files = await seenFiles;
  await watcher.terminate();
  const left = readdirSync(tempDir);
  process.stdout.write(JSON.stringify({ tempStore, steps, files, left, rows: Number(lettersArg) }));
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error)?.stack ?? e));
  process.exit(1);
});
