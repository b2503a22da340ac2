// npm run bench [-- --only NAME] [-- --rows N]: prints one JSON object with medians and p95s.
import { dbBench } from './db.bench';
import { runSuites, type BenchSuite } from './harness';
import { lettersBench } from './letters.bench';
import { mailroomBench } from './mailroom.bench';
import { syncBench } from './sync.bench';

export const SUITES: BenchSuite[] = [dbBench, syncBench, mailroomBench, lettersBench];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const rows = arg('--rows');
runSuites(SUITES, { only: arg('--only'), rows: rows ? Number(rows) : undefined })
  .then((out) => process.stdout.write(JSON.stringify(out, null, 2) + '\n'))
  .catch((e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
