// Blocking: block (with the reason), unblock or erase the subject's account, and why.
import { useTranslation } from 'react-i18next';
import { BLOCKING_OPERATIONS } from '../../../../../common/requests/decisions';
import { BLOCK_REASONS } from '../../../../../common/requests/vocab';
import { SelectInput, TextArea, TextInput } from '../../../ui/fields';
import { fieldErrorText } from '../form';
import { BLOCK_REASON_KEYS, BLOCKING_OPERATION_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function BlockingFields({ register, errors, values }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="mr-grid rq-type-fields" data-testid="blocking-fields">
      <SelectInput
        className="mr-span-6"
        label={t('request.fields.operation')}
        required
        registration={register('operation')}
        options={BLOCKING_OPERATIONS.map((o) => ({ value: o, label: t(BLOCKING_OPERATION_KEYS[o]) }))}
        error={fieldErrorText(t, errors.operation)}
      />
      {values.operation === 'block' && (
        <SelectInput
          className="mr-span-6"
          label={t('request.fields.blockReason')}
          required
          registration={register('blockReason')}
          options={BLOCK_REASONS.map((r) => ({ value: r, label: t(BLOCK_REASON_KEYS[r]) }))}
          error={fieldErrorText(t, errors.blockReason)}
        />
      )}
      <TextArea
        className="mr-span-8"
        label={t('request.fields.reasonText')}
        required
        registration={register('reasonText')}
        error={fieldErrorText(t, errors.reasonText)}
      />
      <TextInput
        className="mr-span-4"
        type="date"
        label={t('request.fields.verificationUntil')}
        registration={register('verificationUntil')}
        error={fieldErrorText(t, errors.verificationUntil)}
      />
    </div>
  );
}
