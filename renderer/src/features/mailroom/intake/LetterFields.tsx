// The letter itself: the sender's number and date, document type (a suggestion list), language,
// summary, sheets, enclosures, notes and the officer it goes to.
import { useId, useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../../common/contract/mailroom';
import { useCall } from '../../../api/hooks';
import { FreeTextInput, SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { LETTER_LANGUAGE_KEYS } from '../vocab';
import { SheetsField } from '../RegisterFields';
import { fieldErrorText } from '../field-error';
import { emptyToNull, toSheets } from '../form-values';
import type { FormIn, FormOut } from './values';
import { RequestKindSelect, requestKindValue } from '../kind/RequestKind';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  guessFrom: (text: string) => void;
}

const DOC_TYPES = ['application', 'withdrawal', 'complaint', 'inquiry', 'letter', 'notice'] as const;

export function LetterFields({ form, guessFrom }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  const officers = useCall('intake.officers', {});
  const ids = { docTypes: useId(), officers: useId() };
  const docTypes = useMemo(() => DOC_TYPES.map((d) => t(`mailroom.docTypes.${d}`)), [t]);
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('mailroom.intake.letter')}</legend>
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          label={t('mailroom.fields.senderRefNumber')}
          autoComplete="off"
          registration={register('senderRef.number')}
        />
        <TextInput
          className="mr-span-6"
          label={t('mailroom.fields.senderRefDate')}
          type="date"
          error={fieldErrorText(t, errors.senderRef?.date)}
          registration={register('senderRef.date', { setValueAs: emptyToNull })}
        />
        <FreeTextInput
          className="mr-span-6"
          label={t('mailroom.fields.documentType')}
          list={ids.docTypes}
          registration={register('documentType')}
          extra={() => <Suggestions id={ids.docTypes} values={docTypes} />}
        />
        <RequestKindSelect registration={register('requestKind', { setValueAs: requestKindValue })} />
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.language')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(LETTER_LANGUAGE_KEYS[l]) }))}
          registration={register('language')}
        />
        <TextArea
          className="mr-span-12"
          label={t('mailroom.fields.summary')}
          required
          error={fieldErrorText(t, errors.summary)}
          registration={register('summary', { onChange: (e) => guessFrom(String(e.target.value)) })}
        />
        <SheetsField
          error={fieldErrorText(t, errors.sheets, 'sheets')}
          registration={register('sheets', { setValueAs: toSheets })}
        />
        <FreeTextInput
          className="mr-span-9"
          label={t('mailroom.fields.enclosures')}
          registration={register('enclosures')}
        />
        <FreeTextInput
          className="mr-span-7"
          label={t('mailroom.fields.notes')}
          registration={register('notes')}
        />
        <TextInput
          className="mr-span-5"
          label={t('mailroom.fields.assignedTo')}
          list={ids.officers}
          autoComplete="off"
          registration={register('assignedTo')}
          extra={() => <Suggestions id={ids.officers} values={officers.data?.officers ?? []} />}
        />
      </div>
    </fieldset>
  );
}

function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
