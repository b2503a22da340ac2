// When to tell the office that requests fall due: a Windows notification when today's list of
// overdue or due-today requests first has something, or grows, and at most MAX_PER_DAY a day per
// staff member, so the toast stays a signal and never becomes noise. Pure: the hook
// (useDueAlerts) keeps the log in localStorage and shows the notification.

export const MAX_PER_DAY = 3;

/** What was last told to this user, for the day it was told. */
export interface AlertLog {
  day: string;
  sent: number;
  overdue: number;
  dueToday: number;
}

export interface DueFigures {
  day: string;
  overdue: number;
  dueToday: number;
}

export interface AlertDecision {
  notify: null | { overdue: number; dueToday: number };
  log: AlertLog;
}

export function decideAlert(prev: AlertLog | null, now: DueFigures): AlertDecision {
  const log: AlertLog =
    prev && prev.day === now.day ? prev : { day: now.day, sent: 0, overdue: 0, dueToday: 0 };
  const grew = now.overdue > log.overdue || now.dueToday > log.dueToday;
  if (!grew || log.sent >= MAX_PER_DAY) {
    // Shrinking figures are remembered too, so a request coming back is news again.
    return { notify: null, log: { ...log, overdue: now.overdue, dueToday: now.dueToday } };
  }
  return {
    notify: { overdue: now.overdue, dueToday: now.dueToday },
    log: { day: now.day, sent: log.sent + 1, overdue: now.overdue, dueToday: now.dueToday },
  };
}

export function parseAlertLog(raw: string | null): AlertLog | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<AlertLog>;
    if (typeof v.day !== 'string' || typeof v.sent !== 'number') return null;
    return { day: v.day, sent: v.sent, overdue: Number(v.overdue) || 0, dueToday: Number(v.dueToday) || 0 };
  } catch {
    return null;
  }
}
