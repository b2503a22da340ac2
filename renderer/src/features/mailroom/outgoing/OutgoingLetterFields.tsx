// The outgoing letter: its date, language, signatory, status, summary, sheets and notes.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPLY_LANGUAGES } from '../../../../../common/contract/mailroom';
import { FreeTextInput, SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { SheetsField } from '../RegisterFields';
import { fieldErrorText } from '../field-error';
import { toSheets } from '../form-values';
import { REPLY_LANGUAGE_KEYS } from '../vocab';
import type { FormIn, FormOut } from './values';

export function OutgoingLetterFields({ form }: { form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <fieldset className="mr-fieldset mr-area-letter">
      <legend>{t('mailroom.intake.letter')}</legend>
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          label={t('mailroom.fields.outgoingDate')}
          type="date"
          error={fieldErrorText(t, errors.date)}
          registration={register('date', { setValueAs: (v) => (v === '' ? undefined : v) })}
        />
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.replyLanguage')}
          options={REPLY_LANGUAGES.map((l) => ({ value: l, label: t(REPLY_LANGUAGE_KEYS[l]) }))}
          registration={register('language')}
        />
        <FreeTextInput
          className="mr-span-6"
          label={t('mailroom.fields.signatory')}
          registration={register('signatory')}
        />
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.status')}
          options={[
            { value: 'draft', label: t('mailroom.outgoingStatus.draft') },
            { value: 'sent', label: t('mailroom.outgoingStatus.sent') },
          ]}
          registration={register('status')}
        />
        <TextArea
          className="mr-span-12"
          label={t('mailroom.fields.summary')}
          required
          rows={2}
          error={fieldErrorText(t, errors.summary)}
          registration={register('summary')}
        />
        <SheetsField
          error={fieldErrorText(t, errors.sheets, 'sheets')}
          registration={register('sheets', { setValueAs: toSheets })}
        />
        <FreeTextInput
          className="mr-span-9"
          label={t('mailroom.fields.notes')}
          registration={register('notes')}
        />
      </div>
    </fieldset>
  );
}
