// Complaint: the finding, what was found, and the measures (standard ones from the localized list,
// printed in every letter language, and any typed).
import { useTranslation } from 'react-i18next';
import { COMPLAINT_MEASURE_CODES, COMPLAINT_MEASURES } from '../../../../../common/letters/phrases';
import { CheckField } from '../../../ui/checks';
import { SelectInput, TextArea } from '../../../ui/fields';
import { fieldErrorText } from '../form';
import { FINDING_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function ComplaintFields({ register, errors }: TypeFieldsProps) {
  const { t, i18n } = useTranslation();
  const ui = (['kk', 'ru', 'en'] as const).find((l) => l === i18n.language) ?? 'ru';
  return (
    <div className="mr-grid rq-type-fields" data-testid="complaint-fields">
      <SelectInput
        className="mr-span-6"
        label={t('request.fields.finding')}
        required
        registration={register('finding')}
        options={(['confirmed', 'partially_confirmed', 'not_confirmed'] as const).map((f) => ({
          value: f,
          label: t(FINDING_KEYS[f]),
        }))}
      />
      <TextArea
        className="mr-span-12"
        label={t('request.fields.findings')}
        required
        registration={register('findings')}
        error={fieldErrorText(t, errors.findings)}
      />
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
        className="mr-span-12"
        label={t('request.fields.measures')}
        hint={t('request.decision.measuresTypedHint')}
        registration={register('measures')}
      />
    </div>
  );
}
