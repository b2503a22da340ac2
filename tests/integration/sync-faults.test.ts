// Fault injection: a proxy between desk and central drops connections, answers 500/503/429,
// delays past the client's timeout, drops the answer after central committed and repeats
// requests. After the faults stop, every event is at central exactly once, in order per record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../../electron/central/server';
import { runSyncPass, type SyncPassOptions } from '../../electron/sync';
import { FaultProxy, type Fault } from '../helpers/fault-proxy';
import {
  expectExactlyOnceInOrder,
  newCentral,
  newDesk,
  seedTraffic,
  TOKEN,
  type Desk,
} from '../helpers/sync-env';

const FAST: SyncPassOptions = {
  token: TOKEN,
  timeoutMs: 400,
  backoff: { baseMs: 2, maxMs: 20 },
  maxAttempts: 40,
};

/** A small deterministic PRNG, so a failing run can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sync under network faults', () => {
  let desk: Desk;
  let central: RunningCentral;
  let proxy: FaultProxy;

  beforeEach(async () => {
    desk = newDesk();
    central = await newCentral(desk.dir);
    proxy = await FaultProxy.start(central.url);
  });
  afterEach(async () => {
    await proxy.close();
    await central.close();
    desk.server.close();
    desk.cleanup();
  });

  it('gets through every kind of fault exactly once, in order per record', async () => {
    const total = seedTraffic(desk.server, 12); // 72 events over 24 records
    const faults: Fault[] = [
      { kind: 'drop' }, // the health probe
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503, retryAfter: '0' },
      { kind: 'drop_answer' }, // first batch: central commits, the desk never hears
      { kind: 'status', status: 429, retryAfter: '0' },
      { kind: 'repeat', times: 2 }, // central sees the same batch three times
      { kind: 'delay', ms: 700 }, // past the 400 ms timeout; forwarded later anyway
      { kind: 'drop' },
      { kind: 'drop_answer' },
    ];
    proxy.enqueue(...faults);
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: proxy.url, batchSize: 10 });
    await proxy.idle();

    expect(r.state).toBe('up_to_date');
    expect(r.pending).toBe(0);
    expect(r.rejected).toBe(0);
    expect(r.accepted + r.duplicates).toBe(total);
    // The dropped answers and the delayed batch came back as duplicates: delivered, not doubled.
    expect(r.duplicates).toBeGreaterThan(0);
    expect(r.retries).toBeGreaterThanOrEqual(faults.length - 1);
    expect(proxy.requests.filter((q) => q.fault).map((q) => q.fault!.kind)).toEqual(
      faults.map((f) => f.kind),
    );
    expectExactlyOnceInOrder(desk.server, central);

    // Central saw some batches more than once, and deduplicated them.
    const posted = proxy.requests
      .filter((q) => q.method === 'POST')
      .flatMap((q) => (JSON.parse(q.body) as { events: Array<{ eventId: string }> }).events);
    expect(posted.length).toBeGreaterThan(total);
  });

  it('survives a long random storm of faults (seeded), then drains exactly once', async () => {
    const total = seedTraffic(desk.server, 30); // 180 events over 60 records
    const random = mulberry32(20260305);
    const kinds: Array<() => Fault> = [
      () => ({ kind: 'drop' }),
      () => ({ kind: 'status', status: 500 }),
      () => ({ kind: 'status', status: 503, retryAfter: '0' }),
      () => ({ kind: 'status', status: 429, retryAfter: '0' }),
      () => ({ kind: 'delay', ms: 450 + Math.floor(random() * 200) }),
      () => ({ kind: 'drop_answer' }),
      () => ({ kind: 'repeat', times: 1 + Math.floor(random() * 2) }),
    ];
    let storm = 60; // the first 60 requests get a fault with probability 0.6
    proxy.setRule(() => {
      if (storm <= 0) return null;
      storm--;
      return random() < 0.6 ? kinds[Math.floor(random() * kinds.length)]!() : null;
    });
    let r = await runSyncPass(desk.server, { ...FAST, centralUrl: proxy.url, batchSize: 8 });
    // A pass may give up after maxAttempts on one request; the next pass carries on.
    for (let i = 0; i < 5 && r.state !== 'up_to_date'; i++)
      r = await runSyncPass(desk.server, { ...FAST, centralUrl: proxy.url, batchSize: 8 });
    await proxy.idle();
    expect(r.state).toBe('up_to_date');
    expect(proxy.requests.filter((q) => q.fault).length).toBeGreaterThan(20);
    expectExactlyOnceInOrder(desk.server, central);
    expect(central.store.listEvents().length).toBe(total);
  });

  it('two connections syncing the same outbox at once (the app and `sync run`) double nothing', async () => {
    seedTraffic(desk.server, 10);
    // A second connection to the same desk file, as when `sync run` runs beside the app.
    const other = desk.open();
    try {
      proxy.setRule((q) => (q.method === 'POST' && q.n % 3 === 0 ? { kind: 'repeat' } : null));
      const [a, b] = await Promise.all([
        runSyncPass(desk.server, { ...FAST, centralUrl: proxy.url, batchSize: 5 }),
        runSyncPass(other, { ...FAST, centralUrl: proxy.url, batchSize: 5 }),
      ]);
      expect(a.state).toBe('up_to_date');
      expect(b.state).toBe('up_to_date');
    } finally {
      other.close();
    }
    await proxy.idle();
    expectExactlyOnceInOrder(desk.server, central);
  });
});
