// What the cross-request calls answer: the dashboard, reports, purge results, request settings
// and the calendar and deadline-rule views. Re-exported by ./requests.
import type { CalendarYear, DeadlineRules } from '../deadlines/calendar-schema';
import type { DeadlineStatus, RequestState, RequestType } from '../requests/vocab';
import type { IsoDate } from '../time/almaty';
import type { RequestSummary, LetterView } from './requests';

export interface AwaitingLetter {
  letter: LetterView;
  requestType: RequestType;
  /** The deadline from the moment of registration. */
  deadline: {
    due: string;
    statutoryDue: string;
    daysLeft: number;
    statutoryDaysLeft: number;
    status: DeadlineStatus;
    warnings: string[];
  };
}

/**
 * A registered letter nobody has said is or is not a request (the clerk classifies it). No sender:
 * the dashboard is the first screen of every role on a shared PC, so it names letters by number,
 * time and the paper's own title, and the record (opened by a role that may) shows who wrote.
 */
export interface UnclassifiedLetter {
  id: number;
  incomingNo: string;
  receivedAt: string;
  documentType: string | null;
}

export interface OfficerLoad {
  officer: string | null;
  running: number;
  overdue: number;
  dueToday: number;
  dueTomorrow: number;
}

export interface Dashboard {
  today: string;
  /** The next working day ("tomorrow" in the working-day sense). */
  nextWorkingDay: string;
  /** The most overdue running requests first, at most 100 of them (totals.overdue counts them all). */
  overdue: RequestSummary[];
  /** At most 100; totals.dueToday counts them all. */
  dueToday: RequestSummary[];
  /** At most 100; totals.dueTomorrow counts them all. */
  dueTomorrow: RequestSummary[];
  /** How many running requests each bucket holds (the lists above are the first page). */
  totals: { overdue: number; dueToday: number; dueTomorrow: number };
  byOfficer: OfficerLoad[];
  /** Running requests per type (for the chart). */
  byType: Record<RequestType, number>;
  running: number;
  paused: number;
  /** Actions central rejected or reported failed. */
  failedActions: number;
  /** Letters registered as a request type with no request opened yet, earliest first. */
  awaitingRequest: { total: number; letters: AwaitingLetter[] };
  /** Registered letters not yet classified as a request kind or "not a request", newest first. */
  unclassified: { total: number; letters: UnclassifiedLetter[] };
  warnings: string[];
}

export interface OnTimeFigures {
  answered: number;
  onTime: number;
  late: number;
  /** onTime / answered, null when nothing was answered. */
  rate: number | null;
}

export interface RequestsReport {
  from: string;
  to: string;
  today: string;
  total: number;
  byType: Record<RequestType, { total: number; byState: Partial<Record<RequestState, number>> }>;
  byState: Partial<Record<RequestState, number>>;
  onTime: { policy: OnTimeFigures; statute: OnTimeFigures };
  /** Working days from the counting start to the answer; null when nothing was answered. */
  medianWorkingDaysToAnswer: number | null;
  medianByType: Record<RequestType, number | null>;
  /** Still running past the policy due date. */
  overdue: Array<{
    id: string;
    type: RequestType;
    state: RequestState;
    due: string;
    statutoryDue: string;
    daysLeft: number;
    officer: string | null;
  }>;
  /** Answered after the policy due date. */
  late: Array<{
    id: string;
    type: RequestType;
    due: string;
    statutoryDue: string;
    answeredOn: string;
    workingDaysLate: number;
    statutoryLate: boolean;
  }>;
  /** Per month of receipt, for the chart. */
  series: Array<{
    month: string;
    received: number;
    answered: number;
    onTimePolicy: number;
    onTimeStatute: number;
  }>;
  warnings: string[];
}

export interface PurgedRequest {
  requestId: string;
  type: RequestType;
  closedAt: string | null;
  letters: string[];
  replies: string[];
  removed: Record<string, number>;
  /** Letters kept because another request still needs them. */
  lettersKept: string[];
  /** Other requests that still hold data for the same IIN or name and address (review them). */
  sameSubjectElsewhere: string[];
}

export interface PurgeReport {
  /** Null for a dry run. */
  id: number | null;
  runAt: string;
  actor: string;
  dryRun: boolean;
  retentionDays: number;
  /** Requests closed at or before this instant were due. */
  cutoff: string;
  purged: PurgedRequest[];
  /** Due but not purged yet, and why: events_undelivered — events of the request (e.g. an erase action with the IIN) have not reached central yet; `events` lists eventType:state. */
  deferred: Array<{ requestId: string; reason: 'events_undelivered'; events: string[] }>;
  totals: Record<string, number>;
  ftsOptimized: string[];
  checkpointed: boolean;
  /** Set when the run was cancelled: `purged` lists what was purged before the cancel; the rest wait for the next run. */
  cancelled?: boolean;
}

export interface RequestSettings {
  /** Days after closing with erasure before the desk's copy is purged (default 30). */
  retentionDays: number;
}

export interface CalendarYearView {
  year: number;
  origin: 'shipped' | 'edit' | 'import' | 'missing';
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
  shipped: boolean;
  workingDays: number | null;
  nonWorkingWeekdays: string[];
  workingWeekendDays: string[];
  source: string | null;
}

/** What a calendar or rules change did to the due dates of the requests still running. */
export interface RecomputeSummary {
  checked: number;
  /** Requests whose policy or statutory due date moved, with the old and new dates. */
  changed: Array<{
    id: string;
    due: { from: IsoDate; to: IsoDate };
    statutoryDue: { from: IsoDate; to: IsoDate };
  }>;
}

export interface CalendarSaveView {
  year: CalendarYearView & { data: CalendarYear | null };
  recomputed: RecomputeSummary;
}

export interface RulesView {
  rules: DeadlineRules;
  origin: 'shipped' | 'edit' | 'import' | 'missing';
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
}

/** The rules after a save or reset, with what the change did to the running requests. */
export type RulesSaveView = RulesView & { recomputed: RecomputeSummary };

export interface DataVersion {
  version: number;
  origin: 'edit' | 'import' | 'reset';
  savedAt: string;
  savedBy: string;
  sha256: string | null;
}
