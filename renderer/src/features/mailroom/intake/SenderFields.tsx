// Who sent the letter: name (its letters also guess the letter's language), IIN/BIN decoded as
// typed, kind of party and address.
import { useId, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS } from '../../../../../common/contract/mailroom';
import { FreeTextInput, SelectInput } from '../../../ui/fields';
import { IinHint } from '../IinHint';
import { PARTY_KIND_KEYS } from '../vocab';
import { fieldErrorText } from '../field-error';
import { emptyToNull } from '../form-values';
import type { FormIn, FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  guessFrom: (text: string) => void;
}

export function SenderFields({ form, guessFrom }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  const iinValue = useWatch({ control: form.control, name: 'sender.iin' });
  const [iinFocused, setIinFocused] = useState(false);
  const ids = { iin: useId(), iinHint: useId() };
  const iinError = fieldErrorText(t, errors.sender?.iin);
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('mailroom.intake.sender')}</legend>
      <div className="mr-grid">
        <FreeTextInput
          className="mr-span-12"
          label={t('mailroom.fields.senderName')}
          required
          error={fieldErrorText(t, errors.sender?.name)}
          registration={register('sender.name', { onChange: (e) => guessFrom(String(e.target.value)) })}
        />
        {/* Hand-written: the decoded IIN below is its description, in a cell of its own. */}
        <div className="field mr-span-6">
          <label htmlFor={ids.iin}>{t('mailroom.fields.senderIin')}</label>
          <input
            id={ids.iin}
            className="input-mono"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-invalid={Boolean(iinError)}
            aria-describedby={[ids.iinHint, iinError ? `${ids.iin}-err` : ''].filter(Boolean).join(' ')}
            {...register('sender.iin', { onBlur: () => setIinFocused(false) })}
            onFocus={() => setIinFocused(true)}
          />
          {iinError && (
            <p className="field-error" id={`${ids.iin}-err`} role="alert">
              {iinError}
            </p>
          )}
        </div>
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.senderKind')}
          placeholder={t('mailroom.fields.senderKindAuto')}
          options={PARTY_KINDS.map((k) => ({ value: k, label: t(PARTY_KIND_KEYS[k]) }))}
          registration={register('sender.kind', { setValueAs: emptyToNull })}
        />
        <div className="mr-span-12 mr-iin-hint">
          <IinHint value={iinValue} id={ids.iinHint} focused={iinFocused} />
        </div>
        <FreeTextInput
          className="mr-span-12"
          label={t('mailroom.fields.senderAddress')}
          registration={register('sender.address')}
        />
      </div>
    </fieldset>
  );
}
