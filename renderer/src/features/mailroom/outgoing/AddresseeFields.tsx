// To whom the letter goes: name, kind of party, the Вх. № it answers (looked up as typed) and the
// address.
import { useEffect, useId, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS, type IncomingEntry } from '../../../../../common/contract/mailroom';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../format/dates';
import { FreeTextInput, SelectInput } from '../../../ui/fields';
import { fieldErrorText } from '../field-error';
import { emptyToNull } from '../form-values';
import { PARTY_KIND_KEYS } from '../vocab';
import type { FormIn, FormOut } from './values';

/** The incoming letter a Вх. № names, asked 250 ms after the last key; 'missing' when there is none. */
function useAnswered(inReplyTo: string | null | undefined): IncomingEntry | null | 'missing' {
  const [answered, setAnswered] = useState<IncomingEntry | null | 'missing'>(null);
  useEffect(() => {
    const no = (inReplyTo ?? '').trim();
    if (!no) {
      setAnswered(null);
      return;
    }
    let alive = true;
    const timer = setTimeout(() => {
      api
        .call('intake.get', { incomingNo: no })
        .then((e) => alive && setAnswered(e))
        .catch(() => alive && setAnswered('missing'));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [inReplyTo]);
  return answered;
}

export function AddresseeFields({ form }: { form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t, i18n } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  const answered = useAnswered(useWatch({ control: form.control, name: 'inReplyTo' }));
  const ids = { reply: useId(), replyHint: useId() };
  const replyError = fieldErrorText(t, errors.inReplyTo);
  return (
    <fieldset className="mr-fieldset mr-area-addressee">
      <legend>{t('mailroom.outgoing.addressee')}</legend>
      <div className="mr-grid">
        <FreeTextInput
          className="mr-span-12"
          label={t('mailroom.fields.addresseeName')}
          required
          error={fieldErrorText(t, errors.addressee?.name)}
          registration={register('addressee.name')}
        />
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.senderKind')}
          placeholder={t('mailroom.fields.kindUnknown')}
          options={PARTY_KINDS.map((k) => ({ value: k, label: t(PARTY_KIND_KEYS[k]) }))}
          registration={register('addressee.kind', { setValueAs: emptyToNull })}
        />
        {/* Hand-written: the letter found (or not) is the field's live description. */}
        <div className="field mr-span-6">
          <label htmlFor={ids.reply}>{t('mailroom.fields.inReplyTo')}</label>
          <input
            id={ids.reply}
            className="input-mono"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={Boolean(replyError) || answered === 'missing'}
            aria-describedby={ids.replyHint}
            {...register('inReplyTo')}
          />
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
        </div>
        <FreeTextInput
          className="mr-span-12"
          label={t('mailroom.fields.addresseeAddress')}
          registration={register('addressee.address')}
        />
      </div>
    </fieldset>
  );
}
