// Objection: the decision in words, and whether automated processing stops.
import { useTranslation } from 'react-i18next';
import { CheckField } from '../../../ui/checks';
import { TextArea } from '../../../ui/fields';
import { useFieldProps } from '../bind';
import type { TypeFieldsProps } from './values';

export function ObjectionFields({ register, errors }: TypeFieldsProps) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  return (
    <div className="rq-type-fields" data-testid="objection-fields">
      <div className="mr-grid">
        <TextArea {...field('decisionText', 'request.fields.decisionText', 'mr-span-12')} required />
      </div>
      <CheckField
        className="check rq-check"
        label={t('request.fields.stopAutomatedProcessing')}
        registration={register('stopAutomatedProcessing')}
      />
    </div>
  );
}
