// Blocking: block (with the reason), unblock or erase the subject's account, and why.
import { useTranslation } from 'react-i18next';
import { BLOCKING_OPERATIONS } from '../../../../../common/requests/decisions';
import { BLOCK_REASONS } from '../../../../../common/requests/vocab';
import { SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { choices, useFieldProps } from '../bind';
import { BLOCK_REASON_KEYS, BLOCKING_OPERATION_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function BlockingFields({ register, errors, values }: TypeFieldsProps) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  return (
    <div className="mr-grid rq-type-fields" data-testid="blocking-fields">
      <SelectInput
        {...field('operation', 'request.fields.operation', 'mr-span-6')}
        required
        options={choices(t, BLOCKING_OPERATIONS, BLOCKING_OPERATION_KEYS)}
      />
      {values.operation === 'block' && (
        <SelectInput
          {...field('blockReason', 'request.fields.blockReason', 'mr-span-6')}
          required
          options={choices(t, BLOCK_REASONS, BLOCK_REASON_KEYS)}
        />
      )}
      <TextArea {...field('reasonText', 'request.fields.reasonText', 'mr-span-8')} required />
      <TextInput
        {...field('verificationUntil', 'request.fields.verificationUntil', 'mr-span-4')}
        type="date"
      />
    </div>
  );
}
