// #/breaches: the register, open breaches first with the day the authorized body must be notified.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { countdownText, formatDay } from '../requests';
import { breachStateName, categoryName } from './vocab';

export function BreachList() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const list = useCall('breaches.list', {});
  return (
    <Page
      title={t('nav.breaches')}
      lead={t('breach.lead')}
      actions={
        can('breaches.open') && (
          <a className="button button-primary" href={href('breaches', 'new')} data-testid="breach-new">
            {t('breach.new')}
          </a>
        )
      }
    >
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p className="muted">{t('breach.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table" data-testid="breach-list">
          <thead>
            <tr>
              <th>{t('breach.fields.number')}</th>
              <th>{t('breach.fields.detectedOn')}</th>
              <th>{t('breach.fields.due')}</th>
              <th>{t('breach.fields.state')}</th>
              <th>{t('breach.fields.categories')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((b) => (
              <tr key={b.id} data-testid="breach-row" data-id={b.id}>
                <td>
                  <a href={href('breaches', b.id)}>{b.id}</a>
                </td>
                <td>{formatDay(b.detectedOn, i18n.language)}</td>
                <td data-status={b.deadlineStatus}>
                  {formatDay(b.due, i18n.language)} · {countdownText(t, b.daysLeft, b.deadlineStatus)}
                </td>
                <td>{breachStateName(t, b.state)}</td>
                <td>{b.categories.map((c) => categoryName(t, c)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
