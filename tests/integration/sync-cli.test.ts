// The command line end to end: `central serve` as its own process, `sync run/status/config/
// attention/retry/annotate/results` against it, `central list/execute`, clean shutdown on SIGTERM.
// The desk's commands reach the served central through the contract-checking proxy.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from '../helpers/fault-proxy';
import { BIN, ensureCliBuilt, newDesk, runCli, seedTraffic, TOKEN, type Desk } from '../helpers/sync-env';

/** Contract violations seen by the proxies of every served central (they stop with it). */
const violations: string[] = [];

interface Serving {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `central serve` and resolves once it has printed its address, with `url` pointing at a
 * contract-checking proxy in front of it; the proxy stops when the process exits.
 */
function serve(args: string[]): Promise<Serving> {
  const child = spawn(process.execPath, [BIN, 'central', 'serve', '--json', ...args]);
  let out = '';
  let err = '';
  let proxy: FaultProxy | null = null;
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  ).then(async (r) => {
    violations.push(...(proxy?.takeViolations() ?? []));
    await proxy?.close();
    return r;
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      let url: string;
      try {
        url = (JSON.parse(out) as { url: string }).url;
      } catch {
        return; // not complete yet
      }
      void FaultProxy.start(url).then((p) => {
        proxy = p;
        resolve({ child, url: p.url, stderr: () => err, exited });
      }, reject);
    });
    void exited.then(({ code }) => reject(new Error(`central serve exited ${code}: ${err}`)));
  });
}

