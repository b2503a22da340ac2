// How the letter came: when, by which channel, its tracking number (checked as typed, with the
// letters already registered under it) and the courier's details.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../../common/contract/mailroom';
import { ChannelFields } from '../form/ChannelFields';
import { field as specField, FieldGroup, SpecFields } from '../form/FieldGroup';
import type { useTrackingConfirm } from '../form/useRegisterForm';
import type { FormIn, FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  confirm: ReturnType<typeof useTrackingConfirm>;
  trackingMatches: DuplicateMatch[];
}

export function DeliveryFields({ form, confirm, trackingMatches }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const channel = useWatch({ control: form.control, name: 'channel' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  return (
    <FieldGroup legend="mailroom.intake.delivery">
      <SpecFields
        form={form}
        fields={[
          specField<FormIn>('receivedAt', 'mailroom.fields.receivedAt', 6, {
            attrs: { type: 'datetime-local', step: 60 },
            hint: 'mailroom.intake.receivedAtHint',
          }),
        ]}
      />
      <ChannelFields
        label={t('mailroom.fields.channel')}
        selectClassName="mr-span-6"
        channel={channel}
        registration={(name) => register(name)}
        tracking={tracking}
        trackingError={formState.errors.trackingNumber}
        clearTrackingError={() => form.clearErrors('trackingNumber')}
        confirm={confirm}
        testId="tracking"
        extra={
          trackingMatches.length > 0 && (
            <p className="field-hint mr-status mr-status-warn" data-testid="tracking-duplicates">
              {t('mailroom.duplicates.sameTracking', {
                numbers: trackingMatches.map((m) => m.incomingNo).join(', '),
              })}
            </p>
          )
        }
      />
    </FieldGroup>
  );
}
