// The sync contract (common/sync/payloads.ts): which events a desk pushes to the central system and exactly what each
// payload carries. Pure (zod only) so the renderer, the core features that emit events, the
// sync client and the reference central receiver all validate against the same schemas.
//
// Data minimisation: a payload holds only what the central system needs to act or to report.
// Every payload object is strict, so a field that is not listed here is refused, by the desk when
// it builds the event and by the central when it receives it. Names, addresses, letter texts and
// free-text reasons never travel; decisions and reasons travel as codes.
import { z } from 'zod';
import { REQUEST_TYPES } from '../deadlines/request-types';
import { validateIinBin } from '../identifiers/iin';

export const SYNC_PROTOCOL_VERSION = 1;

export const SYNC_EVENT_TYPES = [
  'letter.registered',
  'request.opened',
  'request.changed',
  'request.decided',
  'request.closed',
  'action.requested',
  'letter.sent',
  'breach',
  'letter.corrected',
] as const;
export type SyncEventType = (typeof SYNC_EVENT_TYPES)[number];

/**
 * The record an event belongs to (order is kept per record). Actions belong to their request,
 * so "decided → action requested → closed" keep their order; an outgoing letter is its own record.
 */
export const SYNC_EVENT_RECORD_TYPES = {
  'letter.registered': 'letter',
  'request.opened': 'request',
  'request.changed': 'request',
  'request.decided': 'request',
  'request.closed': 'request',
  'action.requested': 'request',
  'letter.sent': 'letter',
  breach: 'breach',
  'letter.corrected': 'letter',
} as const satisfies Record<SyncEventType, string>;
export type SyncRecordType = (typeof SYNC_EVENT_RECORD_TYPES)[SyncEventType];

