// Mailroom calls: the incoming register (intake), the outgoing register, scans, search, exports,
// register settings and the key that encrypts intake drafts in the renderer.
// Every input is a strict object: an unknown field is refused, never ignored.
import { z } from 'zod';
import { checkedShape, INCOMING_REGISTER } from '../mailroom/registers';
import { SCAN_KINDS } from '../mailroom/scan-files';
import { TRACKING_MAX_LENGTH, type TrackingCheck } from '../mailroom/tracking';
import { REQUEST_KINDS } from '../requests/document-types';
import { ALL_ROLES, call, type Role } from './define';
export * from './mailroom-vocab';
export * from './mailroom-views';
import {
  CHANNELS,
  CONFIRMABLE_WARNINGS,
  INCOMING_SORT_KEYS,
  INCOMING_STATUSES,
  OUTGOING_SORT_KEYS,
  OUTGOING_STATUSES,
  PARTY_KINDS,
  REGISTERS,
  REPLY_LANGUAGES,
  SCAN_REMOVE_REASONS,
  dateTimeSchema,
  isoDateSchema,
  optText,
  reqText,
} from './mailroom-vocab';
import type {
  ScanMeta,
  ScanContent,
  IncomingRow,
  IncomingEntry,
  OutgoingRow,
  OutgoingEntry,
  Page,
  DuplicateMatch,
  SearchHit,
  MailroomSettings,
  ExportFile,
  CorrectionEntry,
} from './mailroom-views';

const WRITERS: readonly Role[] = ['admin', 'officer', 'clerk'];
const ADMIN: readonly Role[] = ['admin'];

// ---------------------------------------------------------------------------------------------
// Field schemas.

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const confirmWarnings = z.array(z.enum(CONFIRMABLE_WARNINGS)).max(CONFIRMABLE_WARNINGS.length).optional();
const registerNumber = z.string().trim().min(1).max(60);

/** A correction of a registered entry: the fields to change (a part of `fields`); the number never changes. */
function updateSchema<T extends z.ZodRawShape>(fields: T) {
  return z.strictObject({ id, patch: z.strictObject(fields).partial(), confirmWarnings });
}
const reason = z.string().trim().min(3).max(500);

/** A scan sent with a call: the bytes base64-encoded; the name is a label only. */
export const scanUploadSchema = z.strictObject({
  fileName: z.string().min(1).max(500),
  /** Base64 (standard alphabet); the size limit is checked on the decoded bytes. */
  dataBase64: z.string().max(48 * 1024 * 1024),
  kind: z.enum(SCAN_KINDS).optional(),
});

const partyFields = {
  kind: z.enum(PARTY_KINDS).nullish(),
  name: reqText(300),
  address: optText(500),
};

/** The letter's plain fields (channel, summary, language, …) come with their checks from the descriptor. */
export const incomingFields = {
  ...checkedShape(INCOMING_REGISTER),
  /** Default: now. */
  receivedAt: dateTimeSchema.optional(),
  trackingNumber: optText(TRACKING_MAX_LENGTH),
  sender: z.strictObject({ ...partyFields, iin: optText(20) }),
  /** The sender's own outgoing number and date, if the letter carries them. */
  senderRef: z.strictObject({ number: optText(100), date: isoDateSchema.nullish() }).nullish(),
  /** The kind picked from the list; null: not yet classified; absent: the one documentType names. */
  requestKind: z.enum(REQUEST_KINDS).nullish(),
};

export const incomingInputSchema = z.strictObject(incomingFields);
export const intakeCreateSchema = z.strictObject({
  ...incomingFields,
  confirmWarnings,
  /** Scans stored in the same transaction as the entry (all are checked before anything is written). */
  scans: z.array(scanUploadSchema).max(20).optional(),
});
export type IncomingInput = z.input<typeof incomingInputSchema>;
export type IntakeCreateInput = z.input<typeof intakeCreateSchema>;
export type IntakeCreateParsed = z.output<typeof intakeCreateSchema>;

/** sender and senderRef are replaced as a whole. */
export const intakeUpdateSchema = updateSchema(incomingFields);
export type IntakeUpdateParsed = z.output<typeof intakeUpdateSchema>;

