// How the letter came: when, by which channel, its tracking number (checked as typed, with the
// letters already registered under it) and the courier's details.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../../common/contract/mailroom';
import { TextInput } from '../../../ui/fields';
import { fieldErrorText } from '../field-error';
import { ChannelFields } from '../form/ChannelFields';
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
  const errors = formState.errors;
  const channel = useWatch({ control: form.control, name: 'channel' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  return (
    <fieldset className="mr-fieldset">
      <legend>{t('mailroom.intake.delivery')}</legend>
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          label={t('mailroom.fields.receivedAt')}
          type="datetime-local"
          step={60}
          hint={t('mailroom.intake.receivedAtHint')}
          error={fieldErrorText(t, errors.receivedAt)}
          registration={register('receivedAt')}
        />
        <ChannelFields
          label={t('mailroom.fields.channel')}
          selectClassName="mr-span-6"
          channel={channel}
          registration={(name) => register(name)}
          tracking={tracking}
          trackingError={errors.trackingNumber}
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
      </div>
    </fieldset>
  );
}
