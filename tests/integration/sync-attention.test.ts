// Rejected events: they go to "needs attention" for their record and hold back that record's
// later events, never other records'; an officer can annotate and retry; action results come back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncEvent } from '../../common/sync/payloads';
import { listAudit } from '../../electron/sql/audit';
import {
  annotateRejectedEvent,
  getSyncStatus,
  listActionResults,
  listNeedsAttention,
  retryRejectedEvent,
  runSyncPass,
  type SyncPassOptions,
} from '../../electron/sync';
import { SAMPLE_PAYLOADS } from '../helpers/sync-fixtures';
import {
  expectExactlyOnceInOrder,
  newCentral,
  newDesk,
  outboxRows,
  seedTraffic,
  TOKEN,
  type Desk,
  type TestCentral,
} from '../helpers/sync-env';

const FAST: SyncPassOptions = {
  token: TOKEN,
  timeoutMs: 2000,
  backoff: { baseMs: 2, maxMs: 20 },
  maxAttempts: 5,
};

describe('rejected events and needs attention', () => {
  let desk: Desk;
  let central: TestCentral;
  let opts: SyncPassOptions;

  beforeEach(async () => {
    desk = newDesk();
    // Central is not yet configured for actions: it rejects them, permanently for this attempt.
    central = await newCentral(desk.dir, { disabledEventTypes: ['action.requested'] });
    opts = { ...FAST, centralUrl: central.url };
  });
  afterEach(async () => {
    await central.close();
    desk.server.close();
    desk.cleanup();
  });

  it('holds back only the rejected record, lets the others flow, and delivers after a retry', async () => {
    // r-req-0..2 go opened → changed → decided → action → closed; s-req-0..1 have no action.
    seedTraffic(desk.server, 3, { prefix: 'r' });
    seedTraffic(desk.server, 2, {
      prefix: 's',
      life: ['request.opened', 'request.decided', 'request.closed'],
    });

    const first = await runSyncPass(desk.server, opts);
    expect(first.state).toBe('up_to_date');
    expect(first.rejected).toBe(3);
    expect(first.needsAttention).toBe(3);
    expect(first.heldBack).toBe(3); // each rejected action holds back its request.closed
    expect(first.pending).toBe(3);

    const items = listNeedsAttention(desk.server);
    expect(items.map((i) => [i.recordId, i.eventType, i.reason, i.heldBack, i.rejections])).toEqual([
      ['r-req-0', 'action.requested', 'event_type_not_enabled', 1, 1],
      ['r-req-1', 'action.requested', 'event_type_not_enabled', 1, 1],
      ['r-req-2', 'action.requested', 'event_type_not_enabled', 1, 1],
    ]);

    // Everything else reached central, including all of s-req-* and every letter.
    const atCentral = central.store.listEvents();
    expect(atCentral.filter((e) => e.recordId.startsWith('s-req-'))).toHaveLength(6);
    expect(atCentral.filter((e) => e.type === 'letter.registered')).toHaveLength(5);
    expect(atCentral.filter((e) => e.type === 'request.closed' && e.recordId.startsWith('r-'))).toHaveLength(
      0,
    );

    // The status bar: nothing sendable is waiting, so "up to date", with 3 needing attention.
    const status = getSyncStatus(desk.server);
    expect(status).toMatchObject({ state: 'up_to_date', needsAttention: 3, pending: 3, heldBack: 3 });

    // A note stays with the event; the audit summary never repeats its text.
    const seq = items[0]!.seq;
    annotateRejectedEvent(desk.server, 'officer-1', {
      seq: seq,
      note: 'Called central IT (Айгерим): actions open on Monday',
    });
    expect(listNeedsAttention(desk.server)[0]!.history.map((h) => h.kind)).toEqual(['rejected', 'note']);

    // Retrying before central is fixed: rejected again, still held back, nothing else disturbed.
    retryRejectedEvent(desk.server, 'officer-1', { seq: seq });
    expect(getSyncStatus(desk.server).needsAttention).toBe(2);
    const again = await runSyncPass(desk.server, opts);
    expect(again.rejected).toBe(1);
    expect(listNeedsAttention(desk.server)[0]!.rejections).toBe(2);

    // Central enables actions; the officer retries each; everything flows in order.
    central.setDisabledEventTypes([]);
    for (const i of listNeedsAttention(desk.server))
      retryRejectedEvent(desk.server, 'officer-1', { seq: i.seq });
    const last = await runSyncPass(desk.server, opts);
    expect(last).toMatchObject({
      state: 'up_to_date',
      rejected: 0,
      pending: 0,
      needsAttention: 0,
      heldBack: 0,
    });
    expect(listNeedsAttention(desk.server)).toEqual([]);
    expectExactlyOnceInOrder(desk.server, central);

    const summaries = listAudit(desk.server.db, { limit: 10_000 })
      .map((a) => a.summary)
      .join('\n');
    expect(summaries).toContain('rejected by central: event_type_not_enabled');
    expect(summaries).toContain('queued again after rejection');
    expect(summaries).not.toContain('Айгерим');
    expect(summaries).not.toContain(SAMPLE_PAYLOADS['action.requested'].subjectAccountId);
  });

  it('refuses a payload that breaks the contract, naming fields and never values', async () => {
    central.setDisabledEventTypes([]);
    desk.server.write('tester', (tx) => {
      // A feature with a bug puts the sender's name into a request.closed payload.
      tx.emit({
        eventType: 'request.closed',
        recordType: 'request',
        recordId: 'bad-1',
        payload: { ...SAMPLE_PAYLOADS['request.closed'], senderName: 'Сейтқали Нұрлан' },
      });
      tx.emit(syncEvent('request.opened', 'good-1', SAMPLE_PAYLOADS['request.opened']));
      tx.audit({ action: 'test', entityType: 'test', entityId: 'x', summary: 'seeded' });
    });
    const r = await runSyncPass(desk.server, opts);
    expect(r).toMatchObject({ state: 'up_to_date', accepted: 1, rejected: 1 });
    const [item] = listNeedsAttention(desk.server);
    expect(item).toMatchObject({ recordId: 'bad-1', reason: 'invalid_payload' });
    expect(item!.detail).toContain('unrecognized_keys');
    expect(item!.detail).not.toContain('Сейтқали');
    expect(() => retryRejectedEvent(desk.server, 'officer-1', { seq: 999 })).toThrow(/NOT_FOUND/);
    const good = outboxRows(desk.server).find((e) => e.recordId === 'good-1')!;
    expect(() => retryRejectedEvent(desk.server, 'officer-1', { seq: good.seq })).toThrow(/CONFLICT/);
    expect(() => annotateRejectedEvent(desk.server, 'officer-1', { seq: good.seq, note: 'x' })).toThrow(
      /CONFLICT/,
    );
    expect(() => annotateRejectedEvent(desk.server, 'officer-1', { seq: item!.seq, note: '   ' })).toThrow(
      /VALIDATION/,
    );
    // The contract check on the wire caught the same bug, by field name and without the value.
    const violations = central.proxy!.takeViolations();
    expect(violations).toEqual([
      expect.stringMatching(/events\/0\/payload additionalProperties.*senderName/),
    ]);
    expect(violations.join()).not.toContain('Сейтқали');
  });

  it('pulls action results ("erase executed at T") and shows them on the request', async () => {
    central.setDisabledEventTypes([]);
    seedTraffic(desk.server, 2);
    await runSyncPass(desk.server, opts);
    const actions = central.store.listEvents().filter((e) => e.type === 'action.requested');
    expect(actions).toHaveLength(2);
    const at = new Date('2026-03-03T10:15:00Z');
    central.store.execute(actions[0]!.eventId, { status: 'executed', executedAt: at }, new Date());
    central.store.execute(actions[1]!.eventId, { status: 'not_found', note: 'account_missing' }, new Date());

    const r = await runSyncPass(desk.server, opts);
    expect(r.resultsPulled).toBe(2);
    const onRequest = listActionResults(desk.server, { recordType: 'request', recordId: 'r-req-0' });
    expect(onRequest).toEqual([
      expect.objectContaining({
        action: 'erase',
        actionId: 'r-act-0',
        status: 'executed',
        executedAt: at.toISOString(),
        eventId: actions[0]!.eventId,
      }),
    ]);
    expect(listActionResults(desk.server, { recordId: 'r-req-1' })[0]).toMatchObject({
      status: 'not_found',
      note: 'account_missing',
    });

    // Pulling again fetches nothing new (the cursor moved); a later result arrives on its own.
    expect((await runSyncPass(desk.server, opts)).resultsPulled).toBe(0);
    central.store.execute(actions[1]!.eventId, { status: 'executed' }, new Date());
    expect((await runSyncPass(desk.server, opts)).resultsPulled).toBe(1);
    expect(listActionResults(desk.server)).toHaveLength(3);
    const audit = listAudit(desk.server.db, { entityType: 'request', entityId: 'r-req-0', limit: 100 }).map(
      (a) => a.summary,
    );
    expect(
      audit.some((s) => s.startsWith('central reports erase executed at 2026-03-03T10:15:00.000Z')),
    ).toBe(true);
  });
});
