// The contract on real traffic, endpoint by endpoint and answer by answer: a desk syncs with the
// reference central through a fault proxy (503/429 with Retry-After, an answer lost after central
// committed → duplicate), with a rejection, a result, a wrong token, a token bound to another desk,
// and deliberately malformed requests (400/401/413/415). Both proxies check every exchange against
// docs/sync-openapi.yaml. The same flow recorded the v1 fixture (tests/fixtures/sync-v1): run with
// SYNC_RECORD_V1=1 only to create it for a NEW version; v1's recording is what deployed centrals
// were built against, so it is never re-recorded to make a change pass.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { syncEvent } from '../../common/sync/payloads';
import { runSyncPass, type SyncPassOptions } from '../../electron/sync';
import { ContractViolations, FaultProxy, type Fault } from '../helpers/fault-proxy';
import { surfaceOf } from '../helpers/sync-compat';
import { EXPECT_INVALID_HEADER, SPEC_FILE, type HttpExchange } from '../helpers/sync-contract';
import { SAMPLE_PAYLOADS } from '../helpers/sync-fixtures';
import { newCentral, newDesk, seedTraffic, TOKEN, type Desk, type TestCentral } from '../helpers/sync-env';
import { FIXTURE_DIR, readFixtures, SURFACE_FILE, type RecordedExchange } from '../../scripts/sync-spec';

const RECORD = process.env.SYNC_RECORD_V1 === '1';
const FAST: SyncPassOptions = {
  token: TOKEN,
  timeoutMs: 2000,
  backoff: { baseMs: 2, maxMs: 20 },
  maxAttempts: 5,
};

const FILES: Record<string, string> = {
  'GET /v1/health': 'health.json',
  'POST /v1/events': 'events-post.json',
  'GET /v1/events': 'events-get.json',
  'GET /v1/results': 'results-get.json',
};
const REQUEST_HEADERS = ['authorization', 'content-type', EXPECT_INVALID_HEADER];
const RESPONSE_HEADERS = ['content-type', 'date', 'retry-after', 'www-authenticate'];

function pick(h: HttpExchange['requestHeaders'], names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = h[n];
    if (v !== undefined) out[n] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}
const jsonOr = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A recorded exchange as the fixture stores it (answered exchanges only). */
function record(title: string, x: HttpExchange): RecordedExchange {
  return {
    title,
    request: {
      method: x.method,
      path: x.path,
      headers: pick(x.requestHeaders, REQUEST_HEADERS),
      ...(x.requestBody ? { body: jsonOr(x.requestBody) } : {}),
    },
    response: {
      status: x.response!.status,
      headers: pick(x.response!.headers, RESPONSE_HEADERS),
      body: jsonOr(x.response!.body),
    },
  };
}

const key = (r: RecordedExchange) =>
  `${r.title} | ${r.request.method} ${r.request.path.split('?')[0]} ${r.response.status}`;

interface Flow {
  desk: Desk;
  central: TestCentral;
  faults: FaultProxy;
  /** Runs one situation; the exchanges it caused are recorded under its title. */
  step(title: string, run: () => Promise<unknown>): Promise<void>;
}

/** Fault for the first request matching each entry (once), else pass through. */
function once(faults: FaultProxy, ...plan: Array<[method: string, pathname: string, fault: Fault]>): void {
  const left = [...plan];
  faults.setRule((q) => {
    const i = left.findIndex(([m, p]) => q.method === m && q.path.startsWith(p));
    return i < 0 ? null : left.splice(i, 1)[0]![2];
  });
}

