// The dashboard: what is overdue, due today and due on the next working day, per officer; and the
// letters registered as a request type with no request yet, each with its deadline counted from
// registration (so a withdrawal's one-working-day clock shows at once).
import type { AwaitingLetter, Dashboard, OfficerLoad } from '../../common/contract/requests';
import type { WorkingCalendar } from '../../common/deadlines/calendar';
import { computeDeadline, workingDaysLeft } from '../../common/deadlines/deadlines';
import { countdown } from '../../common/requests/countdown';
import { requestTypeOfKind } from '../../common/requests/document-types';
import { REQUEST_TYPES, RUNNING_STATES, type RequestType } from '../../common/requests/vocab';
import { requestCountRows } from '../sql/counts';
import { runningDueCounts, runningRequestRowsDueOn } from './sql/dashboard';
import { countFailedActions } from './sql/records';
import { lettersAwaitingRequest, unclassifiedLetters } from '../mailroom';
import type { DB, Server } from '../sql/server';
import { deadlineData } from './deadlines';
import { almatyDay } from '../../common/time/almaty';
import { incomingLetterView, summarize } from './view';

const AWAITING_LIMIT = 200;
/** Requests listed per bucket (overdue, due today, due tomorrow); `totals` counts them all. */
export const DASHBOARD_LIST_LIMIT = 100;

type Bucket = 'overdue' | 'dueToday' | 'dueTomorrow';

/**
 * The date-relative buckets: counted per due date and officer from the index (a countdown depends
 * on the due date alone, so it is worked out once per date), and one page of rows per bucket.
 */
function deadlineBuckets(db: DB, calendar: WorkingCalendar, day: { today: string; next: string; now: Date }) {
  const dates: Record<Bucket, string[]> = { overdue: [], dueToday: [], dueTomorrow: [] };
  const totals: Record<Bucket, number> = { overdue: 0, dueToday: 0, dueTomorrow: 0 };
  const byOfficer = new Map<string | null, Record<Bucket, number>>();
  const bucketsOf = new Map<string, Bucket[]>();
  for (const c of runningDueCounts(db, day.next)) {
    let bs = bucketsOf.get(c.due);
    if (!bs) {
      const left = workingDaysLeft(calendar, day.today, c.due);
      bs = [...(left < 0 ? ['overdue' as const] : []), ...(left === 0 ? ['dueToday' as const] : [])];
      if (c.due === day.next) bs.push('dueTomorrow');
      bucketsOf.set(c.due, bs);
      for (const b of bs) dates[b].push(c.due);
    }
    const o = byOfficer.get(c.officer) ?? { overdue: 0, dueToday: 0, dueTomorrow: 0 };
    byOfficer.set(c.officer, o);
    for (const b of bs) {
      o[b] += c.n;
      totals[b] += c.n;
    }
  }
  const list = (b: Bucket) =>
    summarize(db, runningRequestRowsDueOn(db, dates[b], DASHBOARD_LIST_LIMIT), day.now);
  return {
    overdue: list('overdue'),
    dueToday: list('dueToday'),
    dueTomorrow: list('dueTomorrow'),
    totals,
    byOfficer,
  };
}

export function dashboard(server: Server): Dashboard {
  const now = server.now();
  const today = almatyDay(now);
  return server.read((db) => {
    const { calendar, rules } = deadlineData(db);
    const warnings = new Set<string>();
    const nextWorkingDay = calendar.nextWorkingDay(today, warnings);
    // Running figures from request_counts; the date-relative buckets from the index (see above).
    const counts = requestCountRows(db, RUNNING_STATES);
    const due = deadlineBuckets(db, calendar, { today, next: nextWorkingDay, now });
    const officers = new Map<string | null, OfficerLoad>();
    const officer = (name: string | null) => {
      const o = officers.get(name) ?? { officer: name, running: 0, overdue: 0, dueToday: 0, dueTomorrow: 0 };
      officers.set(name, o);
      return o;
    };
    const byType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, 0])) as Record<RequestType, number>;
    let running = 0;
    let paused = 0;
    for (const c of counts) {
      byType[c.type as RequestType] += c.n;
      officer(c.officer).running += c.n;
      running += c.n;
      if (c.state === 'paused') paused += c.n;
      for (const w of JSON.parse(c.warnings) as string[])
        if (/^calendar_(missing|provisional):/.test(w)) warnings.add(w);
    }
    for (const [name, n] of due.byOfficer) Object.assign(officer(name), n);
    const awaiting = lettersAwaitingRequest(db, AWAITING_LIMIT);
    const letters: AwaitingLetter[] = [];
    // A deadline depends on the type and the Almaty day of receipt alone: the 200 letters listed
    // fall on a few dozen such pairs, so each is counted once (the counting walks the calendar).
    const deadlines = new Map<string, AwaitingLetter['deadline']>();
    const deadlineOf = (type: RequestType, receivedAt: string) => {
      const key = `${type} ${almatyDay(receivedAt)}`;
      let dl = deadlines.get(key);
      if (!dl) {
        const d = computeDeadline(calendar, rules, type, receivedAt);
        const cd = countdown(calendar, today, d.due, d.statutoryDue, 'new');
        for (const w of d.warnings) warnings.add(w);
        dl = {
          due: d.due,
          statutoryDue: d.statutoryDue,
          daysLeft: cd.daysLeft,
          statutoryDaysLeft: cd.statutoryDaysLeft,
          status: cd.status,
          warnings: d.warnings,
        };
        deadlines.set(key, dl);
      }
      return dl;
    };
    for (const l of awaiting.rows) {
      const type = requestTypeOfKind(l.requestKind);
      if (type)
        letters.push({
          letter: incomingLetterView(l),
          requestType: type,
          deadline: deadlineOf(type, l.receivedAt),
        });
    }
    letters.sort(
      (a, b) =>
        a.deadline.due.localeCompare(b.deadline.due) ||
        a.letter.receivedAt.localeCompare(b.letter.receivedAt),
    );
    const byOfficer = [...officers.values()].sort(
      (a, b) =>
        b.overdue - a.overdue || b.dueToday - a.dueToday || (a.officer ?? '').localeCompare(b.officer ?? ''),
    );
    return {
      today,
      nextWorkingDay,
      overdue: due.overdue,
      dueToday: due.dueToday,
      dueTomorrow: due.dueTomorrow,
      totals: due.totals,
      byOfficer,
      byType,
      running,
      paused,
      failedActions: countFailedActions(db),
      awaitingRequest: { total: awaiting.total, letters },
      unclassified: unclassifiedLetters(db, AWAITING_LIMIT),
      warnings: [...warnings].sort(),
    };
  });
}