export function isSyncEventType(value: unknown): value is SyncEventType {
  return typeof value === 'string' && (SYNC_EVENT_TYPES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Shared vocabularies (wire codes; the desk's own labels are translated from these).

/** Kinds of subject request: the desk's own list (brief: "What the policy promises"). */
export const SYNC_REQUEST_TYPES = REQUEST_TYPES;
/** How a letter arrived or left, on the wire (the registers call e_document 'electronic'). */
export const SYNC_CHANNELS = ['registered_mail', 'courier', 'by_hand', 'e_document'] as const;
/** Who wrote, on the wire (the requests module calls a representative 'legal_representative'). */
export const SYNC_REQUESTER_ROLES = ['subject', 'representative', 'authorized_body'] as const;
export const SYNC_LANGUAGES = ['kk', 'ru', 'en'] as const;
export const SYNC_REQUEST_STATUSES = ['open', 'paused'] as const;
export const SYNC_PAUSE_REASONS = [
  'identity_verification',
  'awaiting_documents',
  'authority_inquiry',
  'other',
] as const;
export const SYNC_CHANGED_FIELDS = ['request_type', 'due_on', 'status', 'subject_account'] as const;
export const SYNC_DECISIONS = ['granted', 'partially_granted', 'refused'] as const;
export const SYNC_REFUSAL_GROUNDS = [
  'contract_obligation_unfulfilled',
  'contrary_to_law',
  'identity_not_verified',
  'no_data_held',
  'not_personal_data',
  'other',
] as const;
export const SYNC_CLOSE_OUTCOMES = ['answered', 'withdrawn', 'duplicate', 'cancelled'] as const;
export const SYNC_ACTIONS = ['block', 'unblock', 'erase', 'rectify', 'suppress', 'export'] as const;
export type SyncAction = (typeof SYNC_ACTIONS)[number];
export const SYNC_BLOCK_REASONS = ['inaccurate_data', 'unlawful_processing'] as const;
export const SYNC_RECTIFY_FIELDS = [
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'phone',
  'email',
  'address',
] as const;
export const SYNC_SUPPRESS_CHANNELS = [
  'sms',
  'whatsapp',
  'telegram',
  'advertising',
  'push',
  'email',
] as const;

/** Categories of personal data a breach concerns (common/breaches/schemas.ts uses the same codes). */
export const SYNC_BREACH_CATEGORIES = [
  'identity',
  'contact',
  'iin',
  'biometric',
  'financial',
  'account',
  'location',
  'other',
] as const;
export const SYNC_BREACH_STATES = ['open', 'authority_notified', 'closed'] as const;
export const SYNC_BREACH_SUBJECT_NOTICE = ['undecided', 'notify', 'not_required'] as const;
/** What happened to the breach record in this event. */
export const SYNC_BREACH_EVENTS = [
  'opened',
  'measures_updated',
  'authority_notified',
  'subjects_notice_decided',
] as const;

// ---------------------------------------------------------------------------------------------
// Field schemas.

const isoDate = z.iso.date();
/** The incoming (Вх. №) or outgoing (Исх. №) register number as printed; unique per year. */
const registerNumber = z.string().trim().min(1).max(40);
/** The subject's account id in the central system (opaque); never a name or phone. */
const accountId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'account id: letters, digits and . _ : - only');
const actionId = z.string().min(1).max(64);
const iin = z
  .string()
  .regex(/^\d{12}$/, 'IIN: 12 digits')
  .refine((v) => {
    const r = validateIinBin(v);
    return r.valid && r.kind === 'IIN';
  }, 'not a valid IIN');
const phone = z.string().regex(/^\+?\d{10,15}$/, 'phone: 10-15 digits, optional leading +');
/** S10 tracking number or a courier waybill number. */
const trackingNumber = z.string().trim().min(1).max(40);

// ---------------------------------------------------------------------------------------------
// Payloads, one per event type.

/** A letter entered the incoming register. Not the sender's name or address, nor the summary. */
export const letterRegisteredPayload = z.strictObject({
  incomingNumber: registerNumber,
  receivedOn: isoDate,
  channel: z.enum(SYNC_CHANNELS),
  /** The kind of request the letter makes; null when it is not a subject request. */
  requestType: z.enum(SYNC_REQUEST_TYPES).nullable(),
});

/** A subject request was opened from a registered letter. */
export const requestOpenedPayload = z.strictObject({
  requestType: z.enum(SYNC_REQUEST_TYPES),
  incomingNumber: registerNumber,
  receivedOn: isoDate,
  dueOn: isoDate,
  requester: z.enum(SYNC_REQUESTER_ROLES),
  /** Null until the subject is matched to an account in the central system. */
  subjectAccountId: accountId.nullable(),
});

/** The fields central tracks, after a change (a snapshot, plus which of them changed). */
export const requestChangedPayload = z
  .strictObject({
    changed: z.array(z.enum(SYNC_CHANGED_FIELDS)).min(1),
    requestType: z.enum(SYNC_REQUEST_TYPES),
    dueOn: isoDate,
    status: z.enum(SYNC_REQUEST_STATUSES),
    pauseReason: z.enum(SYNC_PAUSE_REASONS).nullable(),
    subjectAccountId: accountId.nullable(),
  })
  .refine((p) => (p.status === 'paused') === (p.pauseReason !== null), {
    message: 'pauseReason is required while paused and only then',
    path: ['pauseReason'],
  });

export const requestDecidedPayload = z
  .strictObject({
    decision: z.enum(SYNC_DECISIONS),
    decidedOn: isoDate,
    /** Required for a refusal or a partial grant, null for a full grant. */
    refusalGround: z.enum(SYNC_REFUSAL_GROUNDS).nullable(),
  })
  .refine((p) => (p.decision === 'granted') === (p.refusalGround === null), {
    message: 'refusalGround is required unless the request is granted in full',
    path: ['refusalGround'],
  });

export const requestClosedPayload = z.strictObject({
  closedOn: isoDate,
  outcome: z.enum(SYNC_CLOSE_OUTCOMES),
  /** Outgoing register number of the reply, when there is one. */
  replyOutgoingNumber: registerNumber.nullable(),
  onTime: z.boolean(),
});

const actionBase = { actionId };

export const blockActionPayload = z.strictObject({
  ...actionBase,
  action: z.literal('block'),
  subjectAccountId: accountId,
  reason: z.enum(SYNC_BLOCK_REASONS),
});
export const unblockActionPayload = z.strictObject({
  ...actionBase,
  action: z.literal('unblock'),
  subjectAccountId: accountId,
});
/** Erase needs the IIN as well: biometric and KYC stores at central are keyed by it. */
export const eraseActionPayload = z.strictObject({
  ...actionBase,
  action: z.literal('erase'),
  subjectAccountId: accountId,
  iin,
});
/** Rectification carries the corrected values: central cannot apply them otherwise. */
export const rectifyActionPayload = z.strictObject({
  ...actionBase,
  action: z.literal('rectify'),
  subjectAccountId: accountId,
  corrections: z
    .array(z.strictObject({ field: z.enum(SYNC_RECTIFY_FIELDS), value: z.string().trim().min(1).max(200) }))
    .min(1)
    .max(20),
});
/** Stop messages: by account, or by phone number for a person who has no account. */
export const suppressActionPayload = z
  .strictObject({
    ...actionBase,
    action: z.literal('suppress'),
    subjectAccountId: accountId.nullable(),
    phone: phone.nullable(),
    channels: z.array(z.enum(SYNC_SUPPRESS_CHANNELS)).min(1),
  })
  .refine((p) => p.subjectAccountId !== null || p.phone !== null, {
    message: 'an account id or a phone number is required',
    path: ['subjectAccountId'],
  });
/** Export: central prepares the copy of the subject's data for an access request. */
export const exportActionPayload = z.strictObject({
  ...actionBase,
  action: z.literal('export'),
  subjectAccountId: accountId,
  language: z.enum(SYNC_LANGUAGES),
});

export const actionRequestedPayload = z.discriminatedUnion('action', [
  blockActionPayload,
  unblockActionPayload,
  eraseActionPayload,
  rectifyActionPayload,
  suppressActionPayload,
  exportActionPayload,
]);

/** A reply (or other outgoing letter) left the office. Not the addressee or the letter text. */
export const letterSentPayload = z.strictObject({
  outgoingNumber: registerNumber,
  sentOn: isoDate,
  method: z.enum(SYNC_CHANNELS),
  trackingNumber: trackingNumber.nullable(),
  /** The incoming number it answers, if any. */
  inReplyTo: registerNumber.nullable(),
  /** The desk's request record id it answers, if any. */
  requestId: z.string().min(1).max(64).nullable(),
  language: z.enum(SYNC_LANGUAGES),
});

/**
 * A personal-data security breach (Art. 25 p.2(8)), as a snapshot after each change. Codes and
 * dates only: what happened and the measures are free text and stay on the desk.
 */
export const breachPayload = z.strictObject({
  event: z.enum(SYNC_BREACH_EVENTS),
  detectedOn: isoDate,
  /** When the authorized body must have been notified (1 working day after detection). */
  dueOn: isoDate,
  status: z.enum(SYNC_BREACH_STATES),
  categories: z.array(z.enum(SYNC_BREACH_CATEGORIES)).min(1),
  subjectsApprox: z.int().min(0).nullable(),
  authorityNotifiedOn: isoDate.nullable(),
  subjectsNotice: z.enum(SYNC_BREACH_SUBJECT_NOTICE),
});

/**
 * A registered letter was corrected (its number never changes): what central was told before, as
 * it is now, and which of it changed. Sent only when one of these fields changed.
 */
export const letterCorrectedPayload = z.discriminatedUnion('register', [
  z.strictObject({
    register: z.literal('incoming'),
    incomingNumber: registerNumber,
    changed: z.array(z.enum(['received_on', 'channel'])).min(1),
    receivedOn: isoDate,
    channel: z.enum(SYNC_CHANNELS),
  }),
  z.strictObject({
    register: z.literal('outgoing'),
    outgoingNumber: registerNumber,
    changed: z.array(z.enum(['method', 'tracking_number', 'in_reply_to', 'language'])).min(1),
    method: z.enum(SYNC_CHANNELS),
    trackingNumber: trackingNumber.nullable(),
    inReplyTo: registerNumber.nullable(),
    language: z.enum(SYNC_LANGUAGES),
  }),
]);

export const SYNC_PAYLOAD_SCHEMAS = {
  'letter.registered': letterRegisteredPayload,
  'request.opened': requestOpenedPayload,
  'request.changed': requestChangedPayload,
  'request.decided': requestDecidedPayload,
  'request.closed': requestClosedPayload,
  'action.requested': actionRequestedPayload,
  'letter.sent': letterSentPayload,
  breach: breachPayload,
  'letter.corrected': letterCorrectedPayload,
} as const satisfies Record<SyncEventType, z.ZodType>;

/** The payload type of each event type: `SyncPayloadMap['action.requested']`. */
export type SyncPayloadMap = { [K in SyncEventType]: z.output<(typeof SYNC_PAYLOAD_SCHEMAS)[K]> };

/** What `tx.emit(...)` takes (structurally the outbox input). */
export interface SyncEventInput<T extends SyncEventType = SyncEventType> {
  eventType: T;
  recordType: (typeof SYNC_EVENT_RECORD_TYPES)[T];
  recordId: string;
  payload: SyncPayloadMap[T] & Record<string, unknown>;
}

/** A problem with a payload: where, and what kind; never the offending value (it may be personal data). */
export interface SyncPayloadIssue {
  path: string;
  code: string;
  message: string;
}

export type SyncPayloadCheck<T extends SyncEventType = SyncEventType> =
  { ok: true; value: SyncPayloadMap[T] } | { ok: false; issues: SyncPayloadIssue[] };

function issuesOf(error: z.ZodError): SyncPayloadIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(payload)',
    code: i.code,
    message: i.message,
  }));
}

