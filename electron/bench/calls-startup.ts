// Start-up and resident memory, measured in a fresh process (the bench's own, having seeded a
// million rows, holds memory the app would not): the child starts the core worker on the seeded
// database as the app does, times it to the sign-in screen (worker up, database open with
// quick_check, app.state) and to the first dashboard after signing in, opens a screenful of
// calls, and reports its resident set size.
import { spawn } from 'node:child_process';
import { FileKeyStore } from '../core/keystore';
import { CoreClient } from '../worker/core-client';
import { callOk, measureIdle, type Caller } from './calls-measure';
import { interactivePlan, type Probes } from './calls-plan';
import { watchMainThread } from './main-thread';
import type { BenchContext } from './harness';

export const STARTUP_FLAG = '--calls-startup';
const MB = 1024 * 1024;
const CHILD_TIMEOUT_MS = 10 * 60_000;

export interface Credentials {
  username: string;
  password: string;
  displayName: string;
}

interface ChildReport {
  toSignIn: number;
  toDashboard: number;
  rssSignedIn: number;
  rssAfterScreens: number;
  /** The host thread during a screenful of calls: its longest stall, and stalls over 50 ms. */
  longestTask: number;
  tasksOver50: number;
}

export interface Started {
  core: CoreClient;
  call: Caller;
  sessionToken: string;
  toSignIn: number;
  toDashboard: number;
}

/** Starts the core on the database; the first start on a new database creates the administrator. */
export async function startCore(dbFile: string, keyFile: string, admin: Credentials): Promise<Started> {
  const t0 = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const core = await CoreClient.start({
    dbFile,
    keyStore: new FileKeyStore(keyFile),
    shell: 'headless',
    version: 'bench',
  });
  const state = await core.state();
  const toSignIn = since();
  const anonymous = core.call.bind(core);
  const { sessionToken } =
    state.phase === 'setup'
      ? await callOk<{ sessionToken: string }>(anonymous, 'app.setup', { admin })
      : await callOk<{ sessionToken: string }>(anonymous, 'auth.login', {
          username: admin.username,
          password: admin.password,
        });
  const call: Caller = (name, input) => core.call(name, input, { sessionToken });
  await callOk(call, 'requests.dashboard', {});
  return { core, call, sessionToken, toSignIn, toDashboard: since() };
}

/** The child's side (dist/bench.cjs --calls-startup db key): one start, its figures on stdout. */
export async function startupChild(argv: string[]): Promise<void> {
  const [dbFile, keyFile, admin, probes] = argv;
  const s = await startCore(dbFile!, keyFile!, JSON.parse(admin!) as Credentials);
  const rssSignedIn = process.memoryUsage().rss / MB;
  // Here the process is what Electron's main is to the window: the core client and nothing else.
  const watch = watchMainThread();
  await measureIdle(s.call, interactivePlan(JSON.parse(probes!) as Probes), 16);
  const lags = watch.stop();
  const report: ChildReport = {
    longestTask: Math.max(0, ...lags),
    tasksOver50: lags.filter((l) => l > 50).length,
    toSignIn: s.toSignIn,
    toDashboard: s.toDashboard,
    rssSignedIn,
    rssAfterScreens: process.memoryUsage().rss / MB,
  };
  await s.core.close();
  process.stdout.write(JSON.stringify(report));
}

function runChild(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, STARTUP_FLAG, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    // A start that hangs fails the bench rather than holding it for ever.
    const timer = setTimeout(() => child.kill(), CHILD_TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as ChildReport);
      else reject(new Error(`start-up child ended (${signal ?? code})`));
    });
  });
}

export async function measureStartup(
  ctx: BenchContext,
  desk: { dbFile: string; keyFile: string; probes: Probes },
  admin: Credentials,
  runs = 3,
): Promise<void> {
  const args = [desk.dbFile, desk.keyFile, JSON.stringify(admin), JSON.stringify(desk.probes)];
  const reports: ChildReport[] = [];
  for (let i = 0; i < runs; i++) reports.push(await runChild(args));
  const metrics: Array<[string, keyof ChildReport, string]> = [
    ['calls.startup_to_signin', 'toSignIn', 'ms'],
    ['calls.startup_to_first_dashboard', 'toDashboard', 'ms'],
    ['calls.rss_signed_in', 'rssSignedIn', 'MB'],
    ['calls.rss_after_screens', 'rssAfterScreens', 'MB'],
    ['calls.host_thread.longest_task', 'longestTask', 'ms'],
    ['calls.host_thread.tasks_over_50ms', 'tasksOver50', 'count'],
  ];
  for (const [name, key, unit] of metrics)
    ctx.record(
      name,
      reports.map((r) => r[key]),
      unit,
    );
}
