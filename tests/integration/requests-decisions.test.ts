// Decisions per request type: the right actions for central, queued in the outbox in the same
// transaction as the decision (a failing decision leaves nothing behind); no fee on access; action
// statuses derived from the outbox and central's results; answered → closed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionInputSchema, type DecisionInput, type RequestType } from '../../common/requests';
import { decide, getRequest, previewDecision, transitionRequest, dashboard } from '../../electron/requests';
import { listAudit, verifyAuditChain } from '../../electron/sql/audit';
import { listOutbox } from '../../electron/sql/outbox';
import { applyAnswers, storeResults } from '../../electron/sync/sql/sync';
import { AIGERIM, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const SUBJECT = { ...AIGERIM, accountId: 'ib-000123', phone: '+77011234567' };

function counts(desk: Desk) {
  const n = (sql: string) => (desk.server.db.prepare(sql).get() as { n: number }).n;
  return {
    outbox: n('SELECT count(*) AS n FROM outbox'),
    decisions: n('SELECT count(*) AS n FROM request_decisions'),
    actions: n('SELECT count(*) AS n FROM request_actions'),
    audit: n('SELECT count(*) AS n FROM audit_log'),
    history: n('SELECT count(*) AS n FROM request_history'),
  };
}

describe('decisions and actions', () => {
  let desk: Desk;
  let letterNo: string;
  beforeEach(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    letterNo = registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
    }).incomingNo;
  });
  afterEach(() => desk.close());

  function ready(type: RequestType, subject: Record<string, unknown> = SUBJECT) {
    return open(desk.server, {
      type,
      letters: [letterNo],
      requesterRole: 'subject',
      subject: subject as typeof SUBJECT,
      verification: {
        method: 'document',
        documentType: 'id_card',
        numberLast4: '4567',
        issuer: 'МВД РК',
        issuedOn: '2021-03-01',
      },
      confirmDuplicates: true,
    });
  }
  const d = (x: DecisionInput) => decisionInputSchema.parse(x);
  const eventsOf = (id: string) => listOutbox(desk.server.db).filter((e) => e.recordId === id);

  const CASES: Array<[RequestType, DecisionInput, Array<Record<string, unknown>>]> = [
    [
      'withdrawal',
      { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false },
      [{ action: 'erase', subjectAccountId: 'ib-000123', iin: AIGERIM.iin }],
    ],
    [
      'access',
      {
        type: 'access',
        outcome: 'granted',
        dataHeld: [{ category: 'Телефон', value: '+77011234567' }],
        delivery: 'registered_mail',
        requestCentralExport: true,
      },
      [{ action: 'export', subjectAccountId: 'ib-000123', language: 'kk' }],
    ],
    [
      'rectification',
      {
        type: 'rectification',
        outcome: 'granted',
        corrections: [{ field: 'address', before: 'Абай 10', after: 'Абай даңғылы 12' }],
      },
      [
        {
          action: 'rectify',
          subjectAccountId: 'ib-000123',
          corrections: [{ field: 'address', value: 'Абай даңғылы 12' }],
        },
      ],
    ],
    [
      'blocking',
      {
        type: 'blocking',
        outcome: 'granted',
        operation: 'block',
        blockReason: 'unlawful_processing',
        reasonText: 'на период проверки',
      },
      [{ action: 'block', subjectAccountId: 'ib-000123', reason: 'unlawful_processing' }],
    ],
    [
      'stop_messages',
      { type: 'stop_messages', outcome: 'granted', channels: ['sms', 'advertising'] },
      [
        {
          action: 'suppress',
          subjectAccountId: 'ib-000123',
          phone: '+77011234567',
          channels: ['sms', 'advertising'],
        },
      ],
    ],
    [
      'minor_deletion',
      { type: 'minor_deletion', outcome: 'granted' },
      [{ action: 'erase', subjectAccountId: 'ib-000123', iin: AIGERIM.iin }],
    ],
    [
      'complaint',
      {
        type: 'complaint',
        outcome: 'partially_granted',
        refusalGround: 'other',
        reasons: 'часть доводов не подтвердилась',
        finding: 'partially_confirmed',
        findings: 'SMS отправлены после отзыва',
        measures: ['рассылка остановлена'],
      },
      [],
    ],
    [
      'objection',
      {
        type: 'objection',
        outcome: 'granted',
        decisionText: 'скоринг прекращён',
        stopAutomatedProcessing: true,
      },
      [],
    ],
  ];

  for (const [type, input, expected] of CASES) {
    it(`${type}: the decision queues ${expected.map((a) => a.action).join(', ') || 'no action'} in the same transaction`, () => {
      const r = ready(type);
      const before = eventsOf(r.id).length;
      const res = decide(desk.server, 'officer', { id: r.id, decision: d(input) });
      expect(res.request.state).toBe('decided');
      expect(res.decision).toMatchObject({ type, outcome: input.outcome, decidedBy: 'officer' });
      const after = eventsOf(r.id).slice(before);
      expect(after[0]).toMatchObject({
        eventType: 'request.decided',
        payload: { decision: input.outcome, decidedOn: '2026-11-23' },
      });
      const actionEvents = after.filter((e) => e.eventType === 'action.requested');
      expect(
        actionEvents.map((e) => {
          const { actionId: _id, ...rest } = e.payload;
          return rest;
        }),
      ).toEqual(expected);
      // Every event of the decision was written by the same transaction (one clock reading).
      expect(new Set(after.map((e) => e.createdAt)).size).toBe(1);
      expect(res.actions.map((a) => [a.action, a.status, a.eventId])).toEqual(
        actionEvents.map((e) => [e.payload.action, 'queued', e.eventId]),
      );
      expect(res.actions.map((a) => a.id)).toEqual(actionEvents.map((e) => e.payload.actionId));
      expect(res.request.actionCounts).toMatchObject({ total: expected.length, queued: expected.length });
      const audit = listAudit(desk.server.db, { entityType: 'request', entityId: r.id }).map((a) => a.action);
      expect(audit.filter((a) => a === 'request.action_queued')).toHaveLength(expected.length);
      expect(audit).toContain('request.decided');
    });
  }

  it('a decision that cannot be carried out leaves nothing behind', () => {
    const noAccount = ready('withdrawal', { ...AIGERIM });
    const before = counts(desk);
    expect(
      previewDecision(
        desk.server,
        noAccount.id,
        d({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
      ).problems,
    ).toEqual([{ code: 'REQUEST_ACCOUNT_REQUIRED', details: { action: 'erase' } }]);
    expect(() =>
      decide(desk.server, 'officer', {
        id: noAccount.id,
        decision: d({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'REQUEST_ACCOUNT_REQUIRED',
        details: expect.objectContaining({ action: 'erase' }),
      }),
    );
    expect(counts(desk)).toEqual(before);
    expect(getRequest(desk.server, noAccount.id).state).toBe('in_progress');

    // A failure after the events were queued (here: a trigger refusing the action row) rolls all back.
    const r = ready('withdrawal');
    const mid = counts(desk);
    desk.server.db.exec(
      "CREATE TEMP TRIGGER fail_action BEFORE INSERT ON request_actions BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(() =>
      decide(desk.server, 'officer', {
        id: r.id,
        decision: d({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
      }),
    ).toThrow(/disk full/);
    desk.server.db.exec('DROP TRIGGER temp.fail_action');
    expect(counts(desk)).toEqual(mid);
    expect(eventsOf(r.id).map((e) => e.eventType)).toEqual(['request.opened']);
    expect(getRequest(desk.server, r.id)).toMatchObject({ state: 'in_progress', decisions: [], actions: [] });
    expect(verifyAuditChain(desk.server.db).ok).toBe(true);
  });

  it('refuses decisions the law or the state does not allow', () => {
    const r = ready('withdrawal');
    expect(() =>
      decide(desk.server, 'officer', {
        id: r.id,
        decision: d({
          type: 'withdrawal',
          outcome: 'refused',
          refusalGround: 'no_data_held',
          reasons: 'нет данных',
          obligationsUnfulfilled: false,
        }),
      }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_REFUSAL_NOT_ALLOWED' }));
    expect(() =>
      decide(desk.server, 'officer', {
        id: r.id,
        decision: d({
          type: 'access',
          outcome: 'granted',
          dataHeld: [{ category: 'a', value: 'b' }],
          delivery: 'by_hand',
        }),
      }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_DECISION_TYPE' }));
    const fresh = open(desk.server, {
      type: 'access',
      letters: [letterNo],
      requesterRole: 'subject',
      subject: SUBJECT,
      confirmDuplicates: true,
    });
    expect(() =>
      decide(desk.server, 'officer', {
        id: fresh.id,
        decision: d({
          type: 'access',
          outcome: 'granted',
          dataHeld: [{ category: 'a', value: 'b' }],
          delivery: 'by_hand',
        }),
      }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_VERIFICATION_REQUIRED' }));
    // Identity could not be verified: the one decision possible while verifying.
    transitionRequest(desk.server, 'officer', { id: fresh.id, to: 'verifying' });
    const refused = decide(desk.server, 'officer', {
      id: fresh.id,
      decision: d({
        type: 'access',
        outcome: 'refused',
        refusalGround: 'identity_not_verified',
        reasons: 'документ не представлен',
        delivery: 'registered_mail',
      }),
    });
    expect(refused.request).toMatchObject({
      state: 'decided',
      decision: { outcome: 'refused', refusalGround: 'identity_not_verified' },
    });
    expect(eventsOf(fresh.id).at(-1)!.payload).toEqual({
      decision: 'refused',
      decidedOn: '2026-11-23',
      refusalGround: 'identity_not_verified',
    });
  });

  it('an access decision with a fee is refused (free of charge, Art. 25 p.2(9)); none is free', () => {
    const input = {
      type: 'access',
      outcome: 'granted',
      dataHeld: [{ category: 'ФИО', value: AIGERIM.name }],
      delivery: 'registered_mail',
    } satisfies DecisionInput;
    const refused = decisionInputSchema.safeParse({ ...input, fee: 1500 });
    expect(refused.success).toBe(false);
    expect(
      refused.error!.issues.map((i) => [
        i.path.join('.'),
        (i as { params?: { messageKey?: string } }).params?.messageKey,
      ]),
    ).toEqual([['fee', 'errors.ACCESS_FEE_REFUSED']]);
    const r = ready('access');
    const res = decide(desk.server, 'officer', { id: r.id, decision: d(input) });
    expect(res.warnings).toEqual([]);
    expect(getRequest(desk.server, r.id).warnings).not.toContain('access_fee_recorded');
  });

  it('an access decision stored with a fee before the rule is flagged on the request', () => {
    const r = ready('access');
    const res = decide(desk.server, 'officer', {
      id: r.id,
      decision: d({
        type: 'access',
        outcome: 'granted',
        dataHeld: [{ category: 'ФИО', value: AIGERIM.name }],
        delivery: 'registered_mail',
      }),
    });
    // As an older version stored it: the fee in the decision's details.
    // (through the audited write path: a bare UPDATE is refused)
    desk.server.write('test', (tx) => {
      tx.db
        .prepare('UPDATE request_decisions SET details = ? WHERE id = ?')
        .run(JSON.stringify({ ...res.decision.details, fee: 1500 }), res.decision.id);
      tx.audit({
        action: 'test.old_fee',
        entityType: 'request',
        entityId: r.id,
        summary: 'fee stored by an older version',
      });
    });
    expect(getRequest(desk.server, r.id).warnings).toContain('access_fee_recorded');
  });

  it('blocking then unblocking: two decisions, two actions; action statuses follow the outbox and central', () => {
    const r = ready('blocking');
    const block = decide(desk.server, 'officer', {
      id: r.id,
      decision: d({
        type: 'blocking',
        outcome: 'granted',
        operation: 'block',
        blockReason: 'inaccurate_data',
        reasonText: 'проверка',
      }),
    });
    const unblock = decide(desk.server, 'officer', {
      id: r.id,
      decision: d({
        type: 'blocking',
        outcome: 'refused',
        refusalGround: 'other',
        reasons: 'не подтвердилось',
        operation: 'unblock',
        reasonText: 'нарушение не подтвердилось',
      }),
    });
    expect(unblock.request.decisions.map((x) => x.outcome)).toEqual(['granted', 'refused']);
    const [blockAction] = block.actions;
    const [unblockAction] = unblock.actions;
    const seqOf = (eventId: string) => listOutbox(desk.server.db).find((e) => e.eventId === eventId)!.seq;
    desk.server.write('sync', (tx) => {
      applyAnswers(
        tx.db,
        [
          { seq: seqOf(blockAction!.eventId), status: 'accepted' },
          { seq: seqOf(unblockAction!.eventId), status: 'rejected', reason: 'account_unknown' },
        ],
        'sync',
        tx.now,
      );
      tx.audit({ action: 'sync.batch', entityType: 'sync', entityId: 'x', summary: 'test' });
    });
    let now = getRequest(desk.server, r.id);
    expect(now.actions.map((a) => [a.action, a.status, a.failure])).toEqual([
      ['block', 'sent', null],
      ['unblock', 'failed', { source: 'central_rejected', reason: 'account_unknown' }],
    ]);
    expect(now.actions[0]!.sentAt).toBeTruthy();
    desk.server.write('sync', (tx) => {
      storeResults(
        tx.db,
        [
          {
            resultId: 'res-1',
            cursor: '1',
            eventId: blockAction!.eventId,
            recordType: 'request',
            recordId: r.id,
            actionId: blockAction!.id,
            action: 'block',
            status: 'executed',
            executedAt: '2026-11-23T08:00:00Z',
            note: null,
          },
        ],
        '1',
        tx.now,
      );
      tx.audit({ action: 'sync.results', entityType: 'sync', entityId: 'x', summary: 'test' });
    });
    now = getRequest(desk.server, r.id);
    expect(now.actions[0]).toMatchObject({
      status: 'confirmed',
      confirmedAt: '2026-11-23T08:00:00Z',
      results: [{ status: 'executed' }],
    });
    expect(now.actionCounts).toEqual({ total: 2, queued: 0, sent: 0, confirmed: 1, failed: 1 });
    expect(dashboard(desk.server).failedActions).toBe(1);
  });

  it('decided → answered → closed: central learns the outcome and whether it was on time', () => {
    const r = ready('withdrawal');
    decide(desk.server, 'officer', {
      id: r.id,
      decision: d({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
    });
    desk.at('2026-11-24T16:00:00+05:00');
    const answered = transitionRequest(desk.server, 'officer', {
      id: r.id,
      to: 'answered',
      replyOutgoingNo: 'ИСХ-2026-000010',
    });
    expect(answered).toMatchObject({
      state: 'answered',
      replyOutgoingNo: 'ИСХ-2026-000010',
      deadlineStatus: 'done',
    });
    const closed = transitionRequest(desk.server, 'officer', { id: r.id, to: 'closed' });
    expect(closed).toMatchObject({ state: 'closed', closeOutcome: 'answered', steps: [] });
    expect(eventsOf(r.id).at(-1)).toMatchObject({
      eventType: 'request.closed',
      payload: {
        closedOn: '2026-11-24',
        outcome: 'answered',
        replyOutgoingNumber: 'ИСХ-2026-000010',
        onTime: true,
      },
    });
    expect(() =>
      decide(desk.server, 'officer', {
        id: r.id,
        decision: d({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
      }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_FINISHED' }));
  });
});
