import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../common/sync/status';
import { formatDateTime, formatLongDate, formatTime } from '../format/dates';
import { useNow } from '../format/useNow';
import { useOnline, useStatus } from './status';

type Tone = 'ok' | 'warn' | 'bad' | 'idle';

const SYNC_TONE: Record<SyncState, Tone> = {
  not_configured: 'idle',
  offline: 'idle',
  syncing: 'idle',
  up_to_date: 'ok',
  unreachable: 'warn',
  server_error: 'warn',
  cert_untrusted: 'bad',
  unauthorized: 'bad',
};

function syncTone(state: string, needsAttention: number): Tone {
  if (needsAttention > 0) return 'warn';
  return SYNC_TONE[state as SyncState] ?? 'idle';
}

function Item({ tone, label, value, testId }: { tone: Tone; label: string; value: string; testId: string }) {
  return (
    <li className={`status-item status-${tone}`} data-testid={testId}>
      <span className="status-dot" aria-hidden="true" />
      <span className="status-label">{label}:</span> <span className="status-value">{value}</span>
    </li>
  );
}

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { status, error } = useStatus();
  const online = useOnline();
  const now = useNow(15_000);
  const lng = i18n.language;

  const db: { tone: Tone; value: string } = error
    ? { tone: 'bad', value: t('status.db.unreachable') }
    : !status
      ? { tone: 'idle', value: t('status.db.checking') }
      : status.db === 'open'
        ? { tone: 'ok', value: t('status.db.open') }
        : { tone: 'bad', value: t('status.db.closed') };

  const sync = status?.sync;
  const syncState = sync ? t(`status.syncState.${sync.state}`, { defaultValue: sync.state }) : '…';
  const pending = sync ? String(sync.pending) : '…';

  return (
    <footer className="statusbar" aria-label={t('status.label')}>
      <ul className="status-items">
        <Item tone={db.tone} label={t('status.db.label')} value={db.value} testId="status-db" />
        <Item
          tone={online ? 'ok' : 'warn'}
          label={t('status.network.label')}
          value={online ? t('status.network.online') : t('status.network.offline')}
          testId="status-network"
        />
        <Item
          tone={sync ? syncTone(sync.state, sync.needsAttention) : 'idle'}
          label={t('status.sync.label')}
          value={syncState}
          testId="status-sync"
        />
        <Item
          tone={sync && sync.pending > 0 ? 'warn' : 'idle'}
          label={t('status.pending.label')}
          value={pending}
          testId="status-pending"
        />
        {sync && sync.needsAttention > 0 && (
          <Item
            tone="bad"
            label={t('status.attention.label')}
            value={String(sync.needsAttention)}
            testId="status-attention"
          />
        )}
        {sync?.lastSyncAt && (
          <Item
            tone="idle"
            label={t('status.lastSync.label')}
            value={formatDateTime(sync.lastSyncAt, lng)}
            testId="status-last-sync"
          />
        )}
      </ul>
      <p className="status-clock" title={t('status.clock.hint')}>
        <span className="status-label">{t('status.clock.label')}:</span>{' '}
        <time dateTime={now.toISOString()}>
          {formatLongDate(now, lng)}, {formatTime(now, lng)}
        </time>
      </p>
    </footer>
  );
}
