// To whom the letter goes: name, kind of party, the Вх. № it answers (looked up as typed) and the
// address.
import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../format/dates';
import { fieldErrorText } from '../field-error';
import { field as specField, FieldGroup, partyKindSpec, SpecFields } from '../form/FieldGroup';
import { useLookup } from '../form/useLookup';
import { CodeField } from '../form/CodeField';
import type { FormIn, FormOut } from './values';

export function AddresseeFields({ form }: { form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t, i18n } = useTranslation();
  const { register, formState } = form;
  const inReplyTo = useWatch({ control: form.control, name: 'inReplyTo' })?.trim();
  // The incoming letter the Вх. № names; 'missing' when there is none.
  const answered = useLookup(
    inReplyTo || null,
    null,
    (no) => api.call('intake.get', { incomingNo: no }),
    'missing',
  );
  const ids = { reply: useId(), replyHint: useId() };
  const replyError = fieldErrorText(t, formState.errors.inReplyTo);
  const field = specField<FormIn>;
  return (
    <FieldGroup legend="mailroom.outgoing.addressee" area="mr-area-addressee">
      <SpecFields
        form={form}
        fields={[
          field('addressee.name', 'mailroom.fields.addresseeName', 12, { control: 'free', required: true }),
          partyKindSpec<FormIn>('addressee.kind', 'mailroom.fields.kindUnknown', t),
        ]}
      />
      {/* Hand-written: the letter found (or not) is the field's live description. */}
      <CodeField
        id={ids.reply}
        label={t('mailroom.fields.inReplyTo')}
        aria-invalid={Boolean(replyError) || answered === 'missing'}
        aria-describedby={ids.replyHint}
        {...register('inReplyTo')}
        after={
          <>
            <p
              className={`field-hint mr-status ${answered === 'missing' ? 'mr-status-warn' : 'mr-status-muted'}`}
              id={ids.replyHint}
            >
              {answered === 'missing'
                ? t('mailroom.outgoing.replyMissing')
                : answered
                  ? t('mailroom.outgoing.replyFound', {
                      name: answered.sender.name,
                      at: formatDateTime(answered.receivedAt, i18n.language),
                    })
                  : t('mailroom.outgoing.replyHint')}
            </p>
            {replyError && (
              <p className="field-error" role="alert">
                {replyError}
              </p>
            )}
          </>
        }
      />
      <SpecFields
        form={form}
        fields={[field('addressee.address', 'mailroom.fields.addresseeAddress', 12, { control: 'free' })]}
      />
    </FieldGroup>
  );
}
