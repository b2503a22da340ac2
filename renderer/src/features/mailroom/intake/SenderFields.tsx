// Who sent the letter: name (its letters also guess the letter's language), IIN/BIN decoded as
// typed, kind of party and address.
import { useId, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../ui/field';
import { IinHint } from '../IinHint';
import { fieldErrorText } from '../field-error';
import { field as specField, FieldGroup, partyKindSpec, SpecFields } from '../form/FieldGroup';
import { CodeField } from '../form/CodeField';
import type { FormIn, FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  guessFrom: (text: string) => void;
}

export function SenderFields({ form, guessFrom }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const iinValue = useWatch({ control: form.control, name: 'sender.iin' });
  const [iinFocused, setIinFocused] = useState(false);
  const ids = { iin: useId(), iinHint: useId() };
  const iinError = fieldErrorText(t, formState.errors.sender?.iin);
  const field = specField<FormIn>;
  return (
    <FieldGroup legend="mailroom.intake.sender">
      <SpecFields
        form={form}
        fields={[
          field('sender.name', 'mailroom.fields.senderName', 12, {
            control: 'free',
            required: true,
            rules: { onChange: (e: { target: { value: unknown } }) => guessFrom(String(e.target.value)) },
          }),
        ]}
      />
      {/* Hand-written: the decoded IIN below is its description, in a cell of its own. */}
      <CodeField
        id={ids.iin}
        label={t('mailroom.fields.senderIin')}
        inputMode="numeric"
        maxLength={20}
        aria-invalid={Boolean(iinError)}
        aria-describedby={[ids.iinHint, iinError ? `${ids.iin}-err` : ''].filter(Boolean).join(' ')}
        {...register('sender.iin', { onBlur: () => setIinFocused(false) })}
        onFocus={() => setIinFocused(true)}
        after={<FieldError id={`${ids.iin}-err`} error={iinError} />}
      />
      <SpecFields
        form={form}
        fields={[partyKindSpec<FormIn>('sender.kind', 'mailroom.fields.senderKindAuto', t)]}
      />
      <div className="mr-span-12 mr-iin-hint">
        <IinHint value={iinValue} id={ids.iinHint} focused={iinFocused} />
      </div>
      <SpecFields
        form={form}
        fields={[field('sender.address', 'mailroom.fields.senderAddress', 12, { control: 'free' })]}
      />
    </FieldGroup>
  );
}
