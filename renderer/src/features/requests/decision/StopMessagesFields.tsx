// Stop messages: the channels the suppression-list entry covers, by phone and/or by account.
import { useTranslation } from 'react-i18next';
import { SUPPRESS_CHANNELS } from '../../../../../common/requests/vocab';
import { CheckField, CheckGroup } from '../../../ui/checks';
import { TextInput } from '../../../ui/fields';
import { fieldErrorText } from '../form';
import { CHANNEL_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function StopMessagesFields({ register, errors, request: d }: TypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="rq-type-fields" data-testid="stop-messages-fields">
      <CheckGroup
        legend={t('request.fields.channels')}
        required
        registration={register('channels')}
        options={SUPPRESS_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_KEYS[c]) }))}
        error={errors.channels ? t('request.decision.stop.channelsRequired') : undefined}
      />
      <div className="mr-grid">
        <TextInput
          className="mr-span-6"
          label={t('request.fields.suppressPhone')}
          hint={
            d.subject?.phone ? t('request.decision.stop.phoneHint', { phone: d.subject.phone }) : undefined
          }
          inputMode="tel"
          registration={register('phone')}
          error={fieldErrorText(t, errors.phone, 'phone')}
        />
      </div>
      <CheckField
        className="check rq-check"
        label={t('request.fields.byAccount')}
        registration={register('byAccount')}
      />
    </div>
  );
}
