// Vocabulary of subject requests (issue 5): types, states, roles, reasons and the codes that
// travel to the central system. Pure data: runs in the main process and in the renderer.
import {
  SYNC_BLOCK_REASONS,
  SYNC_DECISIONS,
  SYNC_PAUSE_REASONS,
  SYNC_RECTIFY_FIELDS,
  SYNC_REFUSAL_GROUNDS,
  SYNC_SUPPRESS_CHANNELS,
  type SyncAction,
} from '../sync/payloads';
import { REQUEST_TYPES, type RequestType } from '../deadlines/request-types';

export { REQUEST_TYPES, type RequestType };

/**
 * new → verifying → in_progress → decided → answered → closed; paused (from any open state,
 * resuming returns to the state it left) and cancelled (from any state before closed).
 */
export const REQUEST_STATES = [
  'new',
  'verifying',
  'in_progress',
  'decided',
  'answered',
  'closed',
  'paused',
  'cancelled',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States whose deadline is still running (no answer sent yet). */
export const RUNNING_STATES = [
  'new',
  'verifying',
  'in_progress',
  'decided',
  'paused',
] as const satisfies readonly RequestState[];
/** States after which nothing changes any more. */
export const TERMINAL_STATES = ['closed', 'cancelled'] as const satisfies readonly RequestState[];

export function isRunningState(s: RequestState): boolean {
  return (RUNNING_STATES as readonly string[]).includes(s);
}
export function isTerminalState(s: RequestState): boolean {
  return (TERMINAL_STATES as readonly string[]).includes(s);
}

/** Who wrote: the person themselves, their legal representative, or the authorized body / akimat. */
export const REQUESTER_ROLES = ['subject', 'legal_representative', 'authorized_body'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

export const REPRESENTATIVE_RELATIONS = ['parent', 'guardian', 'trustee', 'attorney', 'other'] as const;
export const AUTHORIZED_BODY_KINDS = ['ministry', 'akimat', 'other'] as const;

/** Documents seen for identity verification (never copied: Art. 7 p.10). */
export const IDENTITY_DOCUMENT_TYPES = [
  'id_card',
  'passport',
  'residence_permit',
  'driving_licence',
  'power_of_attorney',
  'other',
] as const;
/** Why no identity document was needed. */
export const NO_VERIFICATION_REASONS = [
  'signed_letter_matches_records',
  'authorized_body',
  'notarized_letter',
  'no_personal_data_disclosed',
  'other',
] as const;

/** Why a request is paused (the sync contract's codes); a note can say more. */
export const PAUSE_REASONS = SYNC_PAUSE_REASONS;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** How a cancelled request ends (the sync contract's close outcomes other than answered). */
export const CANCEL_OUTCOMES = ['cancelled', 'withdrawn', 'duplicate'] as const;
export type CancelOutcome = (typeof CANCEL_OUTCOMES)[number];

/** Why a request was opened without a registered letter. */
export const DIRECT_OPEN_REASONS = [
  'authority_inquiry',
  'e_mail',
  'in_person',
  'phone_then_letter',
  'proactive',
  'other',
] as const;

export const DECISION_OUTCOMES = SYNC_DECISIONS;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const REFUSAL_GROUNDS = SYNC_REFUSAL_GROUNDS;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export type ActionKind = SyncAction;
export const BLOCK_REASONS = SYNC_BLOCK_REASONS;
export const RECTIFY_FIELDS = SYNC_RECTIFY_FIELDS;
export const SUPPRESS_CHANNELS = SYNC_SUPPRESS_CHANNELS;

/**
 * An action's visible status: queued in the outbox → sent (central accepted the event) →
 * confirmed (central reported it executed) / failed (central rejected the event, or reported
 * the action failed or the subject not found).
 */
export const ACTION_STATUSES = ['queued', 'sent', 'confirmed', 'failed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How the answer to an access request is delivered. */
export const ACCESS_DELIVERY_METHODS = [
  'registered_mail',
  'courier',
  'by_hand',
  'electronic',
  'email',
] as const;

export const REQUEST_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

/** Where a deadline stands on a given day. */
export const DEADLINE_STATUSES = ['overdue', 'due_today', 'due_tomorrow', 'running', 'done'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Warnings carried on a request or returned by a call (codes; the UI translates them). */
export const REQUEST_WARNINGS = [
  /** `calendar_missing:<year>`: a year without calendar data was used (weekends only). */
  'calendar_missing',
  /** `calendar_provisional:<year>`: the year's movable holiday (Kurban Ait) is not entered yet. */
  'calendar_provisional',
  /** `calendar_provisional:<year>`: the year's movable holiday (Kurban Ait) is not entered yet. */
  'calendar_provisional',
  /** The IIN shows a person under 18: minor_deletion is proposed. */
  'subject_minor',
  /** A fee was entered on an access decision: the law requires access free of charge (Art. 25 p.2(9)). */
  'access_fee_not_allowed',
  /** An access decision stored before fees were refused records a fee (shown on the request). */
  'access_fee_recorded',
  /** The request was opened although possible duplicates exist (confirmed by the officer). */
  'duplicate_confirmed',
  /** A linked letter was registered with a different document type than the request's type. */
  'letter_type_differs',
  /** The subject has no account id in the central system yet: actions cannot be queued. */
  'account_missing',
] as const;
