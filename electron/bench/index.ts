// npm run bench [-- --only NAME] [-- --skip NAME,NAME] [-- --rows N] [-- --scale 0.05] [-- --desk DIR]:
// prints one JSON object with each metric's median, p95 and p99.
import { callsBench } from './calls.bench';
import { startupChild, STARTUP_FLAG } from './calls-startup';
import { dbBench } from './db.bench';
import { runSuites, type BenchSuite } from './harness';
import { lettersBench } from './letters.bench';
import { mailroomBench } from './mailroom.bench';
import { syncBench } from './sync.bench';
import { uiBench } from './ui.bench';

export const SUITES: BenchSuite[] = [dbBench, syncBench, mailroomBench, lettersBench, callsBench, uiBench];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// The calls suite's start-up child (a fresh process, see calls-startup.ts).
const child = process.argv.indexOf(STARTUP_FLAG);
if (child >= 0) {
  startupChild(process.argv.slice(child + 1)).catch((e: unknown) => {
    process.stderr.write(`start-up child failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
} else main();

function main(): void {
  const rows = arg('--rows');
  const scale = Number(arg('--scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a fraction in (0, 1]');
  runSuites(SUITES, {
    only: arg('--only'),
    skip: arg('--skip')?.split(','),
    rows: rows ? Number(rows) : undefined,
    scale,
    desk: arg('--desk'),
  })
    .then((out) => process.stdout.write(JSON.stringify({ ...out, scale }, null, 2) + '\n'))
    .catch((e: unknown) => {
      process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
