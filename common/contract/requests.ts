// Subject-request calls (issue 5): open, read, verify, move through the states, decide (queuing
// actions for central), dashboard, reports, purge; and the calendar / deadline-rules calls.
// Every input is a strict object: an unknown field is refused, never ignored.
import { z } from 'zod';
import type { CalendarYear, DeadlineRules, LocalizedText } from '../deadlines/calendar-schema';
import type { DayOffReason } from '../deadlines/calendar';
import type { DeadlineResult } from '../deadlines/deadlines';
import { ACCESS_EXPORT_FORMATS } from '../requests/access-export';
import type { AccessItem, DecisionProblem, PlannedAction } from '../requests/decisions';
import { decisionInputSchema } from '../requests/decisions';
import type { TransitionKind } from '../requests/lifecycle';
import {
  iinSchema,
  isoDate,
  letterRefSchema,
  listRequestsSchema,
  openRequestSchema,
  requestIdSchema,
  requestPatchSchema,
  text,
  verificationSchema,
  instantOrDate,
} from '../requests/schemas';
import {
  CANCEL_OUTCOMES,
  PAUSE_REASONS,
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  type ActionKind,
  type ActionStatus,
  type DeadlineStatus,
  type DecisionOutcome,
  type RefusalGround,
  type RequestLanguage,
  type RequestState,
  type RequestType,
  type RequesterRole,
} from '../requests/vocab';
import { ALL_ROLES, call, type Role } from './define';

const READERS: readonly Role[] = ['admin', 'officer', 'auditor'];
const WRITERS: readonly Role[] = ['admin', 'officer'];
const ADMIN: readonly Role[] = ['admin'];
/** The dashboard also serves mailroom clerks: the letters still waiting for a request. */
const DASHBOARD: readonly Role[] = ['admin', 'officer', 'clerk', 'auditor'];

// ---------------------------------------------------------------------------------------------
// Outputs.

export interface SubjectSummary {
  name: string;
  /** 900101•••••3 — lists never show the full IIN. */
  iinMasked: string | null;
}

export interface ActionCounts {
  total: number;
  queued: number;
  sent: number;
  confirmed: number;
  failed: number;
}

export interface DecisionBrief {
  outcome: DecisionOutcome;
  refusalGround: RefusalGround | null;
  legalBasis: string | null;
  decidedAt: string;
}

/** One row of a request list (and the head of a request's page). */
export interface RequestSummary {
  /** RQ-2026-000001 */
  id: string;
  type: RequestType;
  state: RequestState;
  /** While paused: the state it returns to on resume. */
  pausedFrom: RequestState | null;
  requesterRole: RequesterRole;
  origin: 'letter' | 'direct';
  language: RequestLanguage;
  officer: string | null;
  /** The IIN shows a person under 18 (minor_deletion is proposed). */
  minor: boolean;
  /** Null once purged (the request is a tombstone). */
  subject: SubjectSummary | null;
  /** The Вх. № of the letters it comes from, earliest first. */
  letterNumbers: string[];
  receivedAt: string;
  /** Almaty date of receipt. */
  receivedOn: string;
  /** Policy (operative) due date, YYYY-MM-DD. */
  due: string;
  statutoryDue: string;
  /** Working days left (0 due today, 1 the next working day, <0 overdue). */
  daysLeft: number;
  statutoryDaysLeft: number;
  deadlineStatus: DeadlineStatus;
  statutoryStatus: DeadlineStatus;
  /** Codes: calendar_missing:<year>, subject_minor, account_missing, … (REQUEST_WARNINGS). */
  warnings: string[];
  decision: DecisionBrief | null;
  answeredAt: string | null;
  replyOutgoingNo: string | null;
  closedAt: string | null;
  closeOutcome: 'answered' | 'withdrawn' | 'duplicate' | 'cancelled' | null;
  purgedAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  actionCounts: ActionCounts;
}

