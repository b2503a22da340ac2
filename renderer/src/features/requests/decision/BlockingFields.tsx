// Blocking: block (with the reason), unblock or erase the subject's account, and why.
import { BLOCKING_OPERATIONS } from '../../../../../common/requests/decisions';
import { BLOCK_REASONS } from '../../../../../common/requests/vocab';
import { SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { useChoiceProps, useFieldProps } from '../bind';
import { BLOCK_REASON_KEYS, BLOCKING_OPERATION_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function BlockingFields({ register, errors, values }: TypeFieldsProps) {
  const field = useFieldProps(register, errors);
  const choice = useChoiceProps(register, errors);
  return (
    <div className="mr-grid rq-type-fields" data-testid="blocking-fields">
      <SelectInput
        {...choice('operation', 'mr-span-6', BLOCKING_OPERATIONS, BLOCKING_OPERATION_KEYS)}
        required
      />
      {values.operation === 'block' && (
        <SelectInput {...choice('blockReason', 'mr-span-6', BLOCK_REASONS, BLOCK_REASON_KEYS)} required />
      )}
      <TextArea {...field('reasonText', 'request.fields.reasonText', 'mr-span-8')} required />
      <TextInput
        {...field('verificationUntil', 'request.fields.verificationUntil', 'mr-span-4')}
        type="date"
      />
    </div>
  );
}
