// Translation keys for the request screen's vocabularies (common/requests/vocab and the sync
// contract's codes). Written out literally, not built from parts, so tests/unit/i18n.test.ts sees
// every key a component can ask for.
import type { TFunction } from 'i18next';
import type { BLOCKING_OPERATIONS } from '../../../../common/requests/decisions';
import type { TransitionKind } from '../../../../common/requests/lifecycle';
import type {
  ACCESS_DELIVERY_METHODS,
  AUTHORIZED_BODY_KINDS,
  ActionKind,
  ActionStatus,
  CancelOutcome,
  DIRECT_OPEN_REASONS,
  DeadlineStatus,
  DecisionOutcome,
  IDENTITY_DOCUMENT_TYPES,
  NO_VERIFICATION_REASONS,
  PauseReason,
  REPRESENTATIVE_RELATIONS,
  RECTIFY_FIELDS,
  BLOCK_REASONS,
  SUPPRESS_CHANNELS,
  RefusalGround,
  RequestState,
  RequestType,
  RequesterRole,
} from '../../../../common/requests/vocab';

type Keys<T extends string> = Record<T, string>;

export const TYPE_KEYS: Keys<RequestType> = {
  withdrawal: 'request.type.withdrawal',
  access: 'request.type.access',
  rectification: 'request.type.rectification',
  stop_messages: 'request.type.stop_messages',
  complaint: 'request.type.complaint',
  blocking: 'request.type.blocking',
  objection: 'request.type.objection',
  minor_deletion: 'request.type.minor_deletion',
};

export const STATE_KEYS: Keys<RequestState> = {
  new: 'request.state.new',
  verifying: 'request.state.verifying',
  in_progress: 'request.state.in_progress',
  decided: 'request.state.decided',
  answered: 'request.state.answered',
  closed: 'request.state.closed',
  paused: 'request.state.paused',
  cancelled: 'request.state.cancelled',
};

export const ROLE_KEYS: Keys<RequesterRole> = {
  subject: 'request.requester.subject',
  legal_representative: 'request.requester.legal_representative',
  authorized_body: 'request.requester.authorized_body',
};

export const RELATION_KEYS: Keys<(typeof REPRESENTATIVE_RELATIONS)[number]> = {
  parent: 'request.relation.parent',
  guardian: 'request.relation.guardian',
  trustee: 'request.relation.trustee',
  attorney: 'request.relation.attorney',
  other: 'request.relation.other',
};

export const BODY_KIND_KEYS: Keys<(typeof AUTHORIZED_BODY_KINDS)[number]> = {
  ministry: 'request.bodyKind.ministry',
  akimat: 'request.bodyKind.akimat',
  other: 'request.bodyKind.other',
};

export const ID_DOCUMENT_KEYS: Keys<(typeof IDENTITY_DOCUMENT_TYPES)[number]> = {
  id_card: 'request.idDocument.id_card',
  passport: 'request.idDocument.passport',
  residence_permit: 'request.idDocument.residence_permit',
  driving_licence: 'request.idDocument.driving_licence',
  power_of_attorney: 'request.idDocument.power_of_attorney',
  other: 'request.idDocument.other',
};

export const NO_VERIFICATION_KEYS: Keys<(typeof NO_VERIFICATION_REASONS)[number]> = {
  signed_letter_matches_records: 'request.noVerification.signed_letter_matches_records',
  authorized_body: 'request.noVerification.authorized_body',
  notarized_letter: 'request.noVerification.notarized_letter',
  no_personal_data_disclosed: 'request.noVerification.no_personal_data_disclosed',
  other: 'request.noVerification.other',
};

export const PAUSE_REASON_KEYS: Keys<PauseReason> = {
  identity_verification: 'request.pauseReason.identity_verification',
  awaiting_documents: 'request.pauseReason.awaiting_documents',
  authority_inquiry: 'request.pauseReason.authority_inquiry',
  other: 'request.pauseReason.other',
};

