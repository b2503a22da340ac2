// On the dashboard, next to the requests: open breaches and the day the authorized body must be
// notified (Art. 25 p.2(8)). Shown to the roles that may read the register.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { countdownText, formatDay } from '../requests';

const POLL_MS = 60_000;

export function BreachBoard() {
  const { t, i18n } = useTranslation();
  const list = useCall('breaches.list', { running: true }, { pollMs: POLL_MS });
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="dash-breaches" data-testid="dashboard-breaches">
      <h2 id="dash-breaches">{t('breach.dashboardTitle')}</h2>
      <ul className="mr-plain">
        {items.map((b) => (
          <li
            key={b.id}
            data-testid="dashboard-breach"
            data-id={b.id}
            data-due={b.due}
            data-status={b.deadlineStatus}
          >
            <a href={href('breaches', b.id)}>{b.id}</a> ·{' '}
            {t('breach.notifyBy', { date: formatDay(b.due, i18n.language) })} ·{' '}
            {countdownText(t, b.daysLeft, b.deadlineStatus)}
          </li>
        ))}
      </ul>
    </section>
  );
}
