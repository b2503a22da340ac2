// The outgoing form's values: the contract's fields for a new entry with its status, defaults, and
// what is sent (fields of other sending methods cleared).
import { z } from 'zod';
import { outgoingFields, type OutgoingCreateInput } from '../../../../../common/contract/mailroom';
import { almatyDay } from '../../../format/dates';
import { clearUnusedChannelFields } from '../form-values';

/** The contract's fields for a new outgoing entry, with its status (draft or already sent). */
export const outgoingFormSchema = z.strictObject({
  ...outgoingFields,
  status: z.enum(['draft', 'sent']).optional(),
});
export type FormIn = z.input<typeof outgoingFormSchema>;
export type FormOut = z.output<typeof outgoingFormSchema>;

export function freshOutgoing(
  language: 'kk' | 'ru' | 'en',
  keep?: { method?: FormIn['method']; date?: string | undefined },
): FormIn {
  return {
    date: keep?.date ?? almatyDay(),
    addressee: { kind: null, name: '', address: '' },
    summary: '',
    signatory: '',
    inReplyTo: '',
    method: keep?.method ?? 'registered_mail',
    trackingNumber: '',
    courierCompany: '',
    waybill: '',
    sheets: null,
    language,
    notes: '',
    status: 'draft',
  };
}

export function toOutgoingInput(values: FormOut): OutgoingCreateInput {
  const input: OutgoingCreateInput = { ...values };
  clearUnusedChannelFields(input, values.method);
  return input;
}

/** API issue paths that are form fields. */
export const OUTGOING_FIELD_PATHS = ['date', 'summary', 'inReplyTo', 'addressee.name', 'sheets'] as const;
