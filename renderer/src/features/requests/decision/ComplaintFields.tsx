// Complaint: the finding, what was found, and the measures (standard ones from the localized list,
// printed in every letter language, and any typed).
import { useTranslation } from 'react-i18next';
import { COMPLAINT_MEASURE_CODES, COMPLAINT_MEASURES } from '../../../../../common/letters/phrases';
import { CheckField } from '../../../ui/checks';
import { SelectInput, TextArea } from '../../../ui/fields';
import { useChoiceProps, useFieldProps } from '../bind';
import { FINDING_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

const FINDINGS = ['confirmed', 'partially_confirmed', 'not_confirmed'] as const;

export function ComplaintFields({ register, errors }: TypeFieldsProps) {
  const { t, i18n } = useTranslation();
  const field = useFieldProps(register, errors);
  const choice = useChoiceProps(register, errors);
  const ui = (['kk', 'ru', 'en'] as const).find((l) => l === i18n.language) ?? 'ru';
  return (
    <div className="mr-grid rq-type-fields" data-testid="complaint-fields">
      <SelectInput {...choice('finding', 'mr-span-6', FINDINGS, FINDING_KEYS)} required />
      <TextArea {...field('findings', 'request.fields.findings', 'mr-span-12')} required />
      <fieldset className="mr-span-12 rq-fieldset" data-testid="complaint-measure-codes">
        <legend>{t('request.decision.measureCodes')}</legend>
        {COMPLAINT_MEASURE_CODES.map((c) => (
          <CheckField
            key={c}
            className="check rq-check"
            value={c}
            label={COMPLAINT_MEASURES[c][ui]}
            registration={register('measureCodes')}
          />
        ))}
      </fieldset>
      <TextArea
        {...field('measures', 'request.fields.measures', 'mr-span-12')}
        hint={t('request.decision.measuresTypedHint')}
      />
    </div>
  );
}
