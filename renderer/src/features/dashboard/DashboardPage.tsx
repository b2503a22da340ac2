import { useTranslation } from 'react-i18next';
import { useStatus } from '../../app/status';
import { Icon } from '../../ui/Icon';
import { Page } from '../../ui/Page';
import { formatDateTime, formatLongDateWeekday, formatTime } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { useNavPages } from '../../app/pages/visible';
import { DeadlineBoard } from './DeadlineBoard';
import { SetupChecklist } from './SetupChecklist';
import { BreachBoard } from '../breaches';
import { useAuth } from '../../auth/context';
import { BackupWarning } from '../settings';
import { MigrationWarning } from '../settings';
import type { PageComponentProps } from '../../app/pages/types';

export function DashboardPage(_props: PageComponentProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const now = useNow(30_000);
  const { status } = useStatus();
  const sync = status?.sync;
  const pages = useNavPages();
  const { can } = useAuth();

  return (
    <Page title={t('nav.dashboard')} lead={t('pages.dashboard.lead')}>
      <MigrationWarning />
      <BackupWarning />
      <SetupChecklist />
      <DeadlineBoard />
      {can('breaches.list') && <BreachBoard />}
      <div className="cards">
        <section className="card" aria-labelledby="dash-today">
          <h2 id="dash-today">{t('pages.dashboard.today.title')}</h2>
          <p className="card-big" data-testid="dashboard-today">
            {formatLongDateWeekday(now, lng)}
          </p>
          <p>{t('pages.dashboard.today.time', { time: formatTime(now, lng) })}</p>
          <p className="muted">{t('pages.dashboard.today.note')}</p>
        </section>

        <section className="card" aria-labelledby="dash-db">
          <h2 id="dash-db">
            <Icon name="database" /> {t('pages.dashboard.db.title')}
          </h2>
          <dl className="facts">
            <dt>{t('status.db.label')}</dt>
            <dd>
              {!status
                ? t('status.db.checking')
                : status.db === 'open'
                  ? t('status.db.open')
                  : t('status.db.closed')}
            </dd>
            <dt>{t('status.sync.label')}</dt>
            <dd>{sync ? t(`status.syncState.${sync.state}`, { defaultValue: sync.state }) : '…'}</dd>
            <dt>{t('status.pending.label')}</dt>
            <dd>{sync ? sync.pending : '…'}</dd>
            <dt>{t('status.lastSync.label')}</dt>
            <dd>{sync?.lastSyncAt ? formatDateTime(sync.lastSyncAt, lng) : t('status.lastSync.never')}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="dash-keys">
          <h2 id="dash-keys">
            <Icon name="keyboard" /> {t('pages.dashboard.keyboard.title')}
          </h2>
          <p>{t('pages.dashboard.keyboard.text', { last: pages.length })}</p>
        </section>
      </div>
    </Page>
  );
}