export function checkSyncPayload<T extends SyncEventType>(type: T, payload: unknown): SyncPayloadCheck<T> {
  const r = (SYNC_PAYLOAD_SCHEMAS[type] as z.ZodType).safeParse(payload);
  return r.success
    ? { ok: true, value: r.data as SyncPayloadMap[T] }
    : { ok: false, issues: issuesOf(r.error) };
}

export class SyncPayloadError extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: SyncPayloadIssue[],
  ) {
    super(`invalid ${eventType} payload: ${issues.map((i) => `${i.path} (${i.code})`).join(', ')}`);
    this.name = 'SyncPayloadError';
  }
}

/**
 * Builds a validated outbox event; features call `tx.emit(syncEvent('request.opened', id, {...}))`.
 * Throws SyncPayloadError (the write rolls back) when the payload is not exactly what the contract lists.
 */
export function syncEvent<T extends SyncEventType>(
  eventType: T,
  recordId: string,
  payload: SyncPayloadMap[T],
): SyncEventInput<T> {
  if (!recordId)
    throw new SyncPayloadError(eventType, [
      { path: 'recordId', code: 'too_small', message: 'record id is required' },
    ]);
  const check = checkSyncPayload(eventType, payload);
  if (!check.ok) throw new SyncPayloadError(eventType, check.issues);
  return {
    eventType,
    recordType: SYNC_EVENT_RECORD_TYPES[eventType],
    recordId,
    payload: check.value as SyncPayloadMap[T] & Record<string, unknown>,
  };
}