export const CANCEL_OUTCOME_KEYS: Keys<CancelOutcome> = {
  cancelled: 'request.cancelOutcome.cancelled',
  withdrawn: 'request.cancelOutcome.withdrawn',
  duplicate: 'request.cancelOutcome.duplicate',
};

export const DIRECT_REASON_KEYS: Keys<(typeof DIRECT_OPEN_REASONS)[number]> = {
  authority_inquiry: 'request.directReason.authority_inquiry',
  e_mail: 'request.directReason.e_mail',
  in_person: 'request.directReason.in_person',
  phone_then_letter: 'request.directReason.phone_then_letter',
  proactive: 'request.directReason.proactive',
  other: 'request.directReason.other',
};

export const OUTCOME_KEYS: Keys<DecisionOutcome> = {
  granted: 'request.outcome.granted',
  partially_granted: 'request.outcome.partially_granted',
  refused: 'request.outcome.refused',
};

export const REFUSAL_GROUND_KEYS: Keys<RefusalGround> = {
  contract_obligation_unfulfilled: 'request.refusalGround.contract_obligation_unfulfilled',
  contrary_to_law: 'request.refusalGround.contrary_to_law',
  identity_not_verified: 'request.refusalGround.identity_not_verified',
  no_data_held: 'request.refusalGround.no_data_held',
  not_personal_data: 'request.refusalGround.not_personal_data',
  other: 'request.refusalGround.other',
};

export const ACTION_KEYS: Keys<ActionKind> = {
  block: 'request.action.block',
  unblock: 'request.action.unblock',
  erase: 'request.action.erase',
  rectify: 'request.action.rectify',
  suppress: 'request.action.suppress',
  export: 'request.action.export',
};

export const ACTION_STATUS_KEYS: Keys<ActionStatus> = {
  queued: 'request.actionStatus.queued',
  sent: 'request.actionStatus.sent',
  confirmed: 'request.actionStatus.confirmed',
  failed: 'request.actionStatus.failed',
};

export const FAILURE_SOURCE_KEYS: Keys<'central_rejected' | 'central_failed' | 'central_not_found'> = {
  central_rejected: 'request.failure.central_rejected',
  central_failed: 'request.failure.central_failed',
  central_not_found: 'request.failure.central_not_found',
};

export const BLOCK_REASON_KEYS: Keys<(typeof BLOCK_REASONS)[number]> = {
  inaccurate_data: 'request.blockReason.inaccurate_data',
  unlawful_processing: 'request.blockReason.unlawful_processing',
};

export const BLOCKING_OPERATION_KEYS: Keys<(typeof BLOCKING_OPERATIONS)[number]> = {
  block: 'request.blockingOperation.block',
  unblock: 'request.blockingOperation.unblock',
  erase: 'request.blockingOperation.erase',
  none: 'request.blockingOperation.none',
};

export const RECTIFY_FIELD_KEYS: Keys<(typeof RECTIFY_FIELDS)[number]> = {
  last_name: 'request.rectifyField.last_name',
  first_name: 'request.rectifyField.first_name',
  middle_name: 'request.rectifyField.middle_name',
  birth_date: 'request.rectifyField.birth_date',
  phone: 'request.rectifyField.phone',
  email: 'request.rectifyField.email',
  address: 'request.rectifyField.address',
};

export const CHANNEL_KEYS: Keys<(typeof SUPPRESS_CHANNELS)[number]> = {
  sms: 'request.messageChannel.sms',
  whatsapp: 'request.messageChannel.whatsapp',
  telegram: 'request.messageChannel.telegram',
  advertising: 'request.messageChannel.advertising',
  push: 'request.messageChannel.push',
  email: 'request.messageChannel.email',
};

export const DELIVERY_KEYS: Keys<(typeof ACCESS_DELIVERY_METHODS)[number]> = {
  registered_mail: 'request.delivery.registered_mail',
  courier: 'request.delivery.courier',
  by_hand: 'request.delivery.by_hand',
  electronic: 'request.delivery.electronic',
  email: 'request.delivery.email',
};

