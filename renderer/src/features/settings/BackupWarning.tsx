// The dashboard's warning while backups are failing: shown until a later backup succeeds.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { formatDateTime } from '../../format/dates';
import { AlertCard } from './AlertCard';

export function BackupWarning() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const status = useCall('backup.status', {}, { pollMs: 60_000, enabled: can('backup.status') });
  const st = status.data;
  if (!st?.failing) return null;
  return (
    <AlertCard id="dash-backup" testId="backup-failing" title={t('pages.dashboard.backup.title')}>
      <p>
        {t('pages.dashboard.backup.text', {
          at: st.lastFailureAt ? formatDateTime(st.lastFailureAt, i18n.language) : '—',
        })}
      </p>
      {st.lastError && <p className="muted">{t(`errors.${st.lastError}`, { defaultValue: st.lastError })}</p>}
      <p>
        {st.lastSuccessAt
          ? t('pages.dashboard.backup.lastSuccess', { at: formatDateTime(st.lastSuccessAt, i18n.language) })
          : t('pages.dashboard.backup.noneYet')}
      </p>
      {can('backup.configure') ? (
        <p>
          <a href={href('settings')}>{t('pages.dashboard.backup.open')}</a>
        </p>
      ) : (
        <p className="muted">{t('pages.dashboard.backup.tellAdmin')}</p>
      )}
    </AlertCard>
  );
}
