// Deadlines of subject requests in Kazakhstan working days (brief, "Deadlines").
//
// The clock starts on the day the letter is received: the Asia/Almaty calendar date of the
// receipt instant. "Within N working days" ends at the end of the Nth working day AFTER the
// day of receipt, whatever kind of day the receipt was (Civil Code: a period runs from the
// day after the event). Received Saturday 21.03.2026, 1 working day -> Thursday 26.03.2026.
// The number of days per request type comes from resources/deadlines.json (DeadlineRules).
import { type DeadlineRule, type DeadlineRules } from './calendar-schema';
import { type WarningCollector, type WorkingCalendar } from './calendar';
import { almatyDate, type IsoDate } from '../time/almaty';
import { isRequestType, type RequestType } from './request-types';

export { REQUEST_TYPES, isRequestType, type RequestType } from './request-types';

export interface DeadlineResult {
  type: RequestType;
  /** Almaty calendar date of receipt (the incoming-register date). */
  received: IsoDate;
  /** The day the count runs after: always the day of receipt (kept for stored rows and views). */
  countedFrom: IsoDate;
  /** Due date under the office policy (the operative target). */
  due: IsoDate;
  /** Outer limit under the law. */
  statutoryDue: IsoDate;
  workingDays: number;
  statutoryWorkingDays: number;
  /**
   * Data problems met on the way, e.g. calendar_missing:2028, calendar_provisional:2027.
   * Empty when all is known.
   */
  warnings: string[];
}

/** A period of working days run from the day of an event (receipt, detection): pure engine. */
export interface WorkingPeriod {
  /** The Almaty date of the event. */
  on: IsoDate;
  due: IsoDate;
  statutoryDue: IsoDate;
  warnings: string[];
}

/** The due dates of a rule counted from the Almaty day of `at` (see the rule at the top). */
export function workingPeriod(
  cal: WorkingCalendar,
  rule: Pick<DeadlineRule, 'policyWorkingDays' | 'statutoryWorkingDays'>,
  at: string,
): WorkingPeriod {
  const warnings = new Set<string>();
  const on = almatyDate(at);
  // The event day's own kind does not matter: the count runs over the days after it.
  const due = cal.addWorkingDays(on, rule.policyWorkingDays, warnings);
  const statutoryDue = cal.addWorkingDays(on, rule.statutoryWorkingDays, warnings);
  // A deadline touching a year whose movable holiday is not entered yet is provisional.
  for (const day of [on, due, statutoryDue]) cal.checkProvisional(day, warnings);
  return { on, due, statutoryDue, warnings: [...warnings].sort() };
}

export function computeDeadline(
  cal: WorkingCalendar,
  rules: DeadlineRules,
  type: RequestType,
  receivedAt: string,
): DeadlineResult {
  if (!isRequestType(type)) throw new RangeError(`Unknown request type: ${JSON.stringify(type)}`);
  const rule = rules[type];
  const p = workingPeriod(cal, rule, receivedAt);
  return {
    type,
    received: p.on,
    countedFrom: p.on,
    due: p.due,
    statutoryDue: p.statutoryDue,
    workingDays: rule.policyWorkingDays,
    statutoryWorkingDays: rule.statutoryWorkingDays,
    warnings: p.warnings,
  };
}

/**
 * Working days left until the end of `due`, seen on `today`: 0 when due today, 1 when due the
 * next working day; negative when overdue, -k meaning k working days late. Once the due date
 * has passed the result is never 0 (a weekend right after the due date counts as -1).
 */
export function workingDaysLeft(
  cal: WorkingCalendar,
  today: IsoDate,
  due: IsoDate,
  warnings?: WarningCollector,
): number {
  const n = cal.workingDaysBetween(today, due, warnings);
  if (today > due && n === 0) return -1;
  return n;
}
