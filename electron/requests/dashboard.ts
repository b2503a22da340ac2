// The dashboard: what is overdue, due today and due on the next working day, per officer; and the
// letters registered as a request type with no request yet, each with its deadline counted from
// registration (so a withdrawal's one-working-day clock shows at once).
import type { AwaitingLetter, Dashboard, OfficerLoad } from '../../common/contract/requests';
import { computeDeadline } from '../../common/deadlines/deadlines';
import { countdown } from '../../common/requests/countdown';
import { requestTypeOfKind } from '../../common/requests/document-types';
import { REQUEST_TYPES, RUNNING_STATES, type RequestType } from '../../common/requests/vocab';
import { requestCountRows } from '../sql/counts';
import { runningRequestRowsDueBy } from './sql/dashboard';
import { countFailedActions } from './sql/records';
import { lettersAwaitingRequest, unclassifiedLetters } from '../mailroom';
import type { Server } from '../sql/server';
import { deadlineData } from './deadlines';
import { almatyDay } from '../../common/time/almaty';
import { incomingLetterView, summarize } from './view';

const AWAITING_LIMIT = 200;

export function dashboard(server: Server): Dashboard {
  const now = server.now();
  const today = almatyDay(now);
  return server.read((db) => {
    const { calendar, rules } = deadlineData(db);
    const warnings = new Set<string>();
    const nextWorkingDay = calendar.nextWorkingDay(today, warnings);
    // Running figures from request_counts; the date-relative buckets from the running requests due
    // by the next working day (daysLeft <= 0 exactly when due < nextWorkingDay): the cost follows
    // the requests in those buckets, not all requests.
    const counts = requestCountRows(db, RUNNING_STATES);
    const urgent = summarize(db, runningRequestRowsDueBy(db, nextWorkingDay), now);
    const overdue = urgent.filter((r) => r.daysLeft < 0);
    const dueToday = urgent.filter((r) => r.daysLeft === 0);
    const dueTomorrow = urgent.filter((r) => r.due === nextWorkingDay);
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
    for (const r of urgent) {
      const o = officer(r.officer);
      if (r.daysLeft < 0) o.overdue++;
      if (r.daysLeft === 0) o.dueToday++;
      if (r.due === nextWorkingDay) o.dueTomorrow++;
    }
    const awaiting = lettersAwaitingRequest(db, AWAITING_LIMIT);
    const letters: AwaitingLetter[] = [];
    for (const l of awaiting.rows) {
      const type = requestTypeOfKind(l.requestKind);
      if (!type) continue;
      const d = computeDeadline(calendar, rules, type, l.receivedAt);
      const cd = countdown(calendar, today, d.due, d.statutoryDue, 'new');
      for (const w of d.warnings) warnings.add(w);
      letters.push({
        letter: incomingLetterView(l),
        requestType: type,
        deadline: {
          due: d.due,
          statutoryDue: d.statutoryDue,
          daysLeft: cd.daysLeft,
          statutoryDaysLeft: cd.statutoryDaysLeft,
          status: cd.status,
          warnings: d.warnings,
        },
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
      overdue,
      dueToday,
      dueTomorrow,
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