export const outgoingFields = {
  /** The register date (YYYY-MM-DD, Almaty); default today. Its year picks the Исх. № series. */
  date: isoDateSchema.optional(),
  addressee: z.strictObject(partyFields),
  summary: reqText(2000),
  signatory: optText(200),
  /** The Вх. № this letter answers. */
  inReplyTo: registerNumber.nullish(),
  method: z.enum(CHANNELS),
  trackingNumber: optText(TRACKING_MAX_LENGTH),
  courierCompany: optText(100),
  waybill: optText(100),
  sheets: z.number().int().min(0).max(100_000).nullish(),
  /** Default: the language of the letter it answers (kk/ru/en), else ru. */
  language: z.enum(REPLY_LANGUAGES).optional(),
  notes: optText(4000),
};
export const outgoingCreateSchema = z.strictObject({
  ...outgoingFields,
  /** Default draft; 'sent' registers a letter that already left (sentAt default now). */
  status: z.enum(['draft', 'sent']).optional(),
  sentAt: dateTimeSchema.optional(),
  /** The desk's request record this letter answers (letters feature); carried in letter.sent. */
  requestId: z.string().trim().min(1).max(64).nullish(),
  confirmWarnings,
});
export type OutgoingCreateInput = z.input<typeof outgoingCreateSchema>;
export type OutgoingCreateParsed = z.output<typeof outgoingCreateSchema>;

export const outgoingUpdateSchema = updateSchema(outgoingFields);
export type OutgoingUpdateParsed = z.output<typeof outgoingUpdateSchema>;

export const outgoingStatusSchema = z.strictObject({
  id,
  /** draft → sent, sent → returned, returned → sent (sent again). */
  status: z.enum(['sent', 'returned']),
  /** When it was sent or came back; default now. */
  at: dateTimeSchema.optional(),
  /** The tracking number, usually known only when the letter is posted. */
  trackingNumber: optText(TRACKING_MAX_LENGTH),
  note: optText(500),
  confirmWarnings,
});
export type OutgoingStatusParsed = z.output<typeof outgoingStatusSchema>;

export const intakeGetSchema = z
  .strictObject({ id: id.optional(), incomingNo: registerNumber.optional() })
  .refine((o) => (o.id === undefined) !== (o.incomingNo === undefined), {
    message: 'exactly one of id and incomingNo',
  });
export const outgoingGetSchema = z
  .strictObject({ id: id.optional(), outgoingNo: registerNumber.optional() })
  .refine((o) => (o.id === undefined) !== (o.outgoingNo === undefined), {
    message: 'exactly one of id and outgoingNo',
  });

const sortDir = z.enum(['asc', 'desc']);
const listShape = {
  /** Rows per page, default 100. */
  limit: z.number().int().min(1).max(500).optional(),
  /** Rows to skip (random access for a virtualized table); ignored when cursor is given. */
  offset: z.number().int().min(0).max(100_000_000).optional(),
  /** nextCursor of the previous page: the fastest way to read on (keyset paging). */
  cursor: z.string().max(1000).optional(),
};
/** A register's filter: an Almaty period, a status, the channel (or method), and the person it is about. */
function filterSchema<C extends string, S extends readonly [string, ...string[]], P extends string>(
  channel: C,
  statuses: S,
  person: P,
  personMax: number,
) {
  const channelSchema = z.enum(CHANNELS).optional();
  const personSchema = z.string().trim().min(1).max(personMax).nullable().optional();
  // Computed keys widen to string, so the two named filters are typed by hand.
  const named = { [channel]: channelSchema, [person]: personSchema } as Record<C, typeof channelSchema> &
    Record<P, typeof personSchema>;
  return z.strictObject({
    /** First Almaty calendar day included (YYYY-MM-DD). */
    from: isoDateSchema.optional(),
    /** Last Almaty calendar day included (YYYY-MM-DD). */
    to: isoDateSchema.optional(),
    status: z.enum(statuses).optional(),
    ...named,
  });
}
/** A register's list call: paging, one of its sort keys, its filter. Default sort: date, newest first. */
function listSchema<K extends readonly [string, ...string[]], F extends z.ZodType>(sortKeys: K, filter: F) {
  return z.strictObject({
    ...listShape,
    sort: z.strictObject({ by: z.enum(sortKeys), dir: sortDir }).optional(),
    filter: filter.optional(),
  });
}
/** assignedTo: an officer; null lists the letters not assigned to anyone. */
export const incomingFilterSchema = filterSchema('channel', INCOMING_STATUSES, 'assignedTo', 100);
export type IncomingFilter = z.output<typeof incomingFilterSchema>;
export const outgoingFilterSchema = filterSchema('method', OUTGOING_STATUSES, 'signatory', 200);
export type OutgoingFilter = z.output<typeof outgoingFilterSchema>;
/** Every order is stable (ties broken by id). */
export const intakeListSchema = listSchema(INCOMING_SORT_KEYS, incomingFilterSchema);
export const outgoingListSchema = listSchema(OUTGOING_SORT_KEYS, outgoingFilterSchema);
export type IntakeListParsed = z.output<typeof intakeListSchema>;
export type OutgoingListParsed = z.output<typeof outgoingListSchema>;

