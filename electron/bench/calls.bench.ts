// Every call a screen makes, at a million letters (100,000 requests of all types and states,
// 100,000 outgoing letters, 1,000,000 audit entries; --scale for less), through the core worker
// and its dispatch as the window makes them: start-up to the sign-in screen, resident memory, each
// read call (median/p95/p99), the main writes, the interactive reads while a backup and a purge
// run (with the p99 ratio to idle), and the search and list queries against a plain-SQLite
// baseline. The seeded database is built in-process first, then the core opens it as the app does.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { s10CheckDigit } from '../../common/identifiers/s10';
import { generateKey } from '../core/keys';
import { FileKeyStore } from '../core/keystore';
import { seedDemo } from '../mailroom';
import type { CoreClient } from '../worker/core-client';
import { Server } from '../sql/server';
import { baselineBench } from './calls-baseline';
import { watchMainThread } from './main-thread';
import { callOk, measureIdle, measurePlan, measureWhile, type Caller } from './calls-measure';
import { measureStartup, startCore, type Started } from './calls-startup';
import { interactivePlan, probe, readPlan, type Probes } from './calls-plan';
import { seedAudit, seedDesk } from './calls-seed';
import { stats, timeMsAsync, type BenchContext, type BenchSuite } from './harness';

const FULL = { letters: 1_000_000, requests: 100_000, outgoing: 100_000, audit: 1_000_000 };
const ADMIN = { username: 'admin', displayName: 'Bench Admin', password: 'bench password 1' };
/** Who signs the letters the bench generates (the office's letterhead keeps its shipped name). */
const LETTERHEAD = {
  signatory: {
    kk: { name: 'Д. Серікбаев', position: 'Дербес деректерді өңдеуге жауапты тұлға' },
    ru: { name: 'Д. Серикбаев', position: 'Лицо, ответственное за обработку персональных данных' },
    en: { name: 'D. Serikbayev', position: 'Person responsible for personal data processing' },
  },
  executor: { name: 'А. Нұрланова', phone: '+7 727 355 00 01' },
};
const ROUNDS = 15;
const CALL_BUDGET_MS = 5_000;
const WRITES = 100;
/**
 * Writes made before the measured ones: the first of a run compiles statements, warms the JIT and
 * the writer's page cache (~20 ms, once after a start). With 40 samples two cold ones were the p95;
 * the first is reported on its own instead.
 */
const WARM_UP_WRITES = 5;
/** How long the purge runs under the reads before it is cancelled (see purgeFor). */
const PURGE_WINDOW_MS = 60_000;
const note = (s: string) => process.stderr.write(`calls: ${s} (${new Date().toISOString().slice(11, 19)})\n`);

interface Desk {
  dbFile: string;
  keyFile: string;
  keyStore: FileKeyStore;
  probes: Probes;
}

/**
 * The desk to measure: seeded in the run's temporary folder, or with --desk DIR seeded there and
 * kept, and reused by the next run with the same folder (seeding a million letters takes minutes;
 * a reused desk carries what earlier runs wrote, so the README's figures come from a fresh one).
 */
function pickDesk(ctx: BenchContext): Desk {
  if (!ctx.desk) return seed(ctx, ctx.tmp);
  mkdirSync(ctx.desk, { recursive: true });
  if (!existsSync(path.join(ctx.desk, 'desk.db'))) return seed(ctx, ctx.desk);
  const keyStore = new FileKeyStore(path.join(ctx.desk, 'desk.key'));
  const dbFile = path.join(ctx.desk, 'desk.db');
  const server = Server.open({ file: dbFile, key: keyStore.load() });
  try {
    const count = (table: string) =>
      (server.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const [k, table] of Object.entries(TABLES)) ctx.size(`calls.${k}`, count(table));
    return { dbFile, keyFile: keyStore.file, keyStore, probes: probe(server.db) };
  } finally {
    server.close();
  }
}

const TABLES = {
  letters: 'incoming_letters',
  requests: 'requests',
  outgoing: 'outgoing_letters',
  audit: 'audit_log',
};

