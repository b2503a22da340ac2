// Wire shapes of the sync protocol (docs/sync-protocol.md, docs/sync-openapi.yaml), shared by the
// desk's client and the reference central receiver. Pure: zod only.
import { z } from 'zod';
import { auditHead, type AuditHead } from './anchor';
import { SYNC_ACTIONS } from './payloads';

export const SYNC_DEFAULT_BATCH_SIZE = 100;
export const SYNC_MAX_BATCH_SIZE = 1000;
/** Clock skew above this is shown as a warning; the central's Date header is authoritative. */
export const SYNC_SKEW_WARNING_MS = 5 * 60 * 1000;

export const SYNC_PATHS = {
  health: '/v1/health',
  events: '/v1/events',
  results: '/v1/results',
  /** POST: anchor the audit chain head alone (a pass with no events); GET: the latest receipt. */
  anchors: '/v1/anchors',
} as const;

const uuidLike = z.string().min(8).max(64);
/** Reason codes are machine codes, never text that could carry personal data. */
export const reasonCode = z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/);

/** One event as sent. `eventId` is the idempotency key; it never changes across retries. */
export const wireEvent = z.strictObject({
  eventId: uuidLike,
  seq: z.number().int().positive(),
  type: z.string().min(1).max(64),
  recordType: z.string().min(1).max(32),
  recordId: z.string().min(1).max(64),
  /** When the desk committed the change (desk clock). */
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.record(z.string(), z.unknown()),
});
export type WireEvent = z.infer<typeof wireEvent>;

/** POST /v1/events body. Events are in ascending seq order, at most one per record. */
export const pushRequest = z.strictObject({
  deskId: uuidLike,
  events: z.array(z.unknown()).min(1).max(SYNC_MAX_BATCH_SIZE),
  /** The desk's audit chain head when the batch left: central anchors it and signs a receipt. */
  auditHead: auditHead.optional(),
});
export type PushRequest = { deskId: string; events: WireEvent[]; auditHead?: AuditHead };

export const EVENT_ANSWER_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;
export type EventAnswerStatus = (typeof EVENT_ANSWER_STATUSES)[number];

export const eventAnswer = z.object({
  eventId: z.string(),
  status: z.enum(EVENT_ANSWER_STATUSES),
  /** Only with `rejected`: a machine code (see the protocol document). */
  reason: reasonCode.optional(),
  /** Only with `rejected`: which fields failed, never their values. */
  detail: z.string().max(500).optional(),
});
export type EventAnswer = z.infer<typeof eventAnswer>;

/** 200 answer to POST /v1/events: one answer per event, in the order sent. */
export const pushResponse = z.object({
  results: z.array(eventAnswer),
  receivedAt: z.iso.datetime({ offset: true }),
  /** Central's signed receipt for the batch's auditHead (AnchorReceipt; checked by the desk, so a bad one never loses the answers). */
  anchor: z.unknown().optional(),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const RESULT_STATUSES = ['executed', 'failed', 'not_found'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** An action result reported by central, e.g. "erase executed at T". */
export const actionResult = z.object({
  /** Opaque, ascending; pass the last one seen as `after`. */
  cursor: z.string().min(1).max(32),
  resultId: z.string().min(1).max(64),
  eventId: z.string().min(1).max(64),
  recordType: z.string().min(1).max(32),
  recordId: z.string().min(1).max(64),
  actionId: z.string().min(1).max(64),
  action: z.enum(SYNC_ACTIONS),
  status: z.enum(RESULT_STATUSES),
  /** Central time. */
  executedAt: z.iso.datetime({ offset: true }),
  /** Operator's note (a code or short text); no personal data by contract. */
  note: z.string().max(500).nullable(),
});
export type ActionResult = z.infer<typeof actionResult>;

/** 200 answer to GET /v1/results?desk=…&after=…&limit=… */
export const resultsResponse = z.object({
  results: z.array(actionResult),
  /** The cursor to pass next time (unchanged when there was nothing new). */
  nextCursor: z.string().max(32),
});
export type ResultsResponse = z.infer<typeof resultsResponse>;

/** 200 answer to GET /v1/health?desk=… (authenticated, so the probe also checks the token). */
export const healthResponse = z.object({
  status: z.literal('ok'),
  serverTime: z.iso.datetime({ offset: true }),
  /**
   * Present when central anchors audit chain heads (signing key id): only then does the desk send
   * `auditHead` and call /v1/anchors, so a central built against v1 sees v1 traffic only.
   */
  anchoring: z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{16}$/) }).optional(),
});

/** 200 answer to POST and GET /v1/anchors. */
export const anchorResponse = z.object({ anchor: z.unknown() });

/** Body of every non-2xx answer. */
export const errorResponse = z.object({
  error: z.object({ code: reasonCode, message: z.string().max(500).optional() }),
});
