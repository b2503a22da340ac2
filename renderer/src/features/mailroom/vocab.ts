// Translation keys for the mailroom's vocabularies. Written out literally (not built from parts)
// so that tests/unit/i18n.test.ts sees every key a component can ask for.
import type { TFunction } from 'i18next';
import type {
  Channel,
  IncomingStatus,
  Language,
  OutgoingStatus,
  PartyKind,
  ReplyLanguage,
  ScanRemoveReason,
} from '../../../../common/contract/mailroom';
import type { ScanKind } from '../../../../common/mailroom/scan-files';

export const CHANNEL_KEYS: Record<Channel, string> = {
  registered_mail: 'mailroom.channel.registered_mail',
  courier: 'mailroom.channel.courier',
  by_hand: 'mailroom.channel.by_hand',
  electronic: 'mailroom.channel.electronic',
};

/** A vocabulary as a select's choices, in words. */
export function choices<V extends string>(t: TFunction, values: readonly V[], keys: Record<V, string>) {
  return values.map((v) => ({ value: v, label: t(keys[v]) }));
}

export const INCOMING_STATUS_KEYS: Record<IncomingStatus, string> = {
  registered: 'mailroom.incomingStatus.registered',
  answered: 'mailroom.incomingStatus.answered',
  cancelled: 'mailroom.incomingStatus.cancelled',
};

/**
 * The incoming letter's status as the office says it: a registered letter whose reply is still a
 * draft is «Готовится ответ» (it becomes «Дан ответ» when the reply is sent).
 */
export function incomingStatusKey(e: { status: IncomingStatus; replyOutgoingNo: string | null }): string {
  return e.status === 'registered' && e.replyOutgoingNo
    ? 'mailroom.incomingStatus.replying'
    : INCOMING_STATUS_KEYS[e.status];
}

export const OUTGOING_STATUS_KEYS: Record<OutgoingStatus, string> = {
  draft: 'mailroom.outgoingStatus.draft',
  sent: 'mailroom.outgoingStatus.sent',
  returned: 'mailroom.outgoingStatus.returned',
  cancelled: 'mailroom.outgoingStatus.cancelled',
};

/** Each register's status words, by register. */
export const STATUS_KEYS = { incoming: INCOMING_STATUS_KEYS, outgoing: OUTGOING_STATUS_KEYS } as const;

export const LETTER_LANGUAGE_KEYS: Record<Language, string> = {
  kk: 'mailroom.language.kk',
  ru: 'mailroom.language.ru',
  en: 'mailroom.language.en',
  other: 'mailroom.language.other',
};

export const REPLY_LANGUAGE_KEYS: Record<ReplyLanguage, string> = {
  kk: 'mailroom.language.kk',
  ru: 'mailroom.language.ru',
  en: 'mailroom.language.en',
};

export const PARTY_KIND_KEYS: Record<PartyKind, string> = {
  person: 'mailroom.partyKind.person',
  organization: 'mailroom.partyKind.organization',
};

export const SCAN_KIND_KEYS: Record<ScanKind, string> = {
  envelope: 'mailroom.scanKind.envelope',
  letter: 'mailroom.scanKind.letter',
  enclosure: 'mailroom.scanKind.enclosure',
  other: 'mailroom.scanKind.other',
};

export const SCAN_REMOVE_REASON_KEYS: Record<ScanRemoveReason, string> = {
  wrong_file: 'mailroom.scanRemoveReason.wrong_file',
  duplicate: 'mailroom.scanRemoveReason.duplicate',
  unreadable: 'mailroom.scanRemoveReason.unreadable',
  other: 'mailroom.scanRemoveReason.other',
};

/** Validation issue codes (the core's own, and the zod ones a form can meet) → message keys. */
export const ISSUE_KEYS: Record<string, string> = {
  tracking_check_digit: 'mailroom.issues.tracking_check_digit',
  tracking_format: 'mailroom.issues.tracking_format',
  duplicate: 'mailroom.issues.duplicate',
  iin_invalid: 'mailroom.issues.iin_invalid',
  received_at_invalid: 'mailroom.issues.received_at_invalid',
  received_in_future: 'mailroom.issues.received_in_future',
  year_change: 'mailroom.issues.year_change',
  date_invalid: 'mailroom.issues.date_invalid',
  date_in_future: 'mailroom.issues.date_in_future',
  base64: 'mailroom.issues.base64',
  number_format: 'mailroom.issues.number_format',
  reply_not_found: 'mailroom.issues.reply_not_found',
  status_transition: 'mailroom.issues.status_transition',
  already_cancelled: 'mailroom.issues.already_cancelled',
  nothing_to_change: 'mailroom.issues.nothing_to_change',
  not_incoming: 'mailroom.issues.not_incoming',
  range_order: 'mailroom.issues.range_order',
  out_of_range: 'mailroom.issues.out_of_range',
  cursor_invalid: 'mailroom.issues.cursor_invalid',
  required: 'mailroom.issues.required',
  too_long: 'mailroom.issues.too_long',
  too_short: 'mailroom.issues.too_short',
  not_number: 'mailroom.issues.not_number',
  number_range: 'mailroom.issues.number_range',
  invalid: 'mailroom.issues.invalid',
};

/** Why an IIN/BIN does not check out (common/identifiers reasons). */
export const IIN_REASON_KEYS: Record<string, string> = {
  empty: 'mailroom.iin.reason.empty',
  length: 'mailroom.iin.reason.length',
  not_digits: 'mailroom.iin.reason.not_digits',
  check_digit: 'mailroom.iin.reason.check_digit',
  checksum_unresolvable: 'mailroom.iin.reason.checksum_unresolvable',
  birth_date: 'mailroom.iin.reason.birth_date',
  century: 'mailroom.iin.reason.century',
  bin_month: 'mailroom.iin.reason.bin_month',
  bin_type: 'mailroom.iin.reason.bin_type',
  bin_unit: 'mailroom.iin.reason.bin_unit',
};

export const BIN_ENTITY_KEYS: Record<string, string> = {
  resident: 'mailroom.iin.entity.resident',
  non_resident: 'mailroom.iin.entity.non_resident',
  joint_entrepreneur: 'mailroom.iin.entity.joint_entrepreneur',
};

export const BIN_UNIT_KEYS: Record<string, string> = {
  head_office: 'mailroom.iin.unit.head_office',
  branch: 'mailroom.iin.unit.branch',
  representative_office: 'mailroom.iin.unit.representative_office',
  farm: 'mailroom.iin.unit.farm',
};

/** Duplicate match reasons. */
export const DUPLICATE_REASON_KEYS: Record<string, string> = {
  tracking: 'mailroom.duplicates.reason.tracking',
  sender_date_summary: 'mailroom.duplicates.reason.sender_date_summary',
};

/** CONFLICT details.reason values the mailroom gives (common/mailroom/errors.ts). */
export const CONFLICT_KEYS: Record<string, string> = {
  cancelled: 'mailroom.conflict.cancelled',
  already_cancelled: 'mailroom.conflict.already_cancelled',
  status_transition: 'mailroom.conflict.status_transition',
};