function seed(ctx: BenchContext, dir: string): Desk {
  const n = (full: number) => Math.max(100, Math.round(full * ctx.scale));
  const sizes = {
    letters: n(FULL.letters),
    requests: n(FULL.requests),
    outgoing: n(FULL.outgoing),
    audit: n(FULL.audit),
  };
  for (const [k, v] of Object.entries(sizes)) ctx.size(`calls.${k}`, v);
  const dbFile = path.join(dir, 'desk.db');
  const keyStore = new FileKeyStore(path.join(dir, 'desk.key'));
  const key = generateKey();
  keyStore.save(key);
  const server = Server.open({ file: dbFile, key, create: 'allow' });
  try {
    const days = Math.max(30, Math.ceil(sizes.letters / 1000));
    const t0 = Date.now();
    // The audit entries first: their times lie in the past, and the chain never goes back in time.
    seedAudit(server, sizes.audit, server.now().getTime() - 86_400_000, days);
    const t1 = Date.now();
    const letters = seedDemo(server, 'bench', { letters: sizes.letters, seed: 4, days });
    const t2 = Date.now();
    seedDesk(server, sizes, days);
    ctx.record('calls.seed.audit', [sizes.audit / ((t1 - t0) / 1000)], 'rows/s');
    ctx.record('calls.seed.letters', [sizes.letters / (letters.ms / 1000)], 'letters/s');
    ctx.record(
      'calls.seed.requests_and_outgoing',
      [(sizes.requests + sizes.outgoing) / ((Date.now() - t2) / 1000)],
      'rows/s',
    );
    ctx.record('calls.seed.total', [(Date.now() - t0) / 1000], 's');
    server.checkpoint();
    return { dbFile, keyFile: keyStore.file, keyStore, probes: probe(server.db) };
  } finally {
    server.close();
  }
}

/** An intake as the clerk's form sends it: a registered letter of its own for each `n`. */
function intakeInput(n: number) {
  const serial = String(n).padStart(8, '0');
  return {
    channel: 'registered_mail',
    trackingNumber: `RR${serial}${s10CheckDigit(serial)}KZ`,
    sender: { kind: 'person', name: `Бенчмарк Жіберуші ${n}`, address: 'Алматы қ., Абай даңғылы 10' },
    documentType: 'withdrawal',
    language: 'kk',
    summary: `Келісімді қайтарып алу туралы өтініш №${n}`,
    sheets: 1,
  };
}

/**
 * The main writes as the two roles make them. The clerk registers a pile of letters one after
 * another (`calls.intake.create`); the officer then takes each through open, verify, decide and a
 * letter. One person at one window never sends an intake the instant a letter is made, but the
 * officer's flow is followed by an intake anyway (`calls.intake.create_after_letter`): on two cores
 * it shares the CPU with the letter's render and its garbage collection on a reader.
 */
async function writes(ctx: BenchContext, call: Caller): Promise<void> {
  const t: Record<string, number[]> = { intake: [], after: [], open: [], verify: [], decide: [], letter: [] };
  let warm = false;
  let firstIntake: number | undefined;
  const time = async <T>(k: string, name: string, input: unknown): Promise<T> => {
    let out: T | undefined;
    const ms = await timeMsAsync(async () => (out = await callOk<T>(call, name, input)));
    if (warm) t[k]!.push(ms);
    else if (k === 'intake') firstIntake ??= ms;
    return out as T;
  };
  const current = await callOk<Record<string, unknown>>(call, 'letters.letterhead.get', {});
  await callOk(call, 'letters.letterhead.save', { ...current, ...LETTERHEAD });
  // Letters of their own in each run: a desk reused with --desk already holds an earlier run's.
  const run = 90_000_000 + Math.floor(Math.random() * 9_000_000);
  const letters: { n: number; incomingNo: string }[] = [];
  for (let i = 0; i < WARM_UP_WRITES + WRITES; i++) {
    warm = i >= WARM_UP_WRITES;
    const letter = await time<{ incomingNo: string }>('intake', 'intake.create', intakeInput(run + i));
    letters.push({ n: run + i, incomingNo: letter.incomingNo });
  }
  for (const [i, { n, incomingNo }] of letters.entries()) {
    warm = i >= WARM_UP_WRITES;
    const sender = intakeInput(n).sender;
    const request = await time<{ id: string }>('open', 'requests.open', {
      type: 'withdrawal',
      letters: [incomingNo],
      requesterRole: 'subject',
      subject: { name: sender.name, address: sender.address, iin: '900115300122', accountId: `acc-${n}` },
      confirmDuplicates: true,
    });
    const verification = { method: 'not_required', reason: 'signed_letter_matches_records' };
    await time('verify', 'requests.verify', { id: request.id, verification });
    const decision = { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false };
    await time('decide', 'requests.decide', { id: request.id, decision });
    await time('letter', 'letters.generate', { kind: 'acknowledgment', requestId: request.id });
    await time('after', 'intake.create', intakeInput(run + WARM_UP_WRITES + WRITES + i));
  }
  ctx.record('calls.intake.create', t.intake!, 'ms');
  ctx.record('calls.intake.create_first_after_start', firstIntake === undefined ? [] : [firstIntake], 'ms');
  ctx.record('calls.intake.create_after_letter', t.after!, 'ms');
  ctx.record('calls.requests.open', t.open!, 'ms');
  ctx.record('calls.requests.verify', t.verify!, 'ms');
  ctx.record('calls.requests.decide', t.decide!, 'ms');
  ctx.record('calls.letters.generate', t.letter!, 'ms');
}

