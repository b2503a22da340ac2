// Requests falling due, seen from anywhere in the app: the number of overdue and due-today
// requests for the sidebar badge, and a Windows notification (the web Notification API, which
// Electron shows as a toast) for the staff who act on them, at most a few a day (due-alerts.ts).
// The notification carries counts only: no names, nothing personal on the lock screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/hooks';
import { useAuth } from '../auth/context';
import { decideAlert, parseAlertLog } from './due-alerts';

const POLL_MS = 5 * 60_000;
const LOG_KEY = 'privacy-desk.due-alerts.';

async function notify(title: string, body: string): Promise<void> {
  if (typeof Notification === 'undefined') return;
  if (Notification.permission === 'default') await Notification.requestPermission();
  if (Notification.permission !== 'granted') return;
  // One tag: a newer toast replaces the older one instead of stacking up.
  new Notification(title, { body, tag: 'privacy-desk-due' });
}

/** Overdue + due today for the badge (null while unknown or when the role has no requests). */
export function useDueAlerts(): number | null {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const sees = !!user && can('requests.list');
  const acts = !!user && can('requests.decide');
  const { data } = useCall('requests.dashboard', {}, { pollMs: POLL_MS, enabled: sees });

  useEffect(() => {
    if (!acts || !data || !user) return;
    const key = LOG_KEY + user.username;
    const d = decideAlert(parseAlertLog(localStorage.getItem(key)), {
      day: data.today,
      overdue: data.totals.overdue,
      dueToday: data.totals.dueToday,
    });
    localStorage.setItem(key, JSON.stringify(d.log));
    if (d.notify)
      void notify(
        t('dueAlerts.title'),
        t('dueAlerts.body', { overdue: d.notify.overdue, dueToday: d.notify.dueToday }),
      );
  }, [acts, data, user, t]);

  return sees && data ? data.totals.overdue + data.totals.dueToday : null;
}
