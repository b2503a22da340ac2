// The intake form's values: defaults, the resolver (the contract's schema plus the IIN check the
// core runs) and the small conversions its fields need. No React here.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  incomingInputSchema,
  type Channel,
  type ConfirmableWarning,
  type DuplicateMatch,
  type IncomingInput,
  type IntakeCreateInput,
  type Language,
} from '../../../../../common/contract/mailroom';
import { validateIinBin } from '../../../../../common/identifiers/iin';
import { almatyParts } from '../../../../../common/time/almaty';
import { clearUnusedChannelFields } from '../form-values';

export type FormIn = IncomingInput;
export type FormOut = z.output<typeof incomingInputSchema>;

export const INTAKE_DRAFT_SLOT = 'intake';
/** Scans up to this total go with the save itself (one transaction); larger sets follow one by one. */
export const INLINE_SCAN_BYTES = 24 * 1024 * 1024;

const baseResolver = zodResolver(incomingInputSchema);

/** The contract's own schema, plus the IIN/BIN check the core runs (so the form refuses what the core would). */
export const intakeResolver: Resolver<FormIn, unknown, FormOut> = async (values, ctx, options) => {
  const result = await baseResolver(values, ctx, options);
  const iin = values.sender?.iin?.trim();
  if (iin && !validateIinBin(iin).valid) {
    const errors = result.errors as FieldErrors<FormIn>;
    const sender = { ...(errors.sender ?? {}), iin: { type: 'custom', message: 'iin_invalid' } };
    return { values: {}, errors: { ...errors, sender } as FieldErrors<FormIn> };
  }
  return result;
};

/** Now, as Almaty wall-clock time for an <input type="datetime-local"> (the core reads it as Almaty). */
export function almatyNowLocal(): string {
  const p = almatyParts(new Date());
  return `${p.date}T${p.time}`;
}

export function uiLetterLanguage(ui: string): Language {
  return ui === 'kk' || ui === 'en' ? ui : 'ru';
}

/** The language a text is written in, from its letters (Kazakh letters → kk, Cyrillic → ru, Latin → en). */
export function guessLanguage(text: string): Language | null {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) return 'kk';
  if (/[а-яё]/i.test(text)) return 'ru';
  if (/[a-z]{3}/i.test(text)) return 'en';
  return null;
}

export function freshIntake(keep: { channel?: Channel; language: Language }): FormIn {
  return {
    receivedAt: almatyNowLocal(),
    channel: keep.channel ?? 'registered_mail',
    trackingNumber: '',
    courierCompany: '',
    waybill: '',
    sender: { kind: null, name: '', iin: '', address: '' },
    senderRef: { number: '', date: null },
    documentType: '',
    requestKind: null,
    language: keep.language,
    summary: '',
    sheets: null,
    enclosures: '',
    notes: '',
    assignedTo: '',
  };
}

/** Whether a draft holds anything typed (beyond the defaults). */
export function draftHasContent(v: FormIn): boolean {
  const texts = [
    v.trackingNumber,
    v.courierCompany,
    v.waybill,
    v.sender?.name,
    v.sender?.iin,
    v.sender?.address,
    v.senderRef?.number,
    v.documentType,
    v.summary,
    v.enclosures,
    v.notes,
    v.assignedTo,
  ];
  return texts.some((s) => typeof s === 'string' && s.trim() !== '') || (v.sheets ?? null) !== null;
}

/**
 * What the form sends: fields of channels the letter did not come by are cleared, and the receipt
 * time only when the clerk typed it (otherwise the core records the moment of saving).
 */
export function toCreateInput(values: FormOut, receivedTyped: boolean): IntakeCreateInput {
  const input: IntakeCreateInput = { ...values };
  if (!receivedTyped) delete input.receivedAt;
  clearUnusedChannelFields(input, values.channel);
  if (!input.senderRef?.number && !input.senderRef?.date) input.senderRef = null;
  return input;
}

/** A save waiting for the clerk to confirm possible duplicates. */
export interface PendingSave {
  input: IntakeCreateInput;
  confirm: ConfirmableWarning[];
  mode: 'view' | 'next';
  matches: DuplicateMatch[];
}

/** API issue paths that are form fields (the rest are shown above the buttons). */
export const API_FIELD_PATHS = [
  'receivedAt',
  'trackingNumber',
  'sender.name',
  'sender.iin',
  'sender.address',
  'senderRef.date',
  'senderRef.number',
  'summary',
  'sheets',
] as const;
