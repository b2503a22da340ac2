// The requests' own settings on the deadline-rules page (how long closed requests are kept).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextInput } from '../../ui/fields';
import { ErrorMessage } from '../../ui/ErrorMessage';

const settingsForm = z.strictObject({ retentionDays: z.number().int().min(0).max(3650) });
type SettingsForm = z.infer<typeof settingsForm>;

export function RequestSettingsSection() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const settings = useCall('requests.settings', {});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();
  const mayWrite = can('requests.setSettings');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SettingsForm>({ resolver: zodResolver(settingsForm), defaultValues: { retentionDays: 30 } });

  useEffect(() => {
    if (settings.data) reset(settings.data);
  }, [settings.data, reset]);

  const save = handleSubmit(async (v) => {
    setSaved(false);
    setFailure(undefined);
    try {
      reset(await api.call('requests.setSettings', v));
      setSaved(true);
    } catch (e) {
      setFailure(toPayload(e));
    }
  });

  return (
    <section className="card" aria-labelledby="request-settings" data-testid="request-settings">
      <h2 id="request-settings">{t('rulesAdmin.settingsTitle')}</h2>
      {settings.error && <ErrorMessage error={settings.error} />}
      <form className="form-inline" noValidate onSubmit={(e) => void save(e)}>
        <TextInput
          label={t('rulesAdmin.retention')}
          hint={t('rulesAdmin.retentionHint')}
          error={errors.retentionDays && t('rulesAdmin.retentionInvalid')}
          type="number"
          min={0}
          max={3650}
          inputMode="numeric"
          className="field-short"
          readOnly={!mayWrite}
          registration={register('retentionDays', { valueAsNumber: true })}
        />
        {mayWrite && (
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={isSubmitting}>
              {t('common.save')}
            </button>
          </div>
        )}
        {failure && <ErrorMessage error={failure} />}
        {saved && (
          <p className="alert alert-ok" role="status">
            {t('common.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
