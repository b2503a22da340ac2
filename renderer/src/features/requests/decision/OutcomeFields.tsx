// The fields every decision has: the refusal's ground and reasons (when not granted), and under
// "more" the legal basis, a note and the letter texts.
import { useTranslation } from 'react-i18next';
import { legalBasisFor, WITHDRAWAL_REFUSAL_GROUNDS } from '../../../../../common/requests/decisions';
import { REFUSAL_GROUNDS, type RequestLanguage } from '../../../../../common/requests/vocab';
import { SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { useChoiceProps, useFieldProps } from '../bind';
import { LetterTextsFields } from '../LetterTextsFields';
import { REFUSAL_GROUND_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

type Props = Pick<TypeFieldsProps, 'type' | 'register' | 'errors' | 'values'>;

export function RefusalFields({ type, register, errors, values }: Props) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  const choice = useChoiceProps(register, errors);
  const grounds = type === 'withdrawal' ? WITHDRAWAL_REFUSAL_GROUNDS : REFUSAL_GROUNDS;
  return (
    <div className="mr-grid rq-refusal" data-testid="refusal-fields">
      <SelectInput
        {...choice('refusalGround', 'mr-span-6', grounds, REFUSAL_GROUND_KEYS)}
        required
        placeholder={t('request.choose')}
      />
      {type === 'withdrawal' && values.refusalGround === 'contract_obligation_unfulfilled' && (
        <TextInput {...field('obligations', 'request.fields.obligations', 'mr-span-6')} required />
      )}
      <TextArea
        {...field('reasons', 'request.fields.reasons', 'mr-span-12')}
        required
        hint={t('request.decision.reasonsHint')}
      />
    </div>
  );
}

export function MoreFields({
  type,
  register,
  errors,
  values,
  language,
}: Props & { language: RequestLanguage }) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  const basis = legalBasisFor(type, values.outcome, language);
  return (
    <details className="rq-more">
      <summary>{t('request.decision.more')}</summary>
      <div className="mr-grid">
        <TextInput
          {...field('legalBasis', 'request.fields.legalBasis', 'mr-span-12')}
          placeholder={basis}
          hint={t('request.decision.legalBasisHint', { basis })}
        />
        <TextArea
          {...field('note', 'request.fields.note', 'mr-span-12')}
          rows={2}
          hint={t('request.decision.noteHint')}
        />
      </div>
      <LetterTextsFields type={type} register={register} altLang={values.altLang ?? ''} />
    </details>
  );
}
