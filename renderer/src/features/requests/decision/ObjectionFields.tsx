// Objection: the decision in words, and whether automated processing stops.
import { useTranslation } from 'react-i18next';
import { CheckField } from '../../../ui/checks';
import { TextArea } from '../../../ui/fields';
import { fieldErrorText } from '../form';
import type { TypeFieldsProps } from './values';

export function ObjectionFields({ register, errors }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="rq-type-fields" data-testid="objection-fields">
      <div className="mr-grid">
        <TextArea
          className="mr-span-12"
          label={t('request.fields.decisionText')}
          required
          registration={register('decisionText')}
          error={fieldErrorText(t, errors.decisionText)}
        />
      </div>
      <CheckField
        className="check rq-check"
        label={t('request.fields.stopAutomatedProcessing')}
        registration={register('stopAutomatedProcessing')}
      />
    </div>
  );
}