export interface SubjectView extends SubjectSummary {
  iin: string | null;
  birthDate: string | null;
  /** Age today, from the IIN. */
  age: number | null;
  sex: 'M' | 'F' | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  accountId: string | null;
}

export interface RepresentativeView {
  name: string;
  relation: string;
  gender?: 'M' | 'F' | null;
  address: string | null;
  authorityDocument: { type: string; number: string | null; date: string | null; issuer: string | null };
}

export interface AuthorizedBodyView {
  kind: 'ministry' | 'akimat' | 'other';
  name: string;
  reference: string | null;
  referenceDate: string | null;
  official: string | null;
  officialName?: string | null;
  officialGender?: 'M' | 'F' | null;
  address: string | null;
}

export type VerificationView = (
  | {
      method: 'document';
      documentType: string;
      numberLast4: string;
      issuer: string;
      issuedOn: string;
      holder: 'subject' | 'representative';
      note: string | null;
    }
  | { method: 'not_required'; reason: string; note: string | null }
) & { verifiedAt: string | null; verifiedBy: string | null };

export interface LetterView {
  id: number;
  incomingNo: string;
  receivedAt: string;
  receivedOn: string;
  channel: string | null;
  status: string | null;
  documentType: string | null;
  /** The request type the document type names, if any. */
  documentRequestType: RequestType | null;
  language: string | null;
  assignedTo: string | null;
  senderRef: { number: string | null; date: string | null } | null;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  /** opened, verified, transition, paused, resumed, cancelled, decided, answered, closed, updated, letters_linked, due_changed, purged */
  event: string;
  from: RequestState | null;
  to: RequestState | null;
  /** Pause reason, cancel outcome, changed fields … (codes). */
  reasonCode: string | null;
  /** The officer's words (purged with the subject's data). */
  note: string | null;
}

export interface ActionResultView {
  status: 'executed' | 'failed' | 'not_found' | string;
  executedAt: string;
  note: string | null;
  receivedAt: string;
}

export interface ActionView {
  /** The action id central reports results for. */
  id: string;
  action: ActionKind;
  /** queued → sent → confirmed / failed (derived from the outbox row and central's results). */
  status: ActionStatus;
  decisionId: number;
  createdAt: string;
  eventId: string;
  outboxState: 'pending' | 'delivered' | 'rejected' | null;
  attempts: number;
  /** When central accepted the event. */
  sentAt: string | null;
  /** When central executed it (its clock). */
  confirmedAt: string | null;
  failure: {
    source: 'central_rejected' | 'central_failed' | 'central_not_found';
    reason: string | null;
  } | null;
  results: ActionResultView[];
}

export interface DecisionView {
  id: number;
  type: RequestType;
  outcome: DecisionOutcome;
  refusalGround: RefusalGround | null;
  legalBasis: string;
  reasons: string | null;
  /** The decision form as saved (type-specific); null once purged. */
  details: Record<string, unknown> | null;
  warnings: string[];
  decidedAt: string;
  decidedBy: string;
  erasure: boolean;
  actionIds: string[];
}

export interface DeadlineView {
  today: string;
  receivedAt: string;
  receivedOn: string;
  /** The working day the count starts from (receipt on a non-working day: the next working day). */
  countedFrom: string;
  due: string;
  statutoryDue: string;
  workingDays: number;
  statutoryWorkingDays: number;
  daysLeft: number;
  statutoryDaysLeft: number;
  status: DeadlineStatus;
  statutoryStatus: DeadlineStatus;
  warnings: string[];
  /** The rule's basis in the three languages (resources/deadlines.json or the administrator's version). */
  basis: LocalizedText | null;
  /** While paused: since when, why, from which state. The law has no extension: due dates do not move. */
  paused: { since: string; reason: string; from: RequestState } | null;
}

/** What remains after a purge: number, type, dates, decision, legal basis. */
export interface Tombstone {
  id: string;
  type: RequestType;
  receivedOn: string;
  due: string;
  statutoryDue: string;
  decision: DecisionBrief | null;
  answeredAt: string | null;
  closedAt: string | null;
  closeOutcome: string | null;
  purgedAt: string;
  purgeId: number | null;
}