/**
 * A purge run for at most `ms`, then cancelled as the admin's Cancel does: at full size the
 * seeded backlog (every 7th closed request erased long ago, thousands of requests) takes far
 * longer than the reads need to be sampled, and the cancel must leave a consistent database.
 */
async function purgeFor(core: CoreClient, sessionToken: string, ms: number): Promise<void> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), ms);
  try {
    const r = await core.call('requests.purge', { dryRun: false }, { sessionToken, signal: stop.signal });
    if (!r.ok && r.error.code !== 'CANCELLED') throw new Error(`requests.purge: ${JSON.stringify(r.error)}`);
  } catch (e) {
    if (!(e instanceof PdError && e.code === 'CANCELLED')) throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the core's background integrity check has ended; the milliseconds waited. */
async function integrityDone(core: CoreClient): Promise<number> {
  const t0 = performance.now();
  // The worker publishes its facts when they change; this only looks at the last ones.
  while (core.facts.integrityChecking) await new Promise((resolve) => setTimeout(resolve, 250));
  return performance.now() - t0;
}

/** The interactive reads while a backup (then a purge) runs, against the same reads idle. */
async function underMaintenance(
  ctx: BenchContext,
  { core, call, sessionToken }: Started,
  probes: Probes,
): Promise<void> {
  const plan = interactivePlan(probes);
  const idle = await measureIdle(call, plan, 160);
  ctx.record('calls.interactive.idle', idle, 'ms');
  const during: number[] = [];
  for (let run = 0; run < 5 && during.length < 160; run++) {
    // A folder a run: a backup is named to the second, and a small desk's backups end within one.
    const folder = path.join(ctx.tmp, `backups-${run}`);
    mkdirSync(folder);
    await callOk(call, 'backup.configure', { enabled: false, folder, keep: 2, hour: 18 });
    during.push(...(await measureWhile(call, plan, callOk(call, 'backup.runNow', {}))));
  }
  ctx.record('calls.interactive.during_backup', during, 'ms');
  const purge = await measureWhile(call, plan, purgeFor(core, sessionToken, PURGE_WINDOW_MS));
  ctx.record('calls.interactive.during_purge', purge, 'ms');
  const p99 = (s: number[]) => stats(s).p99;
  ctx.record('calls.interactive.backup_p99_to_idle_ratio', [p99(during) / p99(idle)], 'ratio');
  ctx.record('calls.interactive.purge_p99_to_idle_ratio', [p99(purge) / p99(idle)], 'ratio');
}

export const callsBench: BenchSuite = {
  name: 'calls',
  description:
    'every screen call through the core worker at 1,000,000 letters; maintenance; plain-SQLite baseline',
  async run(ctx) {
    note('seeding');
    const desk = pickDesk(ctx);
    note('start-up');
    // The first start creates the administrator; then start-up in fresh processes.
    await (await startCore(desk.dbFile, desk.keyFile, ADMIN)).core.close();
    await measureStartup(ctx, desk, ADMIN);
    const started = await startCore(desk.dbFile, desk.keyFile, ADMIN);
    const { core, call } = started;
    // The figures are of the steady state: the start's background quick_check reads the whole file
    // on a core of its own first (its own figure: how long after the start it ends).
    note('integrity check');
    ctx.record(
      'calls.integrity_check_after_start',
      [(started.toDashboard + (await integrityDone(core))) / 1000],
      's',
    );
    const mainThread = watchMainThread();
    try {
      note('reads');
      const reads = await measurePlan(call, readPlan(desk.probes), ROUNDS, CALL_BUDGET_MS);
      for (const [group, samples] of reads) ctx.record(group, samples, 'ms');
      note('writes');
      await writes(ctx, call);
      note('maintenance');
      await underMaintenance(ctx, started, desk.probes);
    } finally {
      const lags = mainThread.stop();
      ctx.record('calls.main_thread.lag', lags, 'ms');
      ctx.record('calls.main_thread.tasks_over_50ms', [lags.filter((l) => l > 50).length], 'count');
      ctx.record('calls.main_thread.longest_task', [Math.max(0, ...lags)], 'ms');
      await core.close();
    }
    note('baseline');
    const server = Server.open({ file: desk.dbFile, key: desk.keyStore.load() });
    try {
      baselineBench(ctx, server, path.join(ctx.tmp, 'plain.db'));
    } finally {
      server.close();
    }
  },
};
