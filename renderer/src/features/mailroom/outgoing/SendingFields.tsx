// How the letter is sent: the method, its tracking number (checked as typed) and courier details.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../../common/contract/mailroom';
import { SelectInput } from '../../../ui/fields';
import { CourierFields } from '../RegisterFields';
import { fieldErrorText } from '../field-error';
import { TrackingField } from '../TrackingField';
import { CHANNEL_KEYS } from '../vocab';
import { hasOutgoingTracking, type FormIn, type FormOut } from './values';

interface Props {
  form: UseFormReturn<FormIn, unknown, FormOut>;
  confirmedFor: string | null;
  onConfirm: (normalized: string | null) => void;
  reveal: boolean;
}

export function SendingFields({ form, confirmedFor, onConfirm, reveal }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const method = useWatch({ control: form.control, name: 'method' });
  const tracking = useWatch({ control: form.control, name: 'trackingNumber' });
  return (
    <fieldset className="mr-fieldset mr-area-sending">
      <legend>{t('mailroom.outgoing.sending')}</legend>
      <div className="mr-grid">
        <SelectInput
          className="mr-span-12"
          label={t('mailroom.fields.method')}
          options={CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) }))}
          registration={register('method')}
        />
        {hasOutgoingTracking(method) && (
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
            error={fieldErrorText(t, formState.errors.trackingNumber)}
            testId="out-tracking"
          />
        )}
        {method === 'courier' && (
          <CourierFields company={register('courierCompany')} waybill={register('waybill')} />
        )}
      </div>
    </fieldset>
  );
}