export interface RequestDetail extends Omit<RequestSummary, 'subject'> {
  subject: SubjectView | null;
  representative: RepresentativeView | null;
  authorizedBody: AuthorizedBodyView | null;
  verification: VerificationView | null;
  directReason: string | null;
  directNote: string | null;
  notes: string | null;
  deadline: DeadlineView;
  letters: LetterView[];
  history: HistoryEntry[];
  decisions: DecisionView[];
  actions: ActionView[];
  /** The steps the request's state allows now (buttons). */
  steps: TransitionKind[];
  /** 'minor_deletion' when the IIN shows a minor and the type is another one. */
  suggestedType: RequestType | null;
  tombstone: Tombstone | null;
}

export interface PrecheckResult {
  /** Open requests of the same type for the same IIN, or the same name and address (or letter). */
  duplicates: Array<RequestSummary & { match: 'iin' | 'name_address' | 'letter' }>;
  letters: Array<{
    ref: string | number;
    found: boolean;
    cancelled: boolean;
    letter: LetterView | null;
    linkedRequests: string[];
  }>;
  iin: {
    valid: boolean;
    reason: string | null;
    birthDate: string | null;
    age: number | null;
    minor: boolean;
  } | null;
  minor: boolean;
  suggestedType: RequestType | null;
  /** The deadline opening now would give (from the earliest letter, or now for a direct request). */
  deadline: DeadlineResult | null;
  warnings: string[];
}

export interface DecisionPlanView {
  actions: PlannedAction[];
  warnings: string[];
  problems: DecisionProblem[];
  legalBasis: string;
  erasure: boolean;
}

export interface DecideResult {
  request: RequestDetail;
  decision: DecisionView;
  actions: ActionView[];
  /** e.g. access_fee_not_allowed */
  warnings: string[];
}

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
  overdue: RequestSummary[];
  dueToday: RequestSummary[];
  dueTomorrow: RequestSummary[];
  byOfficer: OfficerLoad[];
  /** Running requests per type (for the chart). */
  byType: Record<RequestType, number>;
  running: number;
  paused: number;
  /** Actions central rejected or reported failed. */
  failedActions: number;
  /** Letters registered as a request type with no request opened yet, earliest first. */
  awaitingRequest: { total: number; letters: AwaitingLetter[] };
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

export interface CalendarSaveView {
  year: CalendarYearView & { data: CalendarYear | null };
  recomputed: {
    checked: number;
    changed: Array<{
      id: string;
      due: { from: string; to: string };
      statutoryDue: { from: string; to: string };
    }>;
  };
}

export interface RulesView {
  rules: DeadlineRules;
  origin: 'shipped' | 'edit' | 'import' | 'missing';
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
}

export interface DataVersion {
  version: number;
  origin: 'edit' | 'import' | 'reset';
  savedAt: string;
  savedBy: string;
  sha256: string | null;
}

// ---------------------------------------------------------------------------------------------
// Inputs.

const idOnly = z.strictObject({ id: requestIdSchema });
const year = z.int().min(2000).max(2100);
const period = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'range_order', path: ['to'] });

export const precheckSchema = z.strictObject({
  type: z.enum(REQUEST_TYPES),
  letters: z.array(letterRefSchema).max(20).default([]),
  subject: z
    .strictObject({
      name: z.string().trim().max(200).nullish(),
      iin: iinSchema.nullish(),
      address: z.string().trim().max(500).nullish(),
    })
    .default({}),
  /** Received at, for a direct request (default now). */
  receivedAt: instantOrDate.nullish(),
  /** When re-checking an existing request. */
  excludeId: requestIdSchema.nullish(),
});

