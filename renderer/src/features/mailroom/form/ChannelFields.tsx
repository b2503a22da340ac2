// How a letter travels, in both register forms: the channel (or sending method), its tracking
// number for registered mail and courier (checked as typed, a doubtful one confirmed) and the
// courier's company and waybill.
import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../../common/contract/mailroom';
import { SelectInput } from '../../../ui/fields';
import { fieldErrorText } from '../field-error';
import { hasTracking } from '../form-values';
import { CourierFields } from '../RegisterFields';
import { TrackingField } from '../TrackingField';
import { CHANNEL_KEYS } from '../vocab';
import type { useTrackingConfirm } from './useRegisterForm';

interface Props {
  label: string;
  selectClassName: string;
  channel: Channel;
  registration: (name: 'channel' | 'trackingNumber' | 'courierCompany' | 'waybill') => UseFormRegisterReturn;
  tracking: string | null | undefined;
  trackingError: FieldError | undefined;
  clearTrackingError: () => void;
  confirm: ReturnType<typeof useTrackingConfirm>;
  testId: string;
  extra?: ReactNode;
}

export function ChannelFields(p: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SelectInput
        className={p.selectClassName}
        label={p.label}
        options={CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) }))}
        registration={p.registration('channel')}
      />
      {hasTracking(p.channel) && (
        <TrackingField
          className="mr-span-12"
          label={t('mailroom.fields.trackingNumber')}
          value={p.tracking}
          registration={p.registration('trackingNumber')}
          confirmedFor={p.confirm.confirmedFor}
          onConfirm={(v) => {
            p.confirm.setConfirmedFor(v);
            if (v) p.clearTrackingError();
          }}
          reveal={p.confirm.reveal}
          error={fieldErrorText(t, p.trackingError)}
          testId={p.testId}
          extra={p.extra}
        />
      )}
      {p.channel === 'courier' && (
        <CourierFields company={p.registration('courierCompany')} waybill={p.registration('waybill')} />
      )}
    </>
  );
}