describe('sync and central on the command line', () => {
  let desk: Desk;
  let centralDb: string;
  let central: Serving;
  const g = () => ['--db', desk.file, '--key-file', desk.keyFile, '--json'];

  beforeAll(async () => {
    ensureCliBuilt();
    desk = newDesk();
    seedTraffic(desk.server, 3); // 18 events
    desk.server.close(); // the CLI owns the file from here
    centralDb = path.join(desk.dir, 'central.db');
    central = await serve([
      '--port',
      '0',
      '--db',
      centralDb,
      '--token',
      TOKEN,
      '--disable-event-type',
      'action.requested',
    ]);
  });
  afterAll(async () => {
    if (central.child.exitCode === null) central.child.kill('SIGKILL');
    await central.exited;
    desk.cleanup();
    expect(violations).toEqual([]);
  });

  it('runs a pass, lists what central got, annotates and retries a rejection, pulls a result, and stops cleanly', async () => {
    expect(central.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    // Settings stored in the desk database; the token is never printed back.
    const cfg = await runCli(['sync', 'config', '--central', central.url, '--token', TOKEN, ...g()]);
    expect(cfg.code, cfg.stderr).toBe(0);
    expect(cfg.json).toEqual({ centralUrl: central.url, tokenSet: true, batchSize: null, enabled: true });
    expect(cfg.stdout).not.toContain(TOKEN);

    const run = await runCli(['sync', 'run', ...g()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({
      state: 'up_to_date',
      sent: 15,
      accepted: 12,
      duplicates: 0,
      rejected: 3,
      pending: 3,
      needsAttention: 3,
    });

    const listed = await runCli(['central', 'list', '--db', centralDb, '--json']);
    expect(listed.code).toBe(0);
    const l = listed.json as {
      desks: Array<{ events: number; rejections: number }>;
      events: Array<{ type: string; eventId: string }>;
    };
    expect(l.desks).toEqual([expect.objectContaining({ events: 12, rejections: 3 })]);
    expect(l.events).toHaveLength(12);

    const att = await runCli(['sync', 'attention', ...g()]);
    const items = (att.json as { items: Array<{ seq: number; reason: string; heldBack: number }> }).items;
    expect(items.map((i) => [i.reason, i.heldBack])).toEqual([
      ['event_type_not_enabled', 1],
      ['event_type_not_enabled', 1],
      ['event_type_not_enabled', 1],
    ]);
    expect(
      (
        await runCli([
          'sync',
          'annotate',
          '--seq',
          String(items[0]!.seq),
          '--note',
          'waiting for central IT',
          ...g(),
        ])
      ).code,
    ).toBe(0);

    // Central enables actions (restart without the switch); the officer retries; all flows.
    central.child.kill('SIGTERM');
    expect(await central.exited).toEqual({ code: 0, signal: null });
    expect(central.stderr()).toContain('shutting down');
    central = await serve(['--port', '0', '--db', centralDb, '--token', TOKEN, '--quiet']);
    expect((await runCli(['sync', 'config', '--central', central.url, ...g()])).code).toBe(0);
    for (const i of items)
      expect((await runCli(['sync', 'retry', '--seq', String(i.seq), ...g()])).code).toBe(0);
    const run2 = await runCli(['sync', 'run', ...g()]);
    expect(run2.json).toMatchObject({
      state: 'up_to_date',
      sent: 6,
      accepted: 6,
      rejected: 0,
      pending: 0,
      needsAttention: 0,
    });

    // An operator executes an erase; the desk pulls the result and shows it.
    const after = (await runCli(['central', 'list', '--db', centralDb, '--json'])).json as {
      events: Array<{ type: string; eventId: string; recordId: string }>;
    };
    const erase = after.events.find((e) => e.type === 'action.requested')!;
    const ex = await runCli([
      'central',
      'execute',
      '--db',
      centralDb,
      '--event',
      erase.eventId,
      '--at',
      '2026-03-03T09:00:00Z',
      '--json',
    ]);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.json).toMatchObject({
      action: 'erase',
      status: 'executed',
      executedAt: '2026-03-03T09:00:00.000Z',
      recordId: erase.recordId,
    });
    const notAction = after.events.find((e) => e.type === 'request.opened')!;
    expect(
      (await runCli(['central', 'execute', '--db', centralDb, '--event', notAction.eventId, '--json'])).code,
    ).toBe(1);

    expect((await runCli(['sync', 'run', ...g()])).json).toMatchObject({ resultsPulled: 1 });
    const results = (await runCli(['sync', 'results', '--record-id', erase.recordId, ...g()])).json as {
      results: unknown[];
    };
    expect(results.results).toEqual([
      expect.objectContaining({
        action: 'erase',
        status: 'executed',
        executedAt: '2026-03-03T09:00:00.000Z',
      }),
    ]);

    const status = await runCli(['sync', 'status', ...g()]);
    expect(status.json).toMatchObject({
      state: 'up_to_date',
      pending: 0,
      needsAttention: 0,
      skewWarning: false,
      centralUrl: central.url,
    });
    expect(status.json!.lastSyncAt).toEqual(expect.any(String));

    central.child.kill('SIGINT');
    expect(await central.exited).toEqual({ code: 0, signal: null });
  });

  it('exits 1 when central is unreachable with events pending', async () => {
    const d = newDesk();
    try {
      seedTraffic(d.server, 1);
      d.server.close();
      const args = ['--db', d.file, '--key-file', d.keyFile, '--json'];
      // central.url's process has stopped: nothing listens there any more.
      const r = await runCli([
        'sync',
        'run',
        '--central',
        central.url,
        '--token',
        TOKEN,
        '--max-attempts',
        '2',
        '--retry-base-ms',
        '1',
        ...args,
      ]);
      expect(r.code).toBe(1);
      expect(r.json).toMatchObject({
        state: 'unreachable',
        error: 'ECONNREFUSED',
        sent: 0,
        accepted: 0,
        duplicates: 0,
        rejected: 0,
        pending: 6,
      });
      const s = await runCli(['sync', 'status', ...args]);
      expect(s.code).toBe(0);
      expect(s.json).toMatchObject({ state: 'unreachable', pending: 6 });
      expect((await runCli(['sync', 'run', ...args])).json).toMatchObject({ state: 'not_configured' });
      expect((await runCli(['central', 'serve', '--db', path.join(d.dir, 'c.db'), '--json'])).code).toBe(2); // no token
    } finally {
      d.cleanup();
    }
  });
});
