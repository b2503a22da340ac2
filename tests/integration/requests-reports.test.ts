// The dashboard (overdue, due today, due on the next working day, per officer; letters awaiting a
// request with their deadline from registration) and the period report with its CSV.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionInputSchema } from '../../common/requests';
import {
  cancelRequest,
  dashboard,
  decide,
  report,
  reportCsv,
  transitionRequest,
  verifyRequest,
} from '../../electron/requests';
import { listOutbox } from '../../electron/sql/outbox';
import { AIGERIM, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const NOT_REQUIRED = { method: 'not_required', reason: 'signed_letter_matches_records' } as const;

describe('dashboard', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk('2026-11-23T10:30:00+05:00');
  });
  afterEach(() => desk.close());

  it('a withdrawal letter shows its one-working-day deadline from registration; then the request carries it', () => {
    const l = registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'Отзыв согласия',
      assignedTo: 'ahmetova',
    });
    registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:10:00+05:00',
      documentType: 'заявление',
      summary: 'другое',
      sender: { name: 'ТОО Ромашка' },
    });
    let d = dashboard(desk.server);
    expect(d).toMatchObject({ today: '2026-11-23', nextWorkingDay: '2026-11-24', running: 0 });
    expect(d.awaitingRequest.total).toBe(1);
    expect(d.awaitingRequest.letters).toEqual([
      expect.objectContaining({
        requestType: 'withdrawal',
        letter: expect.objectContaining({ incomingNo: l.incomingNo, assignedTo: 'ahmetova' }),
        deadline: {
          due: '2026-11-24',
          statutoryDue: '2026-12-14',
          daysLeft: 1,
          statutoryDaysLeft: 15,
          status: 'due_tomorrow',
          warnings: [],
        },
      }),
    ]);

    const r = open(desk.server, {
      type: 'withdrawal',
      letters: [l.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'ib-000123' },
    });
    expect(r.officer).toBe('ahmetova');
    verifyRequest(desk.server, 'ahmetova', { id: r.id, verification: NOT_REQUIRED });
    const res = decide(desk.server, 'ahmetova', {
      id: r.id,
      decision: decisionInputSchema.parse({
        type: 'withdrawal',
        outcome: 'granted',
        obligationsUnfulfilled: false,
      }),
    });
    expect(res.actions.map((a) => [a.action, a.status])).toEqual([['erase', 'queued']]);
    expect(listOutbox(desk.server.db, 'pending').map((e) => e.eventType)).toContain('action.requested');

    d = dashboard(desk.server);
    expect(d.awaitingRequest.total).toBe(0);
    expect(d.dueTomorrow.map((x) => [x.id, x.state, x.due])).toEqual([[r.id, 'decided', '2026-11-24']]);
    expect(d.byOfficer).toEqual([
      { officer: 'ahmetova', running: 1, overdue: 0, dueToday: 0, dueTomorrow: 1 },
    ]);
    expect(d.byType.withdrawal).toBe(1);

    desk.at('2026-11-24T09:00:00+05:00');
    expect(dashboard(desk.server).dueToday.map((x) => x.id)).toEqual([r.id]);
    desk.at('2026-11-25T09:00:00+05:00');
    d = dashboard(desk.server);
    expect(d.overdue.map((x) => [x.id, x.daysLeft, x.deadlineStatus])).toEqual([[r.id, -1, 'overdue']]);
    expect(d.byOfficer[0]).toMatchObject({ overdue: 1 });
    transitionRequest(desk.server, 'ahmetova', { id: r.id, to: 'answered' });
    expect(dashboard(desk.server).running).toBe(0);
  });

  it('on a Friday, "tomorrow" is the next working day (Monday)', () => {
    desk.at('2026-11-27T10:00:00+05:00');
    registerLetter(desk.server, { receivedAt: '2026-11-27T09:00:00+05:00', documentType: 'withdrawal' });
    const d = dashboard(desk.server);
    expect(d.nextWorkingDay).toBe('2026-11-30');
    expect(d.awaitingRequest.letters[0]!.deadline).toMatchObject({
      due: '2026-11-30',
      status: 'due_tomorrow',
    });
  });
});

