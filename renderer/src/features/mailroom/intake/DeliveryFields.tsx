// How the letter came: when, by which channel, its tracking number (checked as typed, with the
// letters already registered under it) and the courier's details.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type DuplicateMatch } from '../../../../../common/contract/mailroom';
import { SelectInput, TextInput } from '../../../ui/fields';
import { CourierFields } from '../RegisterFields';
import { TrackingField } from '../TrackingField';
import { CHANNEL_KEYS } from '../vocab';
import { fieldErrorText } from '../field-error';
import { hasTracking, type FormIn, type FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  confirmedFor: string | null;
  onConfirm: (normalized: string | null) => void;
  reveal: boolean;
  trackingMatches: DuplicateMatch[];
}

export function DeliveryFields({ form, confirmedFor, onConfirm, reveal, trackingMatches }: Props) {
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
        <SelectInput
          className="mr-span-6"
          label={t('mailroom.fields.channel')}
          options={CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) }))}
          registration={register('channel')}
        />
        {hasTracking(channel) && (
          <TrackingField
            className="mr-span-12"
            label={t('mailroom.fields.trackingNumber')}
            value={tracking}
            registration={register('trackingNumber')}
            confirmedFor={confirmedFor}
            onConfirm={(v) => {
              onConfirm(v);
              if (v) form.clearErrors('trackingNumber');
            }}
            reveal={reveal}
            error={fieldErrorText(t, errors.trackingNumber)}
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
        )}
        {channel === 'courier' && (
          <CourierFields company={register('courierCompany')} waybill={register('waybill')} />
        )}
      </div>
    </fieldset>
  );
}
