// The outgoing letter: its date, language, signatory, status, summary, sheets and notes.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPLY_LANGUAGES } from '../../../../../common/contract/mailroom';
import { DATE, field as specField, FieldGroup, sheetsSpec, SpecFields } from '../form/FieldGroup';
import { choices, OUTGOING_STATUS_KEYS, REPLY_LANGUAGE_KEYS } from '../vocab';
import type { FormIn, FormOut } from './values';

/** A new entry is a draft or already sent; «returned» and «cancelled» come later. */
const NEW_STATUSES = ['draft', 'sent'] as const;

export function OutgoingLetterFields({ form }: { form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t } = useTranslation();
  const field = specField<FormIn>;
  const fields = [
    field('date', 'mailroom.fields.outgoingDate', 6, {
      attrs: DATE,
      rules: { setValueAs: (v: string) => (v === '' ? undefined : v) },
    }),
    field('language', 'mailroom.fields.replyLanguage', 6, {
      control: 'select',
      options: choices(t, REPLY_LANGUAGES, REPLY_LANGUAGE_KEYS),
    }),
    field('signatory', 'mailroom.fields.signatory', 6, { control: 'free' }),
    field('status', 'mailroom.fields.status', 6, {
      control: 'select',
      options: choices(t, NEW_STATUSES, OUTGOING_STATUS_KEYS),
    }),
    field('summary', 'mailroom.fields.summary', 12, { control: 'area', required: true, rows: 2 }),
    sheetsSpec<FormIn>(),
    field('notes', 'mailroom.fields.notes', 9, { control: 'free' }),
  ];
  return (
    <FieldGroup legend="mailroom.intake.letter" area="mr-area-letter">
      <SpecFields form={form} fields={fields} />
    </FieldGroup>
  );
}
