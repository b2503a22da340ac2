// Sync throughput: events per second draining a backlog (default 10,000 events) from a real
// encrypted desk database to the reference central receiver over HTTP on loopback, in batches of
// 100. Both ends run in this one process (they share its thread), so the figure is a lower bound.
import path from 'node:path';
import { syncEvent, type SyncEventType, type SyncPayloadMap } from '../../common/sync/payloads';
import { startCentral } from '../central';
import { generateKey } from '../core/keys';
import { Server } from '../sql/server';
import { runSyncPass } from '../sync';
import type { BenchSuite } from './harness';

const DEFAULT_EVENTS = 10_000;
const RUNS = 3;
const TOKEN = 'bench-token-0123456789';

const PAYLOADS: { [K in SyncEventType]?: (i: number) => SyncPayloadMap[K] } = {
  'request.opened': () => ({
    requestType: 'withdrawal',
    incomingNumber: '2026/0042',
    receivedOn: '2026-03-02',
    dueOn: '2026-03-03',
    requester: 'subject',
    subjectAccountId: 'acc-1001',
  }),
  'request.decided': () => ({ decision: 'granted', decidedOn: '2026-03-03', refusalGround: null }),
  'action.requested': (i) => ({
    actionId: `act-${i}`,
    action: 'erase',
    subjectAccountId: 'acc-1001',
    iin: '900115300122',
  }),
  'request.closed': () => ({
    closedOn: '2026-03-03',
    outcome: 'answered',
    replyOutgoingNumber: '2026/0107',
    onTime: true,
  }),
};
const LETTER = {
  incomingNumber: '2026/0042',
  receivedOn: '2026-03-02',
  channel: 'registered_mail',
  requestType: 'withdrawal',
} as const;

/** A backlog shaped like real traffic: per request, letter.registered on its letter and four events on the request. */
function seed(server: Server, events: number): void {
  const lifes = Object.entries(PAYLOADS) as Array<[SyncEventType, (i: number) => object]>;
  const requests = Math.ceil(events / (lifes.length + 1));
  server.write('bench', (tx) => {
    let n = 0;
    for (let i = 0; i < requests && n < events; i++, n++)
      tx.emit(syncEvent('letter.registered', `letter-${i}`, LETTER));
    for (const [type, make] of lifes) {
      for (let i = 0; i < requests && n < events; i++, n++)
        tx.emit(syncEvent(type, `req-${i}`, make(i) as never));
    }
    tx.audit({ action: 'bench.seed', entityType: 'bench', entityId: 'sync', summary: `${events} events` });
  });
}

export const syncBench: BenchSuite = {
  name: 'sync',
  description: 'events per second draining an outbox backlog to the reference central receiver on loopback',
  async run(ctx) {
    const events = ctx.rows ?? DEFAULT_EVENTS;
    ctx.size('sync.backlog_events', events);
    const rates: number[] = [];
    const batchMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const dir = path.join(ctx.tmp, `run-${run}`);
      const server = Server.open({ file: path.join(dir, 'desk.db'), key: generateKey(), create: 'allow' });
      const central = await startCentral({ dbFile: path.join(dir, 'central.db'), tokens: [TOKEN] });
      try {
        seed(server, events);
        let sentAt = 0;
        const t0 = performance.now();
        const r = await runSyncPass(server, {
          centralUrl: central.url,
          token: TOKEN,
          pullResults: false,
          maxAttempts: 1,
          onProgress: (p) => {
            if (p.type === 'sending') sentAt = performance.now();
            if (p.type === 'batch') batchMs.push(performance.now() - sentAt);
          },
        });
        const ms = performance.now() - t0;
        if (r.state !== 'up_to_date' || r.accepted !== events || r.pending !== 0)
          throw new Error(
            `sync bench: drain incomplete (${r.state}, ${r.accepted}/${events} accepted, ${r.pending} pending)`,
          );
        if (central.store.listEvents().length !== events)
          throw new Error('sync bench: central does not hold every event once');
        rates.push(events / (ms / 1000));
      } finally {
        await central.close();
        server.close();
      }
    }
    ctx.record('sync.drain', rates, 'events/s');
    ctx.record('sync.batch_round_trip', batchMs, 'ms');
  },
};
