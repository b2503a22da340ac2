// Crash safety: `privacy-desk sync run` is killed with SIGKILL mid-batch several times — before
// central saw a batch, after central committed it but before the answer arrived, as a batch
// arrives, and as its answer is being applied — then runs to the end. Every event is at central exactly once, in order per
// record, and exactly the events central had committed unanswered come back as duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../../electron/central/server';
import { FaultProxy, type Fault, type ProxiedRequest } from '../helpers/fault-proxy';
import {
  ensureCliBuilt,
  expectExactlyOnceInOrder,
  newCentral,
  newDesk,
  runCli,
  seedBacklog,
  TOKEN,
  type CliResult,
  type Desk,
} from '../helpers/sync-env';

const BACKLOG = 1000;

describe('sync run killed with SIGKILL mid-batch', () => {
  let desk: Desk;
  let central: RunningCentral;
  let proxy: FaultProxy;

  beforeAll(async () => {
    ensureCliBuilt();
    desk = newDesk();
    seedBacklog(desk.server, BACKLOG);
    // The child process opens the same file; this connection only reads from here on.
    central = await newCentral(desk.dir);
    proxy = await FaultProxy.start(central.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await central?.close();
    desk?.server.close();
    desk?.cleanup();
  });

  const args = () => [
    'sync',
    'run',
    '--db',
    desk.file,
    '--key-file',
    desk.keyFile,
    '--central',
    proxy.url,
    '--token',
    TOKEN,
    '--batch-size',
    '50',
    '--max-attempts',
    '3',
    '--retry-base-ms',
    '10',
    '--retry-max-ms',
    '50',
    '--json',
  ];

  const delivered = () =>
    (
      desk.server.db.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'delivered'").get() as {
        n: number;
      }
    ).n;
  const atCentral = () => central.store.listEvents().length;

  /**
   * Runs the CLI; the `nth` POST of this run gets `fault` (if any); the child is killed when that
   * request reaches `stage` ('request' = arrival, 'held' = held before or after central, 'done' = answer relayed).
   */
  async function killedRun(
    nth: number,
    fault: Fault | null,
    stage: 'request' | 'held' | 'done',
  ): Promise<{ result: CliResult; killedAt: ProxiedRequest }> {
    let posts = 0;
    let targetN = -1;
    proxy.setRule((q) => {
      if (q.method !== 'POST' || ++posts !== nth) return null;
      targetN = q.n;
      return fault;
    });
    const target = proxy.waitFor((q) => q.n === targetN, stage);
    let kill!: (sig: NodeJS.Signals) => void;
    const done = runCli(args(), { onSpawn: (k) => (kill = k) });
    const killedAt = await target;
    kill('SIGKILL');
    const result = await done;
    proxy.setRule(null);
    proxy.release();
    await proxy.idle();
    return { result, killedAt };
  }

  it('loses nothing and doubles nothing across five kills and a final run', async () => {
    // 1. Held before central sees the 3rd batch: two batches delivered, the third never arrives.
    const k1 = await killedRun(3, { kind: 'hold' }, 'held');
    expect(k1.result.signal).toBe('SIGKILL');
    expect(atCentral()).toBe(100);
    expect(delivered()).toBe(100);

    // 2. Central commits the 2nd batch of this run, the answer is held, the desk dies.
    const k2 = await killedRun(2, { kind: 'hold_answer' }, 'held');
    expect(k2.result.signal).toBe('SIGKILL');
    expect(k2.killedAt.centralStatus).toBe(200);
    expect(atCentral()).toBe(200);
    expect(delivered()).toBe(150); // central has 50 the desk does not know are delivered

    // 3. Same at the very first batch: it is the one central already has, so all duplicates.
    const k3 = await killedRun(1, { kind: 'hold_answer' }, 'held');
    expect(k3.result.signal).toBe('SIGKILL');
    expect(
      JSON.parse(k3.killedAt.centralBody!).results.every((a: { status: string }) => a.status === 'duplicate'),
    ).toBe(true);
    expect(delivered()).toBe(150);

    // 4. Killed the instant the 4th batch arrives; the proxy still forwards it, so central commits it.
    const k4 = await killedRun(4, null, 'request');
    expect(k4.result.signal).toBe('SIGKILL');
    expect(delivered()).toBe(300);
    expect(atCentral()).toBe(350);

    // 5. Killed as the answer to the 2nd batch is relayed: the desk is reading it or applying it in
    //    its transaction. Either the whole batch is marked delivered or none of it.
    const k5 = await killedRun(2, null, 'done');
    expect(k5.result.signal).toBe('SIGKILL');
    expect(atCentral()).toBe(400);
    expect([350, 400]).toContain(delivered());

    // Final run, no faults: what central committed unanswered comes back as duplicates, the rest is accepted.
    const deliveredBefore = delivered();
    const centralBefore = atCentral();
    const final = await runCli(args());
    expect(final.code, final.stderr).toBe(0);
    expect(final.json).toMatchObject({
      state: 'up_to_date',
      sent: BACKLOG - deliveredBefore,
      accepted: BACKLOG - centralBefore,
      duplicates: centralBefore - deliveredBefore,
      rejected: 0,
      pending: 0,
    });
    expectExactlyOnceInOrder(desk.server, central);
    expect(atCentral()).toBe(BACKLOG);
  });
});
