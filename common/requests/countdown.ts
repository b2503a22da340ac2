// The countdown shown on every request (pure): working days left and where the deadline stands.
import { type WorkingCalendar } from '../deadlines/calendar';
import { workingDaysLeft } from '../deadlines/deadlines';
import { type IsoDate } from '../time/almaty';
import { isRunningState, type DeadlineStatus, type RequestState } from './vocab';

export interface Countdown {
  /** Working days left until the end of the due date: 0 due today, 1 the next working day, <0 overdue. */
  daysLeft: number;
  statutoryDaysLeft: number;
  status: DeadlineStatus;
  statutoryStatus: DeadlineStatus;
}

/** Where one deadline stands on `today` (done once the request no longer runs). */
export function deadlineStatusOf(daysLeft: number, running: boolean): DeadlineStatus {
  if (!running) return 'done';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due_today';
  if (daysLeft === 1) return 'due_tomorrow';
  return 'running';
}

export function countdown(
  cal: WorkingCalendar,
  today: IsoDate,
  due: IsoDate,
  statutoryDue: IsoDate,
  state: RequestState,
  warnings?: { add(w: string): unknown },
): Countdown {
  const running = isRunningState(state);
  const daysLeft = workingDaysLeft(cal, today, due, warnings);
  const statutoryDaysLeft = workingDaysLeft(cal, today, statutoryDue, warnings);
  return {
    daysLeft,
    statutoryDaysLeft,
    status: deadlineStatusOf(daysLeft, running),
    statutoryStatus: deadlineStatusOf(statutoryDaysLeft, running),
  };
}
