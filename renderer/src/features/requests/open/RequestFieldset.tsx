// The request itself: its type (suggested by the letter's document type; a minor's IIN proposes
// the minor's deletion), the reply language, the officer and who wrote it.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  REQUEST_LANGUAGES,
  REQUEST_TYPES,
  REQUESTER_ROLES,
  type RequestType,
} from '../../../../../common/requests/vocab';
import { RadioGroup, SelectInput, TextInput } from '../../../ui/fields';
import { REPLY_LANGUAGE_KEYS } from '../../mailroom';
import { fieldErrorText } from '../form';
import { ROLE_KEYS, TYPE_KEYS } from '../vocab';
import type { OpenForm } from './values';

export function RequestFieldset({
  form,
  suggested,
  minorAge,
}: {
  form: UseFormReturn<OpenForm>;
  /** The type the letter's document type suggests. */
  suggested: RequestType | null;
  /** The subject's age when the IIN says a minor and the type is not yet the minor's deletion. */
  minorAge: number | null;
}) {
  const { t } = useTranslation();
  const { register, setValue, formState } = form;
  const errors = formState.errors;
  const fe = (e: Parameters<typeof fieldErrorText>[1]) => fieldErrorText(t, e);
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('request.open.request')}</legend>
      <div className="mr-grid">
        <SelectInput
          className="mr-span-6"
          label={t('request.fields.type')}
          required
          registration={register('type')}
          options={REQUEST_TYPES.map((v) => ({ value: v, label: t(TYPE_KEYS[v]) }))}
          placeholder={t('request.choose')}
          error={fe(errors.type)}
          hint={
            suggested ? t('request.open.suggestedFromDocument', { type: t(TYPE_KEYS[suggested]) }) : undefined
          }
          data-autofocus
        />
        <SelectInput
          className="mr-span-3"
          label={t('request.fields.language')}
          registration={register('language')}
          options={REQUEST_LANGUAGES.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
          error={fe(errors.language)}
        />
        <TextInput
          className="mr-span-3"
          label={t('request.fields.officer')}
          registration={register('officer')}
          error={fe(errors.officer)}
          autoComplete="off"
        />
        <RadioGroup
          className="mr-span-12"
          legend={t('request.fields.requesterRole')}
          name="requesterRole"
          registration={register('requesterRole')}
          options={REQUESTER_ROLES.map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
          error={fe(errors.requesterRole)}
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
