// The fields every decision has: the refusal's ground and reasons (when not granted), and under
// "more" the legal basis, a note and the letter texts.
import { useTranslation } from 'react-i18next';
import { legalBasisFor, WITHDRAWAL_REFUSAL_GROUNDS } from '../../../../../common/requests/decisions';
import { REFUSAL_GROUNDS, type RequestLanguage } from '../../../../../common/requests/vocab';
import { SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { fieldErrorText } from '../form';
import { LetterTextsFields } from '../LetterTextsFields';
import { REFUSAL_GROUND_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

type Props = Pick<TypeFieldsProps, 'type' | 'register' | 'errors' | 'values'>;

export function RefusalFields({ type, register, errors, values }: Props) {
  const { t } = useTranslation();
  const grounds = type === 'withdrawal' ? WITHDRAWAL_REFUSAL_GROUNDS : REFUSAL_GROUNDS;
  return (
    <div className="mr-grid rq-refusal" data-testid="refusal-fields">
      <SelectInput
        className="mr-span-6"
        label={t('request.fields.refusalGround')}
        required
        registration={register('refusalGround')}
        options={grounds.map((g) => ({ value: g, label: t(REFUSAL_GROUND_KEYS[g]) }))}
        placeholder={t('request.choose')}
        error={fieldErrorText(t, errors.refusalGround)}
      />
      {type === 'withdrawal' && values.refusalGround === 'contract_obligation_unfulfilled' && (
        <TextInput
          className="mr-span-6"
          label={t('request.fields.obligations')}
          required
          registration={register('obligations')}
          error={fieldErrorText(t, errors.obligations)}
        />
      )}
      <TextArea
        className="mr-span-12"
        label={t('request.fields.reasons')}
        required
        hint={t('request.decision.reasonsHint')}
        registration={register('reasons')}
        error={fieldErrorText(t, errors.reasons)}
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
  const basis = legalBasisFor(type, values.outcome, language);
  return (
    <details className="rq-more">
      <summary>{t('request.decision.more')}</summary>
      <div className="mr-grid">
        <TextInput
          className="mr-span-12"
          label={t('request.fields.legalBasis')}
          placeholder={basis}
          hint={t('request.decision.legalBasisHint', { basis })}
          registration={register('legalBasis')}
          error={fieldErrorText(t, errors.legalBasis)}
        />
        <TextArea
          className="mr-span-12"
          rows={2}
          label={t('request.fields.note')}
          hint={t('request.decision.noteHint')}
          registration={register('note')}
          error={fieldErrorText(t, errors.note)}
        />
      </div>
      <LetterTextsFields type={type} register={register} altLang={values.altLang ?? ''} />
    </details>
  );
}
