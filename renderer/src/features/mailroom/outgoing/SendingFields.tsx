// How the letter is sent: the method, its tracking number (checked as typed) and courier details.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChannelFields } from '../form/ChannelFields';
import { FieldGroup } from '../form/FieldGroup';
import type { useTrackingConfirm } from '../form/useRegisterForm';
import type { FormIn, FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  confirm: ReturnType<typeof useTrackingConfirm>;
}

export function SendingFields({ form, confirm }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const method = useWatch({ control: form.control, name: 'method' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  return (
    <FieldGroup legend="mailroom.outgoing.sending" area="mr-area-sending">
      <ChannelFields
        label={t('mailroom.fields.method')}
        selectClassName="mr-span-12"
        channel={method}
        registration={(name) => register(name === 'channel' ? 'method' : name)}
        tracking={tracking}
        trackingError={formState.errors.trackingNumber}
        clearTrackingError={() => form.clearErrors('trackingNumber')}
        confirm={confirm}
        testId="out-tracking"
      />
    </FieldGroup>
  );
}
