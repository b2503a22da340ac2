// Facts both records show alike: a card of facts, how the letter travelled (channel or method,
// tracking number, courier) and who registered it when.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../common/contract/mailroom';
import { formatDateTime } from '../../../format/dates';
import { Fact } from '../../../ui/Fact';
import { CHANNEL_KEYS } from '../vocab';

export function FactCard({
  id,
  title,
  testId,
  children,
}: {
  id: string;
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      <dl className="facts" data-testid={testId}>
        {children}
      </dl>
    </section>
  );
}

/** The entry's register number (mono, so it reads digit by digit) and its date: labels, then values. */
export function NumberFacts({ labels, values }: { labels: [string, string]; values: [string, string] }) {
  const { t } = useTranslation();
  return (
    <>
      <Fact label={t(labels[0])} mono>
        {values[0]}
      </Fact>
      <Fact label={t(labels[1])}>{values[1]}</Fact>
    </>
  );
}

interface Travel {
  trackingNumber: string | null;
  courierCompany: string | null;
  waybill: string | null;
}

/** The channel (its label says channel or method), the tracking number, `warning`, the courier. */
export function TravelFacts({
  label,
  channel,
  entry: e,
  warning,
}: {
  label: string;
  channel: Channel;
  entry: Travel;
  warning?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Fact label={t(label)}>{t(CHANNEL_KEYS[channel])}</Fact>
      <Fact label={t('mailroom.fields.trackingNumber')} mono>
        {e.trackingNumber}
      </Fact>
      {warning}
      {(e.courierCompany || e.waybill) && (
        <>
          <Fact label={t('mailroom.fields.courierCompany')}>{e.courierCompany}</Fact>
          <Fact label={t('mailroom.fields.waybill')} mono>
            {e.waybill}
          </Fact>
        </>
      )}
    </>
  );
}

export function RegisteredByFact({ by, at }: { by: string; at: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Fact label={t('mailroom.record.registeredBy')}>
      {t('mailroom.record.registeredByLine', { by, at: formatDateTime(at, i18n.language) })}
    </Fact>
  );
}
