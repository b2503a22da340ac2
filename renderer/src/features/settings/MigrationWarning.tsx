// The dashboard's warning for the administrator while an old per-user database waits for a
// decision (both exist, or it could not be moved): the app never resolves that by itself.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { useAuth } from '../../auth/context';
import { AlertCard } from './AlertCard';

export function MigrationWarning() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const status = useCall('machine.status', {}, { enabled: can('machine.status') });
  const state = status.data?.migration.state;
  if (state !== 'conflict' && state !== 'failed') return null;
  return (
    <AlertCard id="dash-migration" testId="migration-warning" title={t('settings.machine.title')}>
      <p>{t(`settings.machine.migration.${state}`)}</p>
      <p>
        <a href={href('settings')}>{t('settings.machine.openSettings')}</a>
      </p>
    </AlertCard>
  );
}