export const searchSchema = z.strictObject({
  /** What the user typed: words are matched as prefixes, case-insensitively; operators are plain text. */
  query: z.string().max(200),
  register: z.enum(['incoming', 'outgoing', 'all']).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export type SearchParsed = z.output<typeof searchSchema>;

export const exportSchema = z
  .strictObject({
    register: z.enum(REGISTERS),
    from: isoDateSchema,
    to: isoDateSchema,
    format: z.enum(['csv', 'docx']),
    /** Column headings and labels; default ru. */
    lang: z.enum(REPLY_LANGUAGES).optional(),
    /** CSV only: ',' (RFC 4180, default) or ';' (what Excel expects under a Russian or Kazakh locale). */
    delimiter: z.enum([',', ';']).optional(),
  })
  .refine((o) => o.from <= o.to, { message: 'range_order', path: ['to'] });
export type ExportParsed = z.output<typeof exportSchema>;

export const settingsSetSchema = z
  .strictObject({
    incomingNumberFormat: z.string().max(100).optional(),
    outgoingNumberFormat: z.string().max(100).optional(),
    /** Per-file scan limit in bytes (1 MiB … 32 MiB). */
    scanMaxBytes: z.number().int().optional(),
  })
  .refine((o) => Object.keys(o).length > 0, { message: 'nothing_to_change' });
export type SettingsSetParsed = z.output<typeof settingsSetSchema>;

// ---------------------------------------------------------------------------------------------
// Calls.

const noInput = z.strictObject({});
/** Stop counting past this many (the count is then `cap` and exact is false). */
const countCap = z.number().int().min(1).max(10_000_000).optional();

export interface CountResult {
  count: number;
  /** False when counting stopped at `cap`: there are more. */
  exact: boolean;
}

/** A register's count: exact, or cheap at any size with `cap`. */
function countCall<F extends z.ZodType>(filter: F) {
  return call<CountResult>()({
    reads: true,
    input: z.strictObject({ filter: filter.optional(), cap: countCap }),
    roles: ALL_ROLES,
  });
}

/** Marks an entry cancelled; it keeps its number. */
const cancelCall = <E>() =>
  call<E>()({ input: z.strictObject({ id, reason }), roles: WRITERS, writes: true });

export const mailroomCalls = {
  /** As-you-type check of a tracking number (the same check common/mailroom checkTracking runs locally). */
  'intake.checkTracking': call<TrackingCheck>()({
    input: z.strictObject({ trackingNumber: z.string().max(200) }),
    roles: ALL_ROLES,
  }),
  /** Entries that look like the letter being typed: same tracking number, or same sender, day and summary. */
  'intake.checkDuplicates': call<{ matches: DuplicateMatch[] }>()({
    input: z.strictObject({
      trackingNumber: z.string().max(200).nullish(),
      senderName: z.string().max(300).nullish(),
      receivedAt: dateTimeSchema.nullish(),
      summary: z.string().max(2000).nullish(),
      /** When editing an entry: leave it out of the matches. */
      excludeId: id.optional(),
    }),
    roles: ALL_ROLES,
  }),
  /** Registers a letter: assigns the next Вх. № of its year in the same transaction. */
  'intake.create': call<IncomingEntry>()({ input: intakeCreateSchema, roles: WRITERS, writes: true }),
  'intake.get': call<IncomingEntry>()({ reads: true, input: intakeGetSchema, roles: ALL_ROLES }),
  'intake.list': call<Page<IncomingRow>>()({ reads: true, input: intakeListSchema, roles: ALL_ROLES }),
  /**
   * Rows matching a filter: exact (an index walk, ~0.1-0.3 s for half a million rows at 1,000,000
   * letters), so call it when the filter changes, not per page; or with `cap`, cheap at any size
   * (e.g. cap 10000 → "10,000+" when exact is false).
   */
  'intake.count': countCall(incomingFilterSchema),
  /**
   * Corrects a registered entry (its number never changes): the clerk who registered it the same
   * day, an officer or administrator any time (common/mailroom/corrections.ts); each changed field
   * goes into the record's history with its value before and after.
   */
  'intake.update': call<IncomingEntry>()({ input: intakeUpdateSchema, roles: WRITERS, writes: true }),
  'intake.cancel': cancelCall<IncomingEntry>(),
  /** The officers letters are assigned to, for a filter drop-down. */
  'intake.officers': call<{ officers: string[] }>()({ reads: true, input: noInput, roles: ALL_ROLES }),

  'outgoing.create': call<OutgoingEntry>()({ input: outgoingCreateSchema, roles: WRITERS, writes: true }),
  'outgoing.get': call<OutgoingEntry>()({ reads: true, input: outgoingGetSchema, roles: ALL_ROLES }),
  'outgoing.list': call<Page<OutgoingRow>>()({ reads: true, input: outgoingListSchema, roles: ALL_ROLES }),
  'outgoing.count': countCall(outgoingFilterSchema),
  /** Corrects a registered entry, by the same rule and with the same history as intake.update. */
  'outgoing.update': call<OutgoingEntry>()({ input: outgoingUpdateSchema, roles: WRITERS, writes: true }),
  /** An entry's correction history, newest first: each changed field with its value before and after. */
  'mailroom.corrections': call<{ corrections: CorrectionEntry[] }>()({
    reads: true,
    input: z.strictObject({ register: z.enum(REGISTERS), id }),
    roles: ALL_ROLES,
  }),
  'outgoing.setStatus': call<OutgoingEntry>()({ input: outgoingStatusSchema, roles: WRITERS, writes: true }),
  'outgoing.cancel': cancelCall<OutgoingEntry>(),

  'scans.add': call<ScanMeta>()({
    input: z.strictObject({
      register: z.enum(REGISTERS).optional(),
      letterId: id,
      ...scanUploadSchema.shape,
    }),
    roles: WRITERS,
    writes: true,
  }),
  'scans.list': call<{ scans: ScanMeta[] }>()({
    reads: true,
    input: z.strictObject({ register: z.enum(REGISTERS).optional(), letterId: id }),
    roles: ALL_ROLES,
  }),
  /** One scan with its bytes, for a preview. */
  'scans.get': call<ScanContent>()({ reads: true, input: z.strictObject({ id }), roles: ALL_ROLES }),
  /** Removes an attached scan (the reason is a code so that the audit entry can carry it). */
  'scans.remove': call<{ removed: true }>()({
    input: z.strictObject({ id, reason: z.enum(SCAN_REMOVE_REASONS) }),
    roles: WRITERS,
    writes: true,
  }),

  /** Full-text search over both registers, newest first. */
  'mailroom.search': call<{ hits: SearchHit[]; hasMore: boolean }>()({
    reads: true,
    input: searchSchema,
    roles: ALL_ROLES,
  }),
  /** A register for a period as CSV (UTF-8 with BOM) or a printable DOCX table; audited. */
  'mailroom.export': call<ExportFile>()({ input: exportSchema, roles: ALL_ROLES }),
  'mailroom.settings.get': call<MailroomSettings>()({ reads: true, input: noInput, roles: ALL_ROLES }),
  'mailroom.settings.set': call<MailroomSettings>()({ input: settingsSetSchema, roles: ADMIN, writes: true }),

  /** The 256-bit AES-GCM key (base64) the renderer encrypts intake drafts with; created on first use. */
  'drafts.key': call<{ key: string; algorithm: 'AES-GCM'; bits: 256 }>()({ input: noInput, roles: WRITERS }),
} as const;