export const requestCalls = {
  /** Before saving: duplicates, the letters, the IIN (minor?), the deadline opening would give. */
  'requests.precheck': call<PrecheckResult>()({ input: precheckSchema, roles: WRITERS }),
  /** Opens a request; REQUEST_DUPLICATE unless confirmDuplicates. */
  'requests.open': call<RequestDetail>()({ input: openRequestSchema, roles: WRITERS, writes: true }),
  'requests.list': call<{ items: RequestSummary[]; total: number; today: string }>()({
    input: listRequestsSchema,
    roles: READERS,
  }),
  'requests.get': call<RequestDetail>()({ input: idOnly, roles: READERS }),
  /** Corrections; a type change recomputes the deadline. */
  'requests.update': call<RequestDetail>()({
    input: z.strictObject({ id: requestIdSchema, patch: requestPatchSchema }),
    roles: WRITERS,
    writes: true,
  }),
  'requests.linkLetters': call<RequestDetail>()({
    input: z.strictObject({ id: requestIdSchema, letters: z.array(letterRefSchema).min(1).max(20) }),
    roles: WRITERS,
    writes: true,
  }),
  /** Records the identity document seen (type, last 4, issuer, date) or why none was needed; new/verifying → in_progress unless advance is false. */
  'requests.verify': call<RequestDetail>()({
    input: z.strictObject({
      id: requestIdSchema,
      verification: verificationSchema,
      advance: z.boolean().default(true),
    }),
    roles: WRITERS,
    writes: true,
  }),
  /** new → verifying, → in_progress (needs verification), decided → answered, answered → closed. */
  'requests.transition': call<RequestDetail>()({
    input: z.strictObject({
      id: requestIdSchema,
      to: z.enum(['verifying', 'in_progress', 'answered', 'closed']),
      note: text(2000).nullish(),
      /** answered: when the reply left (default now). */
      answeredAt: instantOrDate.nullish(),
      /** answered: the reply's Исх. №. */
      replyOutgoingNo: text(60).nullish(),
    }),
    roles: WRITERS,
    writes: true,
  }),
  'requests.pause': call<RequestDetail>()({
    input: z
      .strictObject({ id: requestIdSchema, reason: z.enum(PAUSE_REASONS), note: text(2000).nullish() })
      .refine((v) => v.reason !== 'other' || !!v.note, {
        message: 'a note is required for reason other',
        path: ['note'],
      }),
    roles: WRITERS,
    writes: true,
  }),
  /** Back to the state it was paused in. */
  'requests.resume': call<RequestDetail>()({
    input: z.strictObject({ id: requestIdSchema, note: text(2000).nullish() }),
    roles: WRITERS,
    writes: true,
  }),
  'requests.cancel': call<RequestDetail>()({
    input: z.strictObject({
      id: requestIdSchema,
      outcome: z.enum(CANCEL_OUTCOMES).default('cancelled'),
      reason: z.string().trim().min(3).max(2000),
    }),
    roles: WRITERS,
    writes: true,
  }),
  /** What a decision would do (actions, warnings such as the fee, problems), without saving. */
  'requests.planDecision': call<DecisionPlanView>()({
    input: z.strictObject({ id: requestIdSchema, decision: decisionInputSchema }),
    roles: WRITERS,
  }),
  /** Saves a decision and queues its actions for central, in one transaction. */
  'requests.decide': call<DecideResult>()({
    input: z.strictObject({ id: requestIdSchema, decision: decisionInputSchema }),
    roles: WRITERS,
    writes: true,
  }),
  /** Reads a central-system export (JSON or CSV text) into access items for the access decision form. */
  'requests.parseAccessExport': call<{ items: AccessItem[]; skipped: number; truncated: string[] }>()({
    input: z.strictObject({
      format: z.enum(ACCESS_EXPORT_FORMATS),
      content: z.string().max(5 * 1024 * 1024),
    }),
    roles: WRITERS,
  }),
  'requests.dashboard': call<Dashboard>()({ reads: true, input: z.strictObject({}), roles: DASHBOARD }),
  'requests.report': call<RequestsReport>()({ reads: true, input: period, roles: READERS }),
  /** The report's request rows as CSV (UTF-8 with BOM, formula-safe); no personal data. */
  'requests.reportCsv': call<{ fileName: string; content: string; rows: number }>()({
    reads: true,
    input: z
      .strictObject({ from: isoDate, to: isoDate, lang: z.enum(REQUEST_LANGUAGES).default('ru') })
      .refine((p) => p.from <= p.to, { message: 'range_order', path: ['to'] }),
    roles: READERS,
  }),
  /** Purges the desk's copy of subjects whose requests closed with erasure and whose retention ended. */
  'requests.purge': call<PurgeReport>()({
    input: z.strictObject({ dryRun: z.boolean().default(false) }),
    roles: ADMIN,
    writes: true,
  }),
  'requests.purges': call<PurgeReport[]>()({
    reads: true,
    input: z.strictObject({ limit: z.int().min(1).max(500).default(50) }),
    roles: ['admin', 'auditor'],
  }),
  'requests.settings': call<RequestSettings>()({ reads: true, input: z.strictObject({}), roles: READERS }),
  'requests.setSettings': call<RequestSettings>()({
    input: z.strictObject({ retentionDays: z.int().min(0).max(3650) }),
    roles: ADMIN,
    writes: true,
  }),

  // Calendar and deadline rules.
  'calendar.years': call<CalendarYearView[]>()({ reads: true, input: z.strictObject({}), roles: ALL_ROLES }),
  'calendar.get': call<CalendarYearView & { data: CalendarYear | null }>()({
    input: z.strictObject({ year }),
    roles: ALL_ROLES,
  }),
  /** Day by day (at most 400 days), with the reason each day is off. */
  'calendar.days': call<{
    days: Array<{ date: string; working: boolean; reasons: DayOffReason[] }>;
    warnings: string[];
  }>()({ reads: true, input: z.strictObject({ from: isoDate, to: isoDate }), roles: ALL_ROLES }),
  /** Saves an edited year (validated with the calendar schema: CALENDAR_INVALID lists the problems). */
  'calendar.put': call<CalendarSaveView>()({
    input: z.strictObject({ year, data: z.record(z.string(), z.unknown()) }),
    roles: ADMIN,
    writes: true,
  }),
  /** Imports a <year>.json file's text; `year`, if given, must match the file. */
  'calendar.import': call<CalendarSaveView>()({
    input: z.strictObject({
      content: z
        .string()
        .min(1)
        .max(1024 * 1024),
      year: year.nullish(),
    }),
    roles: ADMIN,
    writes: true,
  }),
  /** Back to the shipped file for that year (or no data, if none ships). */
  'calendar.reset': call<CalendarSaveView>()({ input: z.strictObject({ year }), roles: ADMIN, writes: true }),
  'calendar.history': call<Array<DataVersion & { year: number }>>()({
    reads: true,
    input: z.strictObject({ year: year.nullish() }),
    roles: READERS,
  }),
  'deadlines.rules': call<RulesView>()({ reads: true, input: z.strictObject({}), roles: ALL_ROLES }),
  'deadlines.putRules': call<RulesView & { recomputed: CalendarSaveView['recomputed'] }>()({
    input: z.strictObject({ rules: z.record(z.string(), z.unknown()) }),
    roles: ADMIN,
    writes: true,
  }),
  'deadlines.resetRules': call<RulesView & { recomputed: CalendarSaveView['recomputed'] }>()({
    input: z.strictObject({}),
    roles: ADMIN,
    writes: true,
  }),
  'deadlines.rulesHistory': call<DataVersion[]>()({ reads: true, input: z.strictObject({}), roles: READERS }),
  /** The deadline of a request type received at an instant (e.g. while registering a letter). */
  'deadlines.compute': call<DeadlineResult>()({
    reads: true,
    input: z.strictObject({ type: z.enum(REQUEST_TYPES), received: instantOrDate }),
    roles: ALL_ROLES,
  }),
} as const;
