// Settings → this computer (administrators): where the shared data lives, an old per-user database
// waiting for a decision (never resolved by the app), the log folder, and updates.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateCheck } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function MachineSection() {
  const { t } = useTranslation();
  const status = useCall('machine.status', {});
  const [logPath, setLogPath] = useState<{ path: string | null; opened: boolean }>();
  const [update, setUpdate] = useState<UpdateCheck>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();
  const s = status.data;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await fn();
    } catch (e) {
      setFailure(toPayload(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-machine" data-testid="machine-section">
      <h2 id="settings-machine">{t('settings.machine.title')}</h2>
      {status.error && <ErrorMessage error={status.error} />}
      {s && (s.migration.state === 'conflict' || s.migration.state === 'failed') && (
        <div className="card-alert" role="alert" data-testid="migration-attention">
          <p>{t(`settings.machine.migration.${s.migration.state}`)}</p>
          <dl className="facts facts-wide">
            <dt>{t('settings.machine.migration.old')}</dt>
            <dd className="path">{s.migration.legacyDbFile}</dd>
            <dt>{t('settings.machine.migration.current')}</dt>
            <dd className="path">{s.migration.dbFile}</dd>
          </dl>
        </div>
      )}
      {s?.migration.state === 'moved' && (
        <p data-testid="migration-moved">{t('settings.machine.migration.moved')}</p>
      )}
      {s && (
        <dl className="facts facts-wide">
          <dt>{t('settings.machine.dataDir')}</dt>
          <dd className="path">{s.dataDir}</dd>
          <dt>{t('settings.machine.dataDirSource')}</dt>
          <dd>{t(`settings.machine.sources.${s.dataDirSource}`)}</dd>
          <dt>{t('settings.machine.logDir')}</dt>
          <dd className="path">{s.logDir ?? '—'}</dd>
        </dl>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => setLogPath(await api.call('machine.openLogFolder', {})))}
        >
          {t('settings.machine.openLogs')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => setUpdate(await api.call('machine.checkForUpdates', {})))}
        >
          {t('settings.machine.checkUpdates')}
        </button>
      </div>
      {logPath && !logPath.opened && (
        <p data-testid="log-path">{t('settings.machine.logPathOnly', { path: logPath.path ?? '—' })}</p>
      )}
      {update && (
        <p role="status" data-testid="update-result">
          {t(`settings.machine.update.${update.state}`, {
            version: update.version ?? '',
            current: update.currentVersion,
          })}
        </p>
      )}
      {failure && <ErrorMessage error={failure} />}
    </section>
  );
}
