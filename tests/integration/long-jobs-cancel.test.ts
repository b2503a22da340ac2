// The year report, its CSV, the audit export and the register export as long jobs (issue #18):
// they report how far they are, and a cancelled one answers CANCELLED having written nothing (no
// audit entry) on a database that still checks ok. Through the real core worker (the report on a
// reader, the exports on the writer), cancelled while it waits behind a call holding the core; and
// through the dispatch in-process, where the cancel arrives mid-run: with the first progress report.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallResult } from '../../common/contract';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { verifyDatabase } from '../../electron/sql/maintenance';
import { Server } from '../../electron/sql/server';
import type { JobProgress } from '../../electron/worker/rpc';
import { setUpCore, type SetUpCore } from '../helpers/core';
import { startWorkerDesk, type WorkerDesk } from '../helpers/core-worker';
import { ISSUE_SAMPLE } from '../helpers/mailroom';

const EXTENSION = path.resolve(__dirname, '..', 'fixtures', 'worker', 'test-calls.cjs');
const PERIOD = { from: '2000-01-01', to: '2099-12-31' };
/** Call, input, the phase its progress names. */
const JOBS: [string, unknown, string][] = [
  ['requests.report', PERIOD, 'requests'],
  ['requests.reportCsv', { ...PERIOD, lang: 'kk' }, 'requests'],
  ['audit.exportCsv', {}, 'entries'],
  ['mailroom.export', { register: 'incoming', ...PERIOD, format: 'csv' }, 'rows'],
  ['mailroom.export', { register: 'incoming', ...PERIOD, format: 'docx' }, 'rows'],
];

type Call = (name: string, input: unknown) => Promise<CallResult<unknown>>;

async function value<T>(call: Call, name: string, input: unknown): Promise<T> {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Three letters and a request opened on the first. */
async function seed(call: Call): Promise<void> {
  const letters: string[] = [];
  for (const name of ['Айгерім Сейтқали', 'Ерлан Жұмабаев', 'Дана Омарова']) {
    const input = {
      ...ISSUE_SAMPLE,
      trackingNumber: undefined,
      sender: { name },
      confirmWarnings: ['duplicate'],
    };
    letters.push((await value<{ incomingNo: string }>(call, 'intake.create', input)).incomingNo);
  }
  await value(call, 'requests.open', {
    type: 'withdrawal',
    letters: [letters[0]],
    requesterRole: 'subject',
    subject: {
      name: ISSUE_SAMPLE.sender.name,
      iin: ISSUE_SAMPLE.sender.iin,
      address: ISSUE_SAMPLE.sender.address,
    },
  });
}

async function lastAuditId(call: Call): Promise<number> {
  const { entries } = await value<{ entries: { id: number }[] }>(call, 'audit.list', { limit: 1 });
  return entries[0]!.id;
}

describe('long jobs through the core worker', () => {
  let desk: WorkerDesk;

  beforeAll(async () => {
    desk = await startWorkerDesk([EXTENSION]);
    await seed((name, input) => desk.call(name, input));
  });
  afterAll(async () => {
    await desk?.core.close();
    if (desk) rmSync(desk.dir, { recursive: true, force: true });
  });

  it.each(JOBS)('%s reports its progress from start to end', async (name, input, phase) => {
    const events: JobProgress[] = [];
    const r = await desk.call(name, input, { onProgress: (p) => events.push(p) });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const total = events[0]?.total ?? 0;
    expect(total).toBeGreaterThan(0);
    expect(events[0]).toEqual({ phase, done: 0, total });
    expect(events.at(-1)).toEqual({ phase, done: total, total });
  });

  it.each(JOBS)('%s cancelled answers CANCELLED and writes nothing', async (name, input) => {
    const call: Call = (n, i) => desk.call(n, i);
    const before = await lastAuditId(call);
    // The job is sent while the core is held, and cancelled before the core is let go.
    const until = path.join(desk.dir, `release-${name}-${before}`);
    const hold = desk.call('test.holdCore', { until });
    const cancel = new AbortController();
    const answer = desk.call(name, input, { signal: cancel.signal });
    cancel.abort();
    writeFileSync(until, '');
    expect((await hold).ok).toBe(true);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await lastAuditId(call)).toBe(before);
  });

  it('leaves a database that verifies and passes integrity_check', async () => {
    expect(await desk.call('audit.verify')).toMatchObject({ ok: true, value: { ok: true } });
    await desk.core.close();
    const server = Server.open({ file: desk.dbFile, key: desk.keyStore.load() });
    try {
      expect(server.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(verifyDatabase(server).ok).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('long jobs in-process, cancelled mid-run', () => {
  let desk: SetUpCore;
  const call: Call = (name, input) =>
    dispatch(HANDLERS, name, input, { core: desk.core, sessionToken: desk.admin });

  beforeAll(async () => {
    desk = await setUpCore();
    await seed(call);
  });
  afterAll(() => desk?.close());

  it('gives the same report with progress as without', async () => {
    const events: JobProgress[] = [];
    const plain = await call('requests.report', PERIOD);
    const watched = await dispatch(HANDLERS, 'requests.report', PERIOD, {
      core: desk.core,
      sessionToken: desk.admin,
      progress: (p) => events.push(p),
    });
    expect(watched).toEqual(plain);
    expect(events.length).toBeGreaterThan(0);
  });

  it.each(JOBS)('%s stops at the chunk after its first report', async (name, input, phase) => {
    const before = await lastAuditId(call);
    const events: JobProgress[] = [];
    let stop = false;
    const r = await dispatch(HANDLERS, name, input, {
      core: desk.core,
      sessionToken: desk.admin,
      cancelled: () => stop,
      progress: (p) => (events.push(p), (stop = true)),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(events).toEqual([{ phase, done: 0, total: expect.any(Number) }]);
    expect(events[0]!.total).toBeGreaterThan(0);
    expect(await lastAuditId(call)).toBe(before);
    expect(desk.core.db().db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