/** What a desk does: passes with rejections, busy answers, a lost answer, a result, bad tokens. */
async function deskSituations({ desk, central, faults, step }: Flow, other: Desk): Promise<void> {
  const opts = { ...FAST, centralUrl: faults.url };
  seedTraffic(desk.server, 1, { prefix: 'a' });
  desk.server.write('tester', (tx) => {
    tx.emit(syncEvent('letter.sent', 'a-out-0', SAMPLE_PAYLOADS['letter.sent']));
    tx.audit({ action: 'test.event', entityType: 'test', entityId: 'a-out-0', summary: 'letter.sent' });
  });
  await step('A pass: events accepted, one rejected (central does not take letter.sent yet)', async () => {
    const r = await runSyncPass(desk.server, opts);
    expect(r).toMatchObject({ state: 'up_to_date', accepted: 6, rejected: 1 });
  });

  seedTraffic(desk.server, 1, { prefix: 'b', life: [] });
  once(
    faults,
    ['GET', '/v1/health', { kind: 'status', status: 503, retryAfter: '0' }],
    ['POST', '/v1/events', { kind: 'status', status: 429, retryAfter: '1' }],
  );
  await step('Busy (503, 429) with Retry-After, then the same request again', async () => {
    expect(await runSyncPass(desk.server, opts)).toMatchObject({ state: 'up_to_date', accepted: 1 });
  });

  seedTraffic(desk.server, 1, { prefix: 'c', life: [] });
  once(faults, ['POST', '/v1/events', { kind: 'drop_answer' }]);
  await step("Central's answer lost after it committed; the desk re-sends: duplicate", async () => {
    expect(await runSyncPass(desk.server, opts)).toMatchObject({ state: 'up_to_date', duplicates: 1 });
  });
  faults.setRule(null);

  const action = central.store.listEvents().find((e) => e.type === 'action.requested')!;
  const executedAt = new Date('2026-03-03T09:00:00Z');
  central.store.execute(action.eventId, { status: 'executed', executedAt }, new Date());
  await step('An action result (erase executed) pulled after the cursor', async () => {
    expect(await runSyncPass(desk.server, opts)).toMatchObject({ resultsPulled: 1 });
  });

  await step('A wrong token', async () => {
    const r = await runSyncPass(desk.server, { ...opts, token: 'not-the-token-at-all' });
    expect(r).toMatchObject({ state: 'unauthorized' });
  });
  seedTraffic(other.server, 1, { prefix: 'o', life: [] });
  await step('A token already bound to another desk', async () => {
    const r = await runSyncPass(other.server, opts);
    expect(r).toMatchObject({ state: 'unauthorized', error: 'http_403' });
  });
}

