// The letter itself: the sender's number and date, document type (a suggestion list), language,
// summary, sheets, enclosures, notes and the officer it goes to.
import { useId, useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../../common/contract/mailroom';
import { FreeTextInput } from '../../../ui/fields';
import { StaffSelect } from '../../../ui/StaffSelect';
import { DATE, field as specField, FieldGroup, sheetsSpec, SpecFields } from '../form/FieldGroup';
import { emptyToNull } from '../form-values';
import { choices, LETTER_LANGUAGE_KEYS } from '../vocab';
import type { FormIn, FormOut } from './values';
import { RequestKindSelect, requestKindValue } from '../kind/RequestKind';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  guessFrom: (text: string) => void;
}

const DOC_TYPES = ['application', 'withdrawal', 'complaint', 'inquiry', 'letter', 'notice'] as const;

export function LetterFields({ form, guessFrom }: Props) {
  const { t } = useTranslation();
  const onChange = (e: { target: { value: unknown } }) => guessFrom(String(e.target.value));
  const language = choices(t, LANGUAGES, LETTER_LANGUAGE_KEYS);
  const field = specField<FormIn>;
  const before = [
    field('senderRef.number', 'mailroom.fields.senderRefNumber', 6, { attrs: { autoComplete: 'off' } }),
    field('senderRef.date', 'mailroom.fields.senderRefDate', 6, {
      attrs: DATE,
      rules: { setValueAs: emptyToNull },
    }),
  ];
  const after = [
    field('language', 'mailroom.fields.language', 6, { control: 'select', options: language }),
    field('summary', 'mailroom.fields.summary', 12, { control: 'area', required: true, rules: { onChange } }),
    sheetsSpec<FormIn>(),
    field('enclosures', 'mailroom.fields.enclosures', 9, { control: 'free' }),
    field('notes', 'mailroom.fields.notes', 7, { control: 'free' }),
  ];
  return (
    <FieldGroup legend="mailroom.intake.letter">
      <SpecFields form={form} fields={before} />
      <DocumentTypeField form={form} />
      <RequestKindSelect registration={form.register('requestKind', { setValueAs: requestKindValue })} />
      <SpecFields form={form} fields={after} />
      <StaffSelect
        className="mr-span-5"
        label={t('mailroom.fields.assignedTo')}
        registration={form.register('assignedTo')}
        keep={form.formState.defaultValues?.assignedTo}
      />
    </FieldGroup>
  );
}

function DocumentTypeField({ form }: { form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t } = useTranslation();
  const id = useId();
  const docTypes = useMemo(() => DOC_TYPES.map((d) => t(`mailroom.docTypes.${d}`)), [t]);
  return (
    <FreeTextInput
      className="mr-span-6"
      label={t('mailroom.fields.documentType')}
      list={id}
      registration={form.register('documentType')}
      extra={() => <Suggestions id={id} values={docTypes} />}
    />
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
