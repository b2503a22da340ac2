// Settings → sync with the central system, for the administrator (until now the CLI's alone): the
// central address, the desk's token (write-only: the screen says only whether one is stored),
// on or paused, the last result and "sync now". Each save is one sync.configure call, which
// commits with its audit entry in the core.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { formatDateTime } from '../../format/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InputField } from '../../ui/form';
import { SaveFooter, useSaved } from '../../ui/SaveFooter';
import { useAction } from '../../ui/useAction';

export function SyncSection() {
  const { t, i18n } = useTranslation();
  const settings = useCall('sync.settings', {});
  const status = useCall('sync.status', {});
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [enabled, setEnabled] = useState(true);
  const { saved, failure, save: saving } = useSaved();
  const action = useAction();
  const runNow = () =>
    void action.run(async () => {
      await api.call('sync.runNow', {});
      status.reload();
    });

  useEffect(() => {
    if (!settings.data) return;
    setUrl(settings.data.centralUrl ?? '');
    setEnabled(settings.data.enabled);
  }, [settings.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    await saving(async () => {
      await api.call('sync.configure', {
        centralUrl: url.trim() || null,
        enabled,
        ...(token ? { token } : {}),
      });
      setToken('');
      settings.reload();
      status.reload();
    });
  };

  const s = status.data;
  return (
    <section className="card" aria-labelledby="settings-sync" data-testid="settings-sync">
      <h2 id="settings-sync">{t('settings.sync.title')}</h2>
      {settings.error && <ErrorMessage error={settings.error} />}
      {s && (
        <dl className="facts" data-testid="sync-last-result">
          <dt>{t('settings.sync.state')}</dt>
          <dd>
            {s.lastError === 'paused'
              ? t('settings.sync.paused')
              : t(`status.syncState.${s.state}`, { defaultValue: s.state })}
          </dd>
          <dt>{t('settings.sync.lastSync')}</dt>
          <dd>{s.lastSyncAt ? formatDateTime(s.lastSyncAt, i18n.language) : t('status.lastSync.never')}</dd>
          <dt>{t('settings.sync.pending')}</dt>
          <dd>{s.pending}</dd>
        </dl>
      )}
      {settings.data && (
        <form className="form" noValidate onSubmit={(e) => void save(e)}>
          <InputField
            label={t('settings.sync.url')}
            hint={t('settings.sync.urlHint')}
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={url}
            onChange={setUrl}
          />
          <InputField
            label={t('settings.sync.token')}
            hint={settings.data.tokenSet ? t('settings.sync.tokenSet') : t('settings.sync.tokenMissing')}
            type="password"
            autoComplete="new-password"
            value={token}
            onChange={setToken}
          />
          <label className="check">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {t('settings.sync.enabled')}
          </label>
          <SaveFooter mayWrite saved={saved} failure={failure} />
        </form>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={action.busy} onClick={runNow}>
          {t('settings.sync.runNow')}
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </section>
  );
}
