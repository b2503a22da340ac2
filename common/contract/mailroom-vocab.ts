// The mailroom's vocabularies and the checks of its plain fields, apart from the calls so the
// register descriptors (common/mailroom/registers.ts) can use them and the calls can use the
// descriptors. Re-exported by ./mailroom, which importers keep using.
import { z } from 'zod';
import { isCalendarDate, parseDateTime } from '../time/almaty';

// ---------------------------------------------------------------------------------------------
// Vocabularies.

export const CHANNELS = ['registered_mail', 'courier', 'by_hand', 'electronic'] as const;
export type Channel = (typeof CHANNELS)[number];
export const LANGUAGES = ['kk', 'ru', 'en', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];
export const REPLY_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];
export const PARTY_KINDS = ['person', 'organization'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
/** registered → answered once an outgoing letter answers it; cancelled keeps its number. */
export const INCOMING_STATUSES = ['registered', 'answered', 'cancelled'] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];
export const OUTGOING_STATUSES = ['draft', 'sent', 'returned', 'cancelled'] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];
/** Warnings a save refuses until the caller lists them in confirmWarnings. */
export const CONFIRMABLE_WARNINGS = ['tracking_check_digit', 'tracking_format', 'duplicate'] as const;
export type ConfirmableWarning = (typeof CONFIRMABLE_WARNINGS)[number];
export const REGISTERS = ['incoming', 'outgoing'] as const;
export const SCAN_REMOVE_REASONS = ['wrong_file', 'duplicate', 'unreadable', 'other'] as const;
export type ScanRemoveReason = (typeof SCAN_REMOVE_REASONS)[number];
export type Register = (typeof REGISTERS)[number];
export const INCOMING_SORT_KEYS = ['date', 'number', 'sender'] as const;
export const OUTGOING_SORT_KEYS = ['date', 'number', 'addressee'] as const;
export type IncomingSortKey = (typeof INCOMING_SORT_KEYS)[number];
export type OutgoingSortKey = (typeof OUTGOING_SORT_KEYS)[number];
/** Each register's statuses and sort keys, by register. */
export const REGISTER_STATUSES = { incoming: INCOMING_STATUSES, outgoing: OUTGOING_STATUSES } as const;
export const REGISTER_SORT_KEYS = { incoming: INCOMING_SORT_KEYS, outgoing: OUTGOING_SORT_KEYS } as const;

// ---------------------------------------------------------------------------------------------
// Field schemas.

/** Optional free text: '' and null mean "not given"; stored trimmed. */
export const optText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => {
      const t = v?.trim();
      return t ? t : null;
    });
export const reqText = (max: number) => z.string().trim().min(1).max(max);
export const isoDateSchema = z.string().refine(isCalendarDate, { message: 'date_invalid' });
/** ISO 8601 with an offset, or Almaty wall-clock time without one ("2026-11-23T10:05"). */
export const dateTimeSchema = z
  .string()
  .max(40)
  .refine((s) => parseDateTime(s) !== null, { message: 'received_at_invalid' });
