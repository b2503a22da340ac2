// A purge cancelled mid-way: it works in chunks of short transactions, so the chunks committed
// before the cancel stay purged (each request whole), the chunk under way rolls back, the run is
// recorded as cancelled with what it did, the audit chain and the database verify, and the next
// purge finishes the rest, in turns with the core worker's other calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionInputSchema } from '../../common/requests';
import type { OpenRequestInput } from '../../common/requests/schemas';
import { composeFeatures } from '../../electron/app/compose';
import {
  decide,
  getRequest,
  listPurges,
  runPurge,
  runPurgeInTurns,
  transitionRequest,
} from '../../electron/requests';
import { verifyDatabase } from '../../electron/sql/maintenance';
import { AIGERIM, deliverAll, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const PURGE = composeFeatures().requests.purge;

const ID: OpenRequestInput['verification'] = {
  method: 'document',
  documentType: 'passport',
  numberLast4: '1234',
  issuer: 'МВД',
  issuedOn: '2020-01-01',
};

const COUNT = 4;

describe('cancelling a purge', () => {
  let desk: Desk;
  const ids: string[] = [];

  beforeAll(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    for (let i = 0; i < COUNT; i++) {
      const letter = registerLetter(desk.server, {
        receivedAt: `2026-11-23T10:0${i}:00+05:00`,
        documentType: 'withdrawal',
        sender: { name: `${AIGERIM.name} ${i}`, iin: AIGERIM.iin, address: AIGERIM.address },
      });
      const r = open(desk.server, {
        type: 'withdrawal',
        letters: [letter.incomingNo],
        requesterRole: 'subject',
        subject: { ...AIGERIM, name: `${AIGERIM.name} ${i}`, accountId: `ib-${i}` },
        verification: ID,
      });
      decide(desk.server, 'officer', {
        id: r.id,
        decision: decisionInputSchema.parse({
          type: 'withdrawal',
          outcome: 'granted',
          obligationsUnfulfilled: false,
        }),
      });
      transitionRequest(desk.server, 'officer', {
        id: r.id,
        to: 'answered',
        replyOutgoingNo: `ИСХ-2026-00000${i}`,
      });
      transitionRequest(desk.server, 'officer', { id: r.id, to: 'closed' });
      ids.push(r.id);
    }
    deliverAll(desk.server);
    desk.at('2027-01-30T12:00:00+05:00');
  });
  afterAll(() => desk?.close());

  it('keeps the chunks committed before the cancel, rolls back the rest, and records the run', () => {
    const runs = listPurges(desk.server, 10).length;
    const seen: number[] = [];
    // Chunks of two: cancelled while the second chunk runs (its first request already purged in it).
    let cancel = false;
    expect(() =>
      runPurge(
        desk.server,
        'admin',
        {
          chunkSize: 2,
          cancelled: () => cancel,
          progress: (p) => {
            seen.push(p.done);
            if (p.done === 2) cancel = true;
          },
        },
        PURGE,
      ),
    ).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(seen).toEqual([0, 1, 2]);
    const purgedNow = ids.filter((id) => getRequest(desk.server, id).subject === null);
    expect(purgedNow).toHaveLength(2);
    const runsNow = listPurges(desk.server, 10);
    expect(runsNow).toHaveLength(runs + 1);
    expect(runsNow[0]).toMatchObject({ cancelled: true });
    expect(runsNow[0]!.purged.map((p) => p.requestId).sort()).toEqual([...purgedNow].sort());
    expect(verifyDatabase(desk.server).ok).toBe(true);
  });

  it('then purges the rest in turns, letting other work run between its transactions', async () => {
    const purged = new Set(listPurges(desk.server, 1)[0]!.purged.map((p) => p.requestId));
    const order: string[] = [];
    // Queued before the run starts: the core worker's other calls wait like this for a turn.
    setImmediate(() => order.push('another call'));
    const report = await runPurgeInTurns(
      desk.server,
      'admin',
      { chunkSize: 1, progress: (p) => order.push(`request ${p.done}`) },
      PURGE,
    );
    const rest = ids.filter((id) => !purged.has(id));
    expect(report.purged.map((p) => p.requestId).sort()).toEqual([...rest].sort());
    expect(order).toEqual(['request 0', 'another call', 'request 1']);
    for (const id of ids) expect(getRequest(desk.server, id).subject).toBeNull();
    expect(verifyDatabase(desk.server).ok).toBe(true);
  });
});
