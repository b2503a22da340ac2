// Entries that look like the letter being registered (same tracking number, or same sender, day
// and summary), shown before the clerk confirms a second registration.
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../common/contract/mailroom';
import { formatDate } from '../../format/dates';
import { DUPLICATE_REASON_KEYS, INCOMING_STATUS_KEYS } from './vocab';

export function DuplicateList({ matches }: { matches: DuplicateMatch[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="mr-simple-table" data-testid="duplicate-matches">
      <thead>
        <tr>
          <th scope="col">{t('mailroom.fields.incomingNo')}</th>
          <th scope="col">{t('mailroom.fields.receivedDate')}</th>
          <th scope="col">{t('mailroom.fields.senderName')}</th>
          <th scope="col">{t('mailroom.fields.summary')}</th>
          <th scope="col">{t('mailroom.duplicates.why')}</th>
        </tr>
      </thead>
      <tbody>
        {matches.map((m) => (
          <tr key={m.id}>
            <td className="mr-mono">{m.incomingNo}</td>
            <td>{formatDate(m.receivedAt, i18n.language)}</td>
            <td>{m.sender.name}</td>
            <td className="mr-clip">{m.summary}</td>
            <td>
              {m.reasons
                .map((r) => t(DUPLICATE_REASON_KEYS[r] ?? 'mailroom.duplicates.reason.sender_date_summary'))
                .join('; ')}
              {m.status !== 'registered' && (
                <span className="muted"> · {t(INCOMING_STATUS_KEYS[m.status])}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
