import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InputField } from '../../ui/form';
import { SaveFooter, useSaved } from '../../ui/SaveFooter';

/** Settings → screen lock: everyone sees the idle-lock time, the administrator changes it. */
export function SecuritySection() {
  const { t } = useTranslation();
  const { can, setIdleLockSeconds } = useAuth();
  const settings = useCall('security.settings', {});
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  const { saved, failure, save: saving } = useSaved();
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
    await saving(async () => {
      const r = await api.call('security.setIdleLock', { minutes: n });
      setIdleLockSeconds(r.idleLockSeconds);
    });
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
          <InputField
            label={t('settings.security.minutes')}
            hint={t('settings.security.hint')}
            error={invalid ? t('settings.security.invalid') : undefined}
            type="number"
            min={1}
            max={240}
            step={1}
            inputMode="numeric"
            className="input-short"
            value={minutes}
            onChange={setMinutes}
          />
          <SaveFooter mayWrite saved={saved} failure={failure} />
        </form>
      )}
    </section>
  );
}
