// Stop messages: the channels the suppression-list entry covers, by phone and/or by account.
import { useTranslation } from 'react-i18next';
import { SUPPRESS_CHANNELS } from '../../../../../common/requests/vocab';
import { CheckField, CheckGroup } from '../../../ui/checks';
import { TextInput } from '../../../ui/fields';
import { choices, useCheckProps, useFieldProps } from '../bind';
import { CHANNEL_KEYS } from '../vocab';
import type { TypeFieldsProps } from './values';

export function StopMessagesFields({ register, errors, request: d }: TypeFieldsProps) {
  const { t } = useTranslation();
  const field = useFieldProps(register, errors);
  const check = useCheckProps(register);
  return (
    <div className="rq-type-fields" data-testid="stop-messages-fields">
      <CheckGroup
        legend={t('request.fields.channels')}
        required
        registration={register('channels')}
        options={choices(t, SUPPRESS_CHANNELS, CHANNEL_KEYS)}
        error={errors.channels ? t('request.decision.stop.channelsRequired') : undefined}
      />
      <div className="mr-grid">
        <TextInput
          {...field('phone', 'request.fields.suppressPhone', 'mr-span-6')}
          hint={
            d.subject?.phone ? t('request.decision.stop.phoneHint', { phone: d.subject.phone }) : undefined
          }
          inputMode="tel"
        />
      </div>
      <CheckField {...check('byAccount', 'request.fields.byAccount')} />
    </div>
  );
}