describe('reports for a period', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk('2026-11-02T09:00:00+05:00');
  });
  afterEach(() => desk.close());

  function request(day: string, type: 'withdrawal' | 'access', officer: string) {
    desk.at(`${day}T11:00:00+05:00`);
    const l = registerLetter(desk.server, {
      receivedAt: `${day}T10:00:00+05:00`,
      summary: `письмо ${day} ${officer}`,
    });
    return open(desk.server, {
      type,
      letters: [l.incomingNo],
      requesterRole: 'subject',
      subject: { name: `Субъект ${day} ${type}` },
      officer,
      verification: NOT_REQUIRED,
      confirmDuplicates: true,
    });
  }
  function answer(id: string, type: 'withdrawal' | 'access', at: string) {
    desk.at(at);
    const decision =
      type === 'withdrawal'
        ? {
            type,
            outcome: 'refused',
            refusalGround: 'contract_obligation_unfulfilled',
            reasons: 'кредит не погашен',
            obligations: 'договор займа',
            obligationsUnfulfilled: true,
          }
        : {
            type,
            outcome: 'granted',
            dataHeld: [{ category: 'Телефон', value: '+7701' }],
            delivery: 'registered_mail',
          };
    decide(desk.server, 'officer', { id, decision: decisionInputSchema.parse(decision) });
    transitionRequest(desk.server, 'officer', { id, to: 'answered' });
  }

  it('counts by type and state, on-time rates against policy and statute, the median, the overdue and late lists, CSV', () => {
    const a = request('2026-11-02', 'access', 'ahmetova'); // due 5 Nov
    answer(a.id, 'access', '2026-11-04T12:00:00+05:00'); // on time, 2 working days
    const b = request('2026-11-03', 'withdrawal', 'kim'); // due 4 Nov, statutory 24 Nov
    answer(b.id, 'withdrawal', '2026-11-06T12:00:00+05:00'); // late for the policy (3 wd), on time for the statute
    transitionRequest(desk.server, 'officer', { id: b.id, to: 'closed' });
    const c = request('2026-11-05', 'access', '=HYPERLINK("http://x")'); // due 10 Nov, never answered
    const e = request('2026-11-09', 'withdrawal', 'kim');
    cancelRequest(desk.server, 'officer', { id: e.id, outcome: 'duplicate', reason: 'повторное письмо' });
    request('2026-12-01', 'access', 'kim'); // outside the period
    desk.at('2026-11-16T10:00:00+05:00');

    const r = report(desk.server, '2026-11-01', '2026-11-30');
    expect(r.total).toBe(4);
    expect(r.byState).toEqual({ answered: 1, closed: 1, in_progress: 1, cancelled: 1 });
    expect(r.byType.access).toEqual({ total: 2, byState: { answered: 1, in_progress: 1 } });
    expect(r.byType.withdrawal).toEqual({ total: 2, byState: { closed: 1, cancelled: 1 } });
    expect(r.onTime.policy).toEqual({ answered: 2, onTime: 1, late: 1, rate: 0.5 });
    expect(r.onTime.statute).toEqual({ answered: 2, onTime: 2, late: 0, rate: 1 });
    expect(r.medianWorkingDaysToAnswer).toBe(2.5);
    expect(r.medianByType).toMatchObject({ access: 2, withdrawal: 3, complaint: null });
    expect(r.overdue).toEqual([
      {
        id: c.id,
        type: 'access',
        state: 'in_progress',
        due: '2026-11-10',
        statutoryDue: '2026-11-10',
        daysLeft: -4,
        officer: '=HYPERLINK("http://x")',
      },
    ]);
    expect(r.late).toEqual([
      {
        id: b.id,
        type: 'withdrawal',
        due: '2026-11-04',
        statutoryDue: '2026-11-24',
        answeredOn: '2026-11-06',
        workingDaysLate: 2,
        statutoryLate: false,
      },
    ]);
    expect(r.series).toEqual([
      { month: '2026-11', received: 4, answered: 2, onTimePolicy: 1, onTimeStatute: 2 },
    ]);

    const csv = reportCsv(desk.server, '2026-11-01', '2026-11-30', 'ru');
    expect(csv.fileName).toBe('requests_2026-11-01_2026-11-30.csv');
    expect(csv.rows).toBe(4);
    expect(csv.content.startsWith('\uFEFFЗапрос,Тип,Состояние')).toBe(true);
    const lines = csv.content.split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${a.id},access,answered,subject,2026-11-02,2026-11-05,2026-11-05,2026-11-04,2,1,1,granted,,`,
      ),
    );
    expect(lines.find((x) => x.startsWith(c.id))).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.content).not.toContain('Субъект');
  });
});
