// Counts by construction (issue 18): after a few hundred random operations through the real
// flows (intake, edits, cancellations, outgoing letters, requests opened, decided, paused, closed
// and cancelled, purges, a year rollover), on a real encrypted file, the summary tables kept by
// migration 0010's triggers equal a full recount, and the dashboard and counts read from them
// equal what a scan of the rows says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  intakeCreateSchema,
  outgoingCreateSchema,
  outgoingStatusSchema,
  type Channel,
} from '../../common/contract/mailroom';
import { decisionInputSchema } from '../../common/requests';
import { RUNNING_STATES } from '../../common/requests/vocab';
import { composeFeatures } from '../../electron/app/compose';
import { cancelIncoming, registerIncoming, updateIncoming } from '../../electron/mailroom/intake';
import { cancelOutgoing, registerOutgoing, setOutgoingStatus } from '../../electron/mailroom/outgoing';
import {
  cancelRequest,
  dashboard,
  decide,
  pauseRequest,
  resumeRequest,
  runPurge,
  transitionRequest,
} from '../../electron/requests';
import { recountDatabase, recountSummaries, registerCount } from '../../electron/sql/counts';
import { countIncoming } from '../../electron/mailroom/sql/incoming';
import { AIGERIM, deliverAll, ID_CARD, open, openDesk, type Desk } from '../helpers/requests';

