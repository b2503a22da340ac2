// Reports for a period (requests received in it): counts by type and state, on-time rates
// against the policy and the statute, median working days to answer, the overdue and late
// lists, a monthly series for the chart; and the same rows as CSV. No personal data: request
// numbers, codes, dates and staff usernames only.
import { almatyDate, almatyDay } from '../../common/time/almaty';
import type { OnTimeFigures, RequestsReport } from '../../common/contract/requests';
import { workingDaysLeft } from '../../common/deadlines/deadlines';
import { toCsv, type CsvCell } from '../../common/requests/csv';
import {
  isRunningState,
  REQUEST_TYPES,
  type RequestLanguage,
  type RequestState,
  type RequestType,
} from '../../common/requests/vocab';
import { type RequestRow } from './sql/requests';
import { requestRowsReceived } from './sql/lists';
import type { Server } from '../sql/server';
import { deadlineData } from './deadlines';
import { mapInChunks, type JobControl } from '../core/job';

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function figures(answered: number, onTime: number): OnTimeFigures {
  return { answered, onTime, late: answered - onTime, rate: answered ? onTime / answered : null };
}

interface Derived {
  row: RequestRow;
  answeredOn: string | null;
  workingDaysToAnswer: number | null;
  onTimePolicy: boolean | null;
  onTimeStatute: boolean | null;
  daysLeft: number;
}

function derive(
  server: Server,
  from: string,
  to: string,
  job?: JobControl,
): { rows: Derived[]; today: string; warnings: string[] } {
  const now = server.now();
  const today = almatyDay(now);
  return server.read((db) => {
    const { calendar } = deadlineData(db);
    const warnings = new Set<string>();
    // Working days per request are most of the time a year takes (~400 ms at 100,000 requests).
    const rows = mapInChunks(job, 'requests', requestRowsReceived(db, from, to), (row) => {
      const answeredOn = row.answeredAt ? almatyDate(row.answeredAt) : null;
      const wd = answeredOn
        ? Math.max(0, calendar.workingDaysBetween(row.countedFrom, answeredOn, warnings))
        : null;
      return {
        row,
        answeredOn,
        workingDaysToAnswer: wd,
        onTimePolicy: answeredOn ? answeredOn <= row.dueOn : null,
        onTimeStatute: answeredOn ? answeredOn <= row.statutoryDueOn : null,
        daysLeft: workingDaysLeft(calendar, today, row.dueOn, warnings),
      };
    });
    for (const r of rows) for (const w of JSON.parse(r.row.deadlineWarnings) as string[]) warnings.add(w);
    return { rows, today, warnings: [...warnings].sort() };
  });
}

export function report(server: Server, from: string, to: string, job?: JobControl): RequestsReport {
  const { rows, today, warnings } = derive(server, from, to, job);
  const byType = Object.fromEntries(
    REQUEST_TYPES.map((t) => [t, { total: 0, byState: {} }]),
  ) as RequestsReport['byType'];
  const byState: RequestsReport['byState'] = {};
  const perType = new Map<RequestType, number[]>();
  const all: number[] = [];
  let answered = 0;
  let onTimeP = 0;
  let onTimeS = 0;
  const months = new Map<
    string,
    { month: string; received: number; answered: number; onTimePolicy: number; onTimeStatute: number }
  >();
  const overdue: RequestsReport['overdue'] = [];
  const late: RequestsReport['late'] = [];
  const { calendar } = server.read((db) => deadlineData(db));
  for (const d of rows) {
    const r = d.row;
    const type = r.type as RequestType;
    const state = r.state as RequestState;
    byType[type].total++;
    byType[type].byState[state] = (byType[type].byState[state] ?? 0) + 1;
    byState[state] = (byState[state] ?? 0) + 1;
    const month = r.receivedOn.slice(0, 7);
    const m = months.get(month) ?? { month, received: 0, answered: 0, onTimePolicy: 0, onTimeStatute: 0 };
    m.received++;
    if (d.answeredOn) {
      answered++;
      m.answered++;
      if (d.onTimePolicy) {
        onTimeP++;
        m.onTimePolicy++;
      }
      if (d.onTimeStatute) {
        onTimeS++;
        m.onTimeStatute++;
      }
      all.push(d.workingDaysToAnswer!);
      const days = perType.get(type);
      if (days) days.push(d.workingDaysToAnswer!);
      else perType.set(type, [d.workingDaysToAnswer!]);
      if (!d.onTimePolicy) {
        late.push({
          id: r.id,
          type,
          due: r.dueOn,
          statutoryDue: r.statutoryDueOn,
          answeredOn: d.answeredOn,
          workingDaysLate: Math.max(1, calendar.workingDaysBetween(r.dueOn, d.answeredOn)),
          statutoryLate: !d.onTimeStatute,
        });
      }
    }
    months.set(month, m);
    if (isRunningState(state) && d.daysLeft < 0) {
      overdue.push({
        id: r.id,
        type,
        state,
        due: r.dueOn,
        statutoryDue: r.statutoryDueOn,
        daysLeft: d.daysLeft,
        officer: r.officer,
      });
    }
  }
  return {
    from,
    to,
    today,
    total: rows.length,
    byType,
    byState,
    onTime: { policy: figures(answered, onTimeP), statute: figures(answered, onTimeS) },
    medianWorkingDaysToAnswer: median(all),
    medianByType: Object.fromEntries(REQUEST_TYPES.map((t) => [t, median(perType.get(t) ?? [])])) as Record<
      RequestType,
      number | null
    >,
    overdue: overdue.sort((a, b) => a.due.localeCompare(b.due)),
    late,
    series: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    warnings,
  };
}