/** The reference listing, and requests malformed on purpose (marked, so only the answers are checked). */
async function probes({ desk, faults, step }: Flow): Promise<void> {
  const deskQ = `desk=${desk.server.deskId}`;
  await step('What central accepted from this desk (reference receiver)', async () => {
    const res = await fetch(`${faults.url}/v1/events?${deskQ}&after=0&limit=2`, {
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
    expect(res.status).toBe(200);
  });
  const raw = async (method: string, p: string, init: { body?: string; type?: string; token?: null }) =>
    (
      await fetch(faults.url + p, {
        method,
        headers: {
          [EXPECT_INVALID_HEADER]: '1',
          ...(init.type ? { 'content-type': init.type } : {}),
          ...(init.token !== null ? { authorization: `Bearer ${TOKEN}` } : {}),
        },
        ...(init.body !== undefined ? { body: init.body } : {}),
      })
    ).status;
  const ev = (seq: number) => ({
    eventId: `malformed-${seq}`,
    seq,
    type: 'letter.registered',
    recordType: 'letter',
    recordId: `m-letter-${seq}`,
    occurredAt: new Date().toISOString(),
    payload: SAMPLE_PAYLOADS['letter.registered'],
  });
  const batch = (events: unknown[]) => JSON.stringify({ deskId: desk.server.deskId, events });
  const json = 'application/json';
  await step('Malformed on purpose: answered 4xx with an error code', async () => {
    expect(await raw('POST', '/v1/events', { type: json, body: batch([ev(90), ev(80)]) })).toBe(400);
    expect(await raw('POST', '/v1/events', { type: json, body: batch(Array(1001).fill({})) })).toBe(413);
    expect(await raw('POST', '/v1/events', { type: 'text/plain', body: batch([ev(91)]) })).toBe(415);
    expect(await raw('POST', '/v1/events', { type: json, body: batch([ev(92)]), token: null })).toBe(401);
    expect(await raw('GET', `/v1/results?${deskQ}&limit=many`, {})).toBe(400);
    expect(await raw('GET', '/v1/health', {})).toBe(400);
  });
}

/** Every answer class of every endpoint was exercised, and every kind of per-item answer. */
function expectCoverage(recorded: RecordedExchange[]): void {
  const seen = new Set(
    recorded.map((r) => `${r.request.method} ${r.request.path.split('?')[0]} ${r.response.status}`),
  );
  const health = ['200', '400', '401', '403', '503'].map((s) => `GET /v1/health ${s}`);
  const push = ['200', '400', '401', '413', '415', '429'].map((s) => `POST /v1/events ${s}`);
  for (const s of [...health, ...push, 'GET /v1/events 200', 'GET /v1/results 200', 'GET /v1/results 400'])
    expect(seen, s).toContain(s);
  const answers = recorded.flatMap((r) =>
    ((r.response.body as { results?: Array<{ status: string }> }).results ?? []).map((a) => a.status),
  );
  expect(new Set(answers)).toEqual(new Set(['accepted', 'rejected', 'duplicate', 'executed']));
}

/** Writes the v1 fixture (only with SYNC_RECORD_V1=1): one file per endpoint, plus the surface. */
function saveFixture(recorded: RecordedExchange[]): void {
  const byFile = new Map<string, RecordedExchange[]>();
  for (const r of recorded) {
    const file = FILES[`${r.request.method} ${r.request.path.split('?')[0]}`]!;
    byFile.set(file, [...(byFile.get(file) ?? []), r]);
  }
  for (const [file, xs] of byFile)
    writeFileSync(path.join(FIXTURE_DIR, file), JSON.stringify(xs, null, 2) + '\n');
  const doc = parse(readFileSync(SPEC_FILE, 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(FIXTURE_DIR, SURFACE_FILE), JSON.stringify(surfaceOf(doc), null, 2) + '\n');
}

describe('the sync contract on real traffic', () => {
  let desk: Desk;
  let other: Desk | null = null;
  let central: TestCentral;
  let faults: FaultProxy;

  afterEach(async () => {
    await faults.close();
    await central.close();
    desk.server.close();
    desk.cleanup();
    other?.server.close();
    other?.cleanup();
    other = null;
  });

  it('every endpoint and every kind of answer matches docs/sync-openapi.yaml', async () => {
    desk = newDesk();
    other = newDesk();
    // Central does not take letter.sent yet: those events are answered `rejected`.
    central = await newCentral(desk.dir, { disabledEventTypes: ['letter.sent'] });
    faults = await FaultProxy.start(central.url);
    const recorded: RecordedExchange[] = [];
    const step = async (title: string, run: () => Promise<unknown>) => {
      const from = faults.exchanges.length;
      await run();
      for (const x of faults.exchanges.slice(from)) if (x.response) recorded.push(record(title, x));
    };
    const flow: Flow = { desk, central, faults, step };
    await deskSituations(flow, other);
    await probes(flow);
    expectCoverage(recorded);

    // Close both proxies now: a contract violation anywhere fails here (afterEach closes are no-ops).
    await faults.close();
    await central.close();
    if (RECORD) saveFixture(recorded);
    // The flow still produces what was recorded for v1: the same situations, endpoints and statuses.
    const fixture = readFixtures().flatMap((f) => f.exchanges);
    expect(new Set(recorded.map(key))).toEqual(new Set(fixture.map(key)));
  });

  it('breaking a payload field in the desk or a response field in central fails the contract check', async () => {
    desk = newDesk();
    // Central drops a required field from its push answer…
    central = await newCentral(desk.dir, {
      tamper: {
        response: (body, q) => void (q.method === 'POST' && q.status === 200 && delete body.receivedAt),
      },
    });
    // …and the desk sends a code the contract does not list.
    faults = await FaultProxy.start(central.url, {
      tamper: {
        request: (body) => {
          const first = (body.events as Array<{ payload: Record<string, unknown> }> | undefined)?.[0];
          if (first) first.payload.channel = 'pigeon';
        },
      },
    });
    seedTraffic(desk.server, 1, { prefix: 't', life: [] });
    const r = await runSyncPass(desk.server, { ...FAST, maxAttempts: 1, centralUrl: faults.url });
    expect(r.state).toBe('server_error'); // the desk cannot use the broken answer either

    const atCentral = central.proxy!.takeViolations();
    expect(atCentral).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/POST \/v1\/events → 200: request body\/events\/0\/payload\/channel enum/),
        expect.stringMatching(/POST \/v1\/events → 200: response body required .*receivedAt/),
      ]),
    );
    // Left unclaimed, the violations fail the test when the proxy closes.
    await expect(faults.close()).rejects.toThrow(ContractViolations);
    await expect(faults.close()).resolves.toBeUndefined();
  });
});