/** xorshift32: a seeded sequence, so a failure replays. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const CHANNELS: Channel[] = ['registered_mail', 'courier', 'by_hand', 'electronic'];
const DOC_TYPES = ['withdrawal', 'access', 'Жалоба', 'Отзыв согласия', 'письмо', undefined];
const OFFICERS = ['Ахметова Д.', 'Ким С.', undefined];

describe('summary tables after random operations', () => {
  let desk: Desk;
  const rnd = prng(18);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const done = new Map<string, number>();
  let clock = Date.parse('2026-11-23T09:00:00+05:00');

  beforeAll(() => {
    desk = openDesk('2026-11-23T09:00:00+05:00');
  });
  afterAll(() => desk.close());

  const db = () => desk.server.db;
  const ids = (sql: string) => (db().prepare(sql).all() as { id: string | number }[]).map((r) => r.id);

  const ops: Record<string, () => void> = {
    intake: () => {
      const channel = pick(CHANNELS);
      const input = intakeCreateSchema.parse({
        channel,
        ...(channel === 'courier' ? { courierCompany: 'DHL Express' } : {}),
        sender: { name: AIGERIM.name, iin: AIGERIM.iin, address: AIGERIM.address },
        summary: 'Өтініш',
        documentType: pick(DOC_TYPES),
        assignedTo: pick(OFFICERS),
        language: 'kk',
        sheets: 1,
        confirmWarnings: ['duplicate', 'tracking_format', 'tracking_check_digit'],
      });
      registerIncoming(desk.server, 'clerk', input);
    },
    edit: () => {
      const id = Number(pick(ids("SELECT id FROM incoming_letters WHERE status <> 'cancelled'")));
      updateIncoming(desk.server, 'clerk', {
        id,
        patch: {
          assignedTo: pick(OFFICERS) ?? null,
          documentType: pick(DOC_TYPES) ?? null,
          requestKind: pick(['withdrawal', 'not_request', null] as const),
        },
        confirmWarnings: ['duplicate'],
      });
    },
    cancel: () => {
      const id = Number(pick(ids("SELECT id FROM incoming_letters WHERE status = 'registered'")));
      cancelIncoming(desk.server, 'clerk', { id, reason: 'ошибочная регистрация' });
    },
    outgoing: () => {
      const input = outgoingCreateSchema.parse({
        addressee: { kind: 'person', name: AIGERIM.name, address: AIGERIM.address },
        summary: 'Ответ',
        method: pick(CHANNELS),
        language: 'kk',
        status: pick(['draft', 'sent'] as const),
        signatory: pick(OFFICERS),
      });
      registerOutgoing(desk.server, 'clerk', input);
    },
    outgoingStatus: () => {
      const id = Number(
        pick(ids("SELECT id FROM outgoing_letters WHERE status IN ('draft', 'sent', 'returned')")),
      );
      const cur = (
        db().prepare('SELECT status FROM outgoing_letters WHERE id = ?').get(id) as { status: string }
      ).status;
      if (rnd() < 0.3) cancelOutgoing(desk.server, 'clerk', { id, reason: 'не отправлено' });
      else
        setOutgoingStatus(
          desk.server,
          'clerk',
          outgoingStatusSchema.parse({ id, status: cur === 'sent' ? 'returned' : 'sent' }),
        );
    },
    open: () => {
      const letter = db()
        .prepare(
          'SELECT l.incoming_no AS no FROM letters_awaiting_request a JOIN incoming_letters l ON l.id = a.letter_id ORDER BY random() LIMIT 1',
        )
        .get() as { no: string } | undefined;
      if (!letter) throw new Error('none awaiting');
      open(desk.server, {
        type: pick(['withdrawal', 'access', 'complaint'] as const),
        letters: [letter.no],
        requesterRole: 'subject',
        subject: { ...AIGERIM, accountId: 'ib-000123' },
        verification: ID_CARD,
        confirmDuplicates: true,
        ...(rnd() < 0.7 ? { officer: pick(OFFICERS) } : {}),
      });
    },
    decide: () => {
      const r = db()
        .prepare(
          "SELECT id, type FROM requests WHERE state IN ('new', 'verifying', 'in_progress') ORDER BY random() LIMIT 1",
        )
        .get() as { id: string; type: string };
      const input =
        r.type === 'withdrawal'
          ? { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }
          : r.type === 'access'
            ? {
                type: 'access',
                outcome: 'granted',
                dataHeld: [{ category: 'Телефон', value: '+77011234567' }],
                delivery: 'registered_mail',
              }
            : {
                type: 'complaint',
                outcome: 'granted',
                finding: 'confirmed',
                findings: 'Проверено',
                measures: ['Исправлено'],
              };
      decide(desk.server, 'officer', { id: r.id, decision: decisionInputSchema.parse(input) });
    },
    answerClose: () => {
      const id = String(pick(ids("SELECT id FROM requests WHERE state IN ('decided', 'answered')")));
      const state = (db().prepare('SELECT state FROM requests WHERE id = ?').get(id) as { state: string })
        .state;
      transitionRequest(desk.server, 'officer', { id, to: state === 'decided' ? 'answered' : 'closed' });
    },
    pause: () => {
      const id = String(
        pick(ids("SELECT id FROM requests WHERE state IN ('new', 'verifying', 'in_progress', 'paused')")),
      );
      const paused = (db().prepare('SELECT state FROM requests WHERE id = ?').get(id) as { state: string })
        .state;
      if (paused === 'paused') resumeRequest(desk.server, 'officer', { id });
      else pauseRequest(desk.server, 'officer', { id, reason: 'awaiting_documents' });
    },
    cancelRequest: () => {
      const id = String(pick(ids("SELECT id FROM requests WHERE state NOT IN ('closed', 'cancelled')")));
      const outcome = pick(['cancelled', 'withdrawn', 'duplicate'] as const);
      cancelRequest(desk.server, 'officer', { id, outcome, reason: 'повтор' });
    },
    purge: () => {
      deliverAll(desk.server);
      clock += 40 * 86_400_000;
      desk.at(new Date(clock).toISOString());
      if (runPurge(desk.server, 'admin', {}, composeFeatures().requests.purge).purged.length === 0)
        throw new Error('nothing to purge');
    },
    time: () => {
      clock += Math.floor(rnd() * 5) * 86_400_000 + 3_600_000;
      desk.at(new Date(clock).toISOString());
    },
  };
  const WEIGHTS: Array<[string, number]> = [
    ['intake', 30],
    ['edit', 6],
    ['cancel', 5],
    ['outgoing', 8],
    ['outgoingStatus', 6],
    ['open', 14],
    ['decide', 8],
    ['answerClose', 8],
    ['pause', 4],
    ['cancelRequest', 3],
    ['purge', 2],
    ['time', 6],
  ];
  const total = WEIGHTS.reduce((s, [, n]) => s + n, 0);
  function nextOp(): string {
    let x = rnd() * total;
    for (const [name, n] of WEIGHTS) if ((x -= n) < 0) return name;
    return 'intake';
  }

  it('the kept figures equal a full recount after every step of 400 random operations', () => {
    const failed = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      // The year rolls over in the middle: letters and requests of 2027 start new numbers.
      const newYearsEve = Date.parse('2026-12-31T17:30:00+05:00');
      if (i === 200 && clock < newYearsEve) {
        clock = newYearsEve;
        desk.at(new Date(clock).toISOString());
      }
      const name = nextOp();
      try {
        ops[name]!();
        done.set(name, (done.get(name) ?? 0) + 1);
      } catch (e) {
        failed.set(name, String(e)); // refused by the app (wrong state, nothing to pick): rolled back
      }
      expect(recountSummaries(db(), { keep: false }), `after op ${i} (${name})`).toEqual([]);
    }
    for (const [name] of WEIGHTS)
      expect(done.get(name) ?? 0, `${name}: ${failed.get(name)}`).toBeGreaterThan(0);
    const years = db().prepare('SELECT year, count(*) AS n FROM incoming_letters GROUP BY year').all();
    expect(years).toContainEqual({ year: 2026, n: expect.any(Number) });
    expect(years).toContainEqual({ year: 2027, n: expect.any(Number) });
  });

  it('the dashboard and the counts read from the summaries say what a scan of the rows says', () => {
    const n = (sql: string) => (db().prepare(sql).get() as { n: number }).n;
    const running = RUNNING_STATES.map((s) => `'${s}'`).join(', ');
    const d = dashboard(desk.server);
    expect(d.running).toBe(n(`SELECT count(*) AS n FROM requests WHERE state IN (${running})`));
    expect(d.paused).toBe(n("SELECT count(*) AS n FROM requests WHERE state = 'paused'"));
    expect(d.awaitingRequest.total).toBe(
      n(`SELECT count(*) AS n FROM incoming_letters l WHERE l.status = 'registered'
         AND l.request_kind IS NOT NULL AND l.request_kind <> 'not_request'
         AND NOT EXISTS (SELECT 1 FROM request_letters rl WHERE rl.letter_id = l.id)`),
    );
    expect(d.unclassified.total).toBe(
      n(`SELECT count(*) AS n FROM incoming_letters l WHERE l.status = 'registered' AND l.request_kind IS NULL
         AND NOT EXISTS (SELECT 1 FROM request_letters rl WHERE rl.letter_id = l.id)`),
    );
    expect(d.unclassified.total).toBeGreaterThan(0);
    for (const ch of CHANNELS)
      expect(countIncoming(db(), { channel: ch, to: '2026-12-31' })).toBe(
        n(
          `SELECT count(*) AS n FROM incoming_letters WHERE channel = '${ch}' AND received_date <= '2026-12-31'`,
        ),
      );
    expect(registerCount(db(), 'incoming', { party: null }).count).toBe(
      n('SELECT count(*) AS n FROM incoming_letters WHERE assigned_to IS NULL'),
    );
    expect(registerCount(db(), 'outgoing', { status: 'sent' }, 1)).toEqual({
      count: 1,
      exact: n("SELECT count(*) AS n FROM outgoing_letters WHERE status = 'sent'") <= 1,
    });
  });

  it('db recount repairs a summary that drifted, reports it and is audited', () => {
    db()
      .exec(`UPDATE register_counts SET n = n + 5 WHERE (register, channel, status, party_null, party, day) =
      (SELECT register, channel, status, party_null, party, day FROM register_counts LIMIT 1)`);
    db().exec(
      'DELETE FROM letters_awaiting_request WHERE letter_id = (SELECT min(letter_id) FROM letters_awaiting_request)',
    );
    const r = recountDatabase(desk.server, 'admin');
    expect(r.drift.map((x) => x.table).sort()).toEqual(['letters_awaiting_request', 'register_counts']);
    expect(recountSummaries(db(), { keep: false })).toEqual([]);
    expect(db().prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').get()).toEqual({
      action: 'db.recount',
    });
  });
});
