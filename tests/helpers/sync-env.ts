// A desk (real encrypted database in a temp folder) and a reference central (real HTTP on
// 127.0.0.1, its own SQLite file), plus realistic outbox traffic and the exactly-once check.
// The central is reached through a recording proxy that checks every exchange against the
// OpenAPI contract (fault-proxy.ts, sync-contract.ts): its close() fails on a violation.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { syncEvent, type SyncEventType } from '../../common/sync/payloads';
import { startCentral, type CentralOptions, type RunningCentral } from '../../electron/central/server';
import { formatRecoveryKey } from '../../electron/core/keys';
import type { Server } from '../../electron/sql/server';
import { FaultProxy, type ProxyOptions } from './fault-proxy';
import { SAMPLE_PAYLOADS } from './sync-fixtures';
import { tmpDb, type TmpDb } from './tmpdb';

export const TOKEN = 'desk-token-0123456789';

export interface TestCentral extends RunningCentral {
  /** The contract-checking proxy the url points at (null for HTTPS, which it cannot see into). */
  proxy: FaultProxy | null;
}

export type TestCentralOptions = Partial<CentralOptions> & Pick<ProxyOptions, 'tamper'>;

/**
 * A reference central behind the contract-checking proxy: `url` and `port` are the proxy's, so
 * everything the desk sends and central answers is validated; close() fails on a violation.
 */
export async function newCentral(dir: string, opts: TestCentralOptions = {}): Promise<TestCentral> {
  const { port, tamper, ...rest } = opts;
  const central = await startCentral({ dbFile: path.join(dir, 'central.db'), tokens: [TOKEN], ...rest });
  if (rest.tls) return { ...central, proxy: null };
  let proxy: FaultProxy;
  try {
    proxy = await FaultProxy.start(central.url, { port, tamper });
  } catch (e) {
    await central.close();
    throw e;
  }
  let closing: Promise<void> | null = null;
  return {
    ...central,
    url: proxy.url,
    port: proxy.port,
    proxy,
    close: () =>
      (closing ??= proxy.close().then(
        () => central.close(),
        async (e: unknown) => {
          await central.close();
          throw e;
        },
      )),
  };
}

export interface Desk extends TmpDb {
  server: Server;
  keyFile: string;
}

export function newDesk(): Desk {
  const t = tmpDb();
  const server = t.open();
  const keyFile = path.join(t.dir, 'desk.key');
  writeFileSync(keyFile, formatRecoveryKey(t.key) + '\n', { mode: 0o600 });
  return { ...t, server, keyFile };
}

/** The life of one request, in order: what a desk emits for it. */
const REQUEST_LIFE: SyncEventType[] = [
  'request.opened',
  'request.changed',
  'request.decided',
  'action.requested',
  'request.closed',
];

/**
 * Emits realistic traffic: for each of `requests` requests a letter.registered on its letter record
 * and the request's life on its request record, interleaved across requests (round robin, as days
 * go by), one write per event like the features do. Returns the number of events.
 */
export function seedTraffic(
  server: Server,
  requests: number,
  opts: { prefix?: string; life?: SyncEventType[] } = {},
): number {
  const prefix = opts.prefix ?? 'r';
  const life = opts.life ?? REQUEST_LIFE;
  let n = 0;
  const emit = (type: SyncEventType, recordId: string, payload: object) =>
    server.write('tester', (tx) => {
      tx.emit(syncEvent(type, recordId, payload as never));
      tx.audit({ action: 'test.event', entityType: 'test', entityId: recordId, summary: type });
      n++;
    });
  for (let i = 0; i < requests; i++)
    emit('letter.registered', `${prefix}-letter-${i}`, SAMPLE_PAYLOADS['letter.registered']);
  for (const type of life) {
    for (let i = 0; i < requests; i++) {
      const payload =
        type === 'action.requested'
          ? { ...SAMPLE_PAYLOADS[type], actionId: `${prefix}-act-${i}` }
          : SAMPLE_PAYLOADS[type];
      emit(type, `${prefix}-req-${i}`, payload);
    }
  }
  return n;
}

/** Faster seeding for big backlogs: many events in one transaction (one audit entry). */
export function seedBacklog(server: Server, events: number, perRecord = 5): void {
  const life = REQUEST_LIFE.slice(0, perRecord);
  const records = Math.ceil(events / life.length);
  server.write('tester', (tx) => {
    let n = 0;
    for (const type of life) {
      for (let i = 0; i < records && n < events; i++, n++) {
        const payload =
          type === 'action.requested'
            ? { ...SAMPLE_PAYLOADS[type], actionId: `act-${i}` }
            : SAMPLE_PAYLOADS[type];
        tx.emit(syncEvent(type, `req-${i}`, payload as never));
      }
    }
    tx.audit({
      action: 'test.backlog',
      entityType: 'test',
      entityId: 'backlog',
      summary: `${events} events`,
    });
  });
}

interface OutboxRow {
  seq: number;
  eventId: string;
  recordType: string;
  recordId: string;
  payload: string;
  state: string;
}

export function outboxRows(server: Server): OutboxRow[] {
  return server.db
    .prepare(
      'SELECT seq, event_id AS eventId, record_type AS recordType, record_id AS recordId, payload, state FROM outbox ORDER BY seq',
    )
    .all() as OutboxRow[];
}

/**
 * Every desk event is at central exactly once, unchanged, and central received each record's
 * events in the desk's order; the desk has marked them all delivered.
 */
export function expectExactlyOnceInOrder(server: Server, central: RunningCentral): void {
  const desk = outboxRows(server);
  const got = central.store.listEvents({ deskId: server.deskId });
  expect(desk.filter((e) => e.state !== 'delivered').map((e) => e.seq)).toEqual([]);
  expect(got.length).toBe(desk.length);
  expect(new Set(got.map((e) => e.eventId)).size).toBe(got.length);
  const bySeq = new Map(desk.map((e) => [e.seq, e]));
  for (const e of got) {
    const d = bySeq.get(e.seq);
    expect(d?.eventId).toBe(e.eventId);
    expect(e.payload).toEqual(JSON.parse(d!.payload));
  }
  // Central's arrival order (id), per record, is the desk's seq order.
  const lastSeq = new Map<string, number>();
  for (const e of got) {
    const k = `${e.recordType}/${e.recordId}`;
    expect(e.seq, `order of ${k}`).toBeGreaterThan(lastSeq.get(k) ?? 0);
    lastSeq.set(k, e.seq);
  }
}

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

/** Builds dist/cli.cjs when it is missing or predates the sync commands. */
export function ensureCliBuilt(): void {
  const probe = spawnSync(process.execPath, [BIN, 'sync', '--help'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.includes('run')) return;
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--main-only'], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: Record<string, unknown> | undefined;
}

/** Runs the CLI asynchronously (the test process keeps serving central meanwhile). */
export function runCli(
  args: string[],
  opts: { onSpawn?: (kill: (sig: NodeJS.Signals) => void) => void } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, PRIVACY_DESK_KEY: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(stdout) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      resolve({ code, signal, stdout, stderr, json });
    });
    opts.onSpawn?.((sig) => child.kill(sig));
  });
}
