// Objection: the decision in words, and whether automated processing stops.
import { CheckField } from '../../../ui/checks';
import { TextArea } from '../../../ui/fields';
import { useCheckProps, useFieldProps } from '../bind';
import type { TypeFieldsProps } from './values';

export function ObjectionFields({ register, errors }: TypeFieldsProps) {
  const field = useFieldProps(register, errors);
  const check = useCheckProps(register);
  return (
    <div className="rq-type-fields" data-testid="objection-fields">
      <div className="mr-grid">
        <TextArea {...field('decisionText', 'request.fields.decisionText', 'mr-span-12')} required />
      </div>
      <CheckField {...check('stopAutomatedProcessing', 'request.fields.stopAutomatedProcessing')} />
    </div>
  );
}