export const FINDING_KEYS: Keys<'confirmed' | 'partially_confirmed' | 'not_confirmed'> = {
  confirmed: 'request.finding.confirmed',
  partially_confirmed: 'request.finding.partially_confirmed',
  not_confirmed: 'request.finding.not_confirmed',
};

export const STEP_KEYS: Keys<TransitionKind> = {
  start_verification: 'request.step.start_verification',
  start_work: 'request.step.start_work',
  decide: 'request.step.decide',
  answer: 'request.step.answer',
  close: 'request.step.close',
  pause: 'request.step.pause',
  resume: 'request.step.resume',
  cancel: 'request.step.cancel',
};

export const DEADLINE_STATUS_KEYS: Keys<DeadlineStatus> = {
  overdue: 'request.deadlineStatus.overdue',
  due_today: 'request.deadlineStatus.due_today',
  due_tomorrow: 'request.deadlineStatus.due_tomorrow',
  running: 'request.deadlineStatus.running',
  done: 'request.deadlineStatus.done',
};

const HISTORY_EVENT_KEYS: Record<string, string> = {
  opened: 'request.event.opened',
  verified: 'request.event.verified',
  transition: 'request.event.transition',
  paused: 'request.event.paused',
  resumed: 'request.event.resumed',
  cancelled: 'request.event.cancelled',
  decided: 'request.event.decided',
  answered: 'request.event.answered',
  closed: 'request.event.closed',
  updated: 'request.event.updated',
  letters_linked: 'request.event.letters_linked',
  due_changed: 'request.event.due_changed',
  purged: 'request.event.purged',
};

export function historyEventText(t: TFunction, event: string): string {
  const key = HISTORY_EVENT_KEYS[event];
  return key ? t(key) : event;
}

const WARNING_KEYS: Record<string, string> = {
  subject_minor: 'request.warning.subject_minor',
  access_fee_not_allowed: 'request.warning.access_fee_not_allowed',
  access_fee_recorded: 'request.warning.access_fee_recorded',
  duplicate_confirmed: 'request.warning.duplicate_confirmed',
  letter_type_differs: 'request.warning.letter_type_differs',
  account_missing: 'request.warning.account_missing',
};

/** A calendar data warning (calendar_missing:<year>, calendar_provisional:<year>): shown by the due date. */
export function isCalendarWarning(code: string): boolean {
  return code.startsWith('calendar_missing:') || code.startsWith('calendar_provisional:');
}

/** A warning code in words; calendar_missing:<year> and calendar_provisional:<year> name the year. */
export function warningText(t: TFunction, code: string): string {
  const [head, arg] = code.split(':');
  if (head === 'calendar_missing') return t('request.warning.calendar_missing', { year: arg ?? '' });
  if (head === 'calendar_provisional') return t('request.warning.calendar_provisional', { year: arg ?? '' });
  const key = WARNING_KEYS[code];
  return key ? t(key) : code;
}

/**
 * A history entry's reason code in words, where it is one of ours: a pause reason, a cancel
 * outcome, "document:id_card" from a verification. Other codes (changed fields) stay as they are.
 */
export function reasonCodeText(t: TFunction, code: string): string {
  if (code in PAUSE_REASON_KEYS) return t(PAUSE_REASON_KEYS[code as PauseReason]);
  if (code in CANCEL_OUTCOME_KEYS) return t(CANCEL_OUTCOME_KEYS[code as CancelOutcome]);
  const [method, what] = code.split(':');
  if (method === 'document' && what && what in ID_DOCUMENT_KEYS)
    return t(ID_DOCUMENT_KEYS[what as keyof typeof ID_DOCUMENT_KEYS]);
  if (method === 'not_required' && what && what in NO_VERIFICATION_KEYS)
    return t(NO_VERIFICATION_KEYS[what as keyof typeof NO_VERIFICATION_KEYS]);
  if (code === 'verified') return t('request.event.verified');
  return code;
}
