import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** Settings → screen lock: everyone sees the idle-lock time, the administrator changes it. */
export function SecuritySection() {
  const { t } = useTranslation();
  const { can, setIdleLockSeconds } = useAuth();
  const settings = useCall('security.settings', {});
  const inputId = useId();
  const hintId = useId();
  const errId = useId();
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();
  const [saved, setSaved] = useState(false);
  const editable = can('security.setIdleLock');

  useEffect(() => {
    if (settings.data) setMinutes(String(settings.data.idleLockMinutes));
  }, [settings.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 240) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setFailure(undefined);
    setSaved(false);
    try {
      const r = await api.call('security.setIdleLock', { minutes: n });
      setIdleLockSeconds(r.idleLockSeconds);
      setSaved(true);
    } catch (err) {
      setFailure(toPayload(err));
    }
  };

  return (
    <section className="card" aria-labelledby="settings-security">
      <h2 id="settings-security">{t('settings.security.title')}</h2>
      {settings.error && <ErrorMessage error={settings.error} />}
      {settings.data && !editable && (
        <p>{t('settings.security.current', { count: settings.data.idleLockMinutes })}</p>
      )}
      {settings.data && editable && (
        <form className="form form-inline" noValidate onSubmit={(e) => void save(e)}>
          <div className="field">
            <label htmlFor={inputId}>{t('settings.security.minutes')}</label>
            <input
              id={inputId}
              type="number"
              min={1}
              max={240}
              step={1}
              inputMode="numeric"
              className="input-short"
              value={minutes}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${hintId} ${errId}` : hintId}
              onChange={(e) => setMinutes(e.target.value)}
            />
            <p className="field-hint" id={hintId}>
              {t('settings.security.hint')}
            </p>
            {invalid && (
              <p className="field-error" id={errId} role="alert">
                {t('settings.security.invalid')}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary">
              {t('common.save')}
            </button>
          </div>
          {failure && <ErrorMessage error={failure} />}
          {saved && (
            <p className="alert alert-ok" role="status">
              {t('common.saved')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
