// The request itself: its type (suggested by the letter's request kind; a minor's IIN proposes
// the minor's deletion), the reply language, the officer and who wrote it.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  REQUESTER_ROLES,
  type RequestType,
} from '../../../../../common/requests/vocab';
import { RadioGroup, SelectInput } from '../../../ui/fields';
import { StaffSelect } from '../../../ui/StaffSelect';
import { REPLY_LANGUAGE_KEYS } from '../../mailroom';
import { choices, useChoiceProps, useFieldProps } from '../bind';
import { fieldErrorText } from '../form';
import { ROLE_KEYS, TYPE_KEYS } from '../vocab';
import type { OpenForm } from './values';

export function RequestFieldset({
  form,
  suggested,
  minorAge,
}: {
  form: UseFormReturn<OpenForm>;
  /** The type the letter asks for, and whether the clerk's kind said so (else its document type). */
  suggested: { type: RequestType; byKind: boolean } | null;
  /** The subject's age when the IIN says a minor and the type is not yet the minor's deletion. */
  minorAge: number | null;
}) {
  const { t } = useTranslation();
  const { register, setValue, formState } = form;
  const field = useFieldProps(register, formState.errors);
  const choice = useChoiceProps(register, formState.errors);
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('request.open.request')}</legend>
      <div className="mr-grid">
        <SelectInput
          {...choice('type', 'mr-span-6', REQUEST_TYPES, TYPE_KEYS)}
          required
          placeholder={t('request.choose')}
          hint={
            suggested
              ? t(
                  suggested.byKind ? 'request.open.suggestedFromKind' : 'request.open.suggestedFromDocument',
                  {
                    type: t(TYPE_KEYS[suggested.type]),
                  },
                )
              : undefined
          }
          data-autofocus
        />
        <SelectInput {...choice('language', 'mr-span-3', REQUEST_LANGUAGES, REPLY_LANGUAGE_KEYS)} />
        {/* A row of its own: staff names (and «Тағайындалмаған») need more than a quarter. */}
        <StaffSelect
          {...field('officer', 'request.fields.officer', 'mr-span-6')}
          keep={form.formState.defaultValues?.officer}
        />
        <RadioGroup
          className="mr-span-12"
          legend={t('request.fields.requesterRole')}
          name="requesterRole"
          registration={register('requesterRole')}
          options={choices(t, REQUESTER_ROLES, ROLE_KEYS)}
          error={fieldErrorText(t, formState.errors.requesterRole)}
        />
      </div>
      {minorAge !== null && (
        <div className="alert alert-warn rq-inline-alert" role="status" data-testid="minor-proposal">
          <p>{t('request.open.minorProposal', { age: minorAge })}</p>
          <button
            type="button"
            className="button"
            onClick={() => setValue('type', 'minor_deletion', { shouldValidate: formState.isSubmitted })}
          >
            {t('request.open.useMinorDeletion')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
