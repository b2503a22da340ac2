// Subject-request calls (issue 5): open, read, verify, move through the states, decide (queuing
// actions for central), dashboard, reports, purge; and the calendar / deadline-rules calls.
// Every input is a strict object: an unknown field is refused, never ignored.
import { z } from 'zod';
import type { CalendarYear } from '../deadlines/calendar-schema';
import type { DayOffReason } from '../deadlines/calendar';
import type { DeadlineResult } from '../deadlines/deadlines';
import { ACCESS_EXPORT_FORMATS } from '../requests/access-export';
import type { AccessItem } from '../requests/decisions';
import { decisionInputSchema } from '../requests/decisions';
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
import { CANCEL_OUTCOMES, PAUSE_REASONS, REQUEST_LANGUAGES, REQUEST_TYPES } from '../requests/vocab';
import { adminWrite, ALL_ROLES, call, type Role } from './define';
export * from './requests-reports';
import type {
  Dashboard,
  RequestsReport,
  PurgeReport,
  RequestSettings,
  CalendarYearView,
  CalendarSaveView,
  RulesView,
  RulesSaveView,
  DataVersion,
} from './requests-reports';
export * from './requests-views';
import type {
  RequestSummary,
  RequestDetail,
  PrecheckResult,
  DecisionPlanView,
  DecideResult,
} from './requests-views';

const READERS: readonly Role[] = ['admin', 'officer', 'auditor'];
const WRITERS: readonly Role[] = ['admin', 'officer'];
/** The dashboard also serves mailroom clerks: the letters still waiting for a request. */
const DASHBOARD: readonly Role[] = ['admin', 'officer', 'clerk', 'auditor'];

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

export const requestSearchSchema = z.strictObject({
  /** What the user typed, folded and matched as the registers' search matches it. */
  query: z.string().trim().min(1).max(200),
  limit: z.int().min(1).max(50).default(20),
});

export const requestCalls = {
  /** Before saving: duplicates, the letters, the IIN (minor?), the deadline opening would give. */
  'requests.precheck': call<PrecheckResult>()({ input: precheckSchema, roles: WRITERS }),
  /** Opens a request; REQUEST_DUPLICATE unless confirmDuplicates. */
  'requests.open': call<RequestDetail>()({ input: openRequestSchema, roles: WRITERS, writes: true }),
  'requests.list': call<{ items: RequestSummary[]; total: number; today: string }>()({
    reads: true,
    input: listRequestsSchema,
    roles: READERS,
  }),
  /** The header search's requests group: by subject name (folded), IIN's last digits or number. */
  'requests.search': call<{ items: RequestSummary[]; hasMore: boolean }>()({
    reads: true,
    input: requestSearchSchema,
    roles: READERS,
  }),
  'requests.get': call<RequestDetail>()({ reads: true, input: idOnly, roles: READERS }),
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
  'requests.purge': adminWrite<PurgeReport>()(z.strictObject({ dryRun: z.boolean().default(false) })),
  'requests.purges': call<PurgeReport[]>()({
    reads: true,
    input: z.strictObject({ limit: z.int().min(1).max(500).default(50) }),
    roles: ['admin', 'auditor'],
  }),
  'requests.settings': call<RequestSettings>()({ reads: true, input: z.strictObject({}), roles: READERS }),
  'requests.setSettings': adminWrite<RequestSettings>()(
    z.strictObject({ retentionDays: z.int().min(0).max(3650) }),
  ),

  // Calendar and deadline rules.
  'calendar.years': call<CalendarYearView[]>()({ reads: true, input: z.strictObject({}), roles: ALL_ROLES }),
  'calendar.get': call<CalendarYearView & { data: CalendarYear | null }>()({
    reads: true,
    input: z.strictObject({ year }),
    roles: ALL_ROLES,
  }),
  /** Day by day (at most 400 days), with the reason each day is off. */
  'calendar.days': call<{
    days: Array<{ date: string; working: boolean; reasons: DayOffReason[] }>;
    warnings: string[];
  }>()({ reads: true, input: z.strictObject({ from: isoDate, to: isoDate }), roles: ALL_ROLES }),
  /** Saves an edited year (validated with the calendar schema: CALENDAR_INVALID lists the problems). */
  'calendar.put': adminWrite<CalendarSaveView>()(
    z.strictObject({ year, data: z.record(z.string(), z.unknown()) }),
  ),
  /** Imports a <year>.json file's text; `year`, if given, must match the file. */
  'calendar.import': adminWrite<CalendarSaveView>()(
    z.strictObject({
      content: z
        .string()
        .min(1)
        .max(1024 * 1024),
      year: year.nullish(),
    }),
  ),
  /** Back to the shipped file for that year (or no data, if none ships). */
  'calendar.reset': adminWrite<CalendarSaveView>()(z.strictObject({ year })),
  'calendar.history': call<Array<DataVersion & { year: number }>>()({
    reads: true,
    input: z.strictObject({ year: year.nullish() }),
    roles: READERS,
  }),
  'deadlines.rules': call<RulesView>()({ reads: true, input: z.strictObject({}), roles: ALL_ROLES }),
  'deadlines.putRules': adminWrite<RulesSaveView>()(
    z.strictObject({ rules: z.record(z.string(), z.unknown()) }),
  ),
  'deadlines.resetRules': adminWrite<RulesSaveView>()(z.strictObject({})),
  'deadlines.rulesHistory': call<DataVersion[]>()({ reads: true, input: z.strictObject({}), roles: READERS }),
  /** The deadline of a request type received at an instant (e.g. while registering a letter). */
  'deadlines.compute': call<DeadlineResult>()({
    reads: true,
    input: z.strictObject({ type: z.enum(REQUEST_TYPES), received: instantOrDate }),
    roles: ALL_ROLES,
  }),
} as const;