const HEADERS: Record<RequestLanguage, string[]> = {
  en: [
    'Request',
    'Type',
    'State',
    'Requester',
    'Received',
    'Due (policy)',
    'Due (statute)',
    'Answered',
    'Working days to answer',
    'On time (policy)',
    'On time (statute)',
    'Decision',
    'Refusal ground',
    'Legal basis',
    'Officer',
    'Closed',
    'Outcome',
    'Purged',
    'Incoming letters',
  ],
  ru: [
    'Запрос',
    'Тип',
    'Состояние',
    'Заявитель',
    'Получен',
    'Срок (политика)',
    'Срок (закон)',
    'Ответ',
    'Рабочих дней до ответа',
    'В срок (политика)',
    'В срок (закон)',
    'Решение',
    'Основание отказа',
    'Правовое основание',
    'Исполнитель',
    'Закрыт',
    'Итог',
    'Данные удалены',
    'Вх. №',
  ],
  kk: [
    'Сұрау',
    'Түрі',
    'Күйі',
    'Өтініш беруші',
    'Алынды',
    'Мерзім (саясат)',
    'Мерзім (заң)',
    'Жауап',
    'Жауапқа дейінгі жұмыс күндері',
    'Мерзімінде (саясат)',
    'Мерзімінде (заң)',
    'Шешім',
    'Бас тарту негізі',
    'Құқықтық негіз',
    'Орындаушы',
    'Жабылды',
    'Нәтиже',
    'Деректер жойылды',
    'Кіріс №',
  ],
};

export function reportCsv(
  server: Server,
  from: string,
  to: string,
  lang: RequestLanguage,
  job?: JobControl,
): { fileName: string; content: string; rows: number } {
  const { rows } = derive(server, from, to, job);
  const letters = server.read((db) => {
    const m = new Map<string, string>();
    for (const r of db
      .prepare(
        `SELECT rl.request_id AS id, group_concat(rl.incoming_no, ' ') AS nos FROM request_letters rl
       JOIN requests r ON r.id = rl.request_id WHERE r.received_on >= ? AND r.received_on <= ? GROUP BY rl.request_id`,
      )
      .all(from, to) as Array<{ id: string; nos: string }>)
      m.set(r.id, r.nos);
    return m;
  });
  const yes = (b: boolean | null): CsvCell => (b === null ? '' : b ? 1 : 0);
  const body: CsvCell[][] = rows.map((d) => {
    const r = d.row;
    return [
      r.id,
      r.type,
      r.state,
      r.requesterRole,
      r.receivedOn,
      r.dueOn,
      r.statutoryDueOn,
      d.answeredOn,
      d.workingDaysToAnswer,
      yes(d.onTimePolicy),
      yes(d.onTimeStatute),
      r.decisionOutcome,
      r.refusalGround,
      r.legalBasis,
      r.officer,
      r.closedAt ? almatyDate(r.closedAt) : null,
      r.closeOutcome,
      r.purgedAt ? almatyDate(r.purgedAt) : null,
      letters.get(r.id) ?? null,
    ];
  });
  return { fileName: `requests_${from}_${to}.csv`, content: toCsv(HEADERS[lang], body), rows: body.length };
}
