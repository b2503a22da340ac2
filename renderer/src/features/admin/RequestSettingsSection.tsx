// The requests' own settings on the deadline-rules page (how long closed requests are kept).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextInput } from '../../ui/form';
import { SaveFooter, useSaved } from '../../ui/SaveFooter';
import { ErrorMessage } from '../../ui/ErrorMessage';

const settingsForm = z.strictObject({ retentionDays: z.number().int().min(0).max(3650) });
type SettingsForm = z.infer<typeof settingsForm>;

export function RequestSettingsSection() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const settings = useCall('requests.settings', {});
  const { saved, failure, save: saving } = useSaved();
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

  const save = handleSubmit((v) => saving(async () => reset(await api.call('requests.setSettings', v))));

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
        <SaveFooter mayWrite={mayWrite} busy={isSubmitting} saved={saved} failure={failure} />
      </form>
    </section>
  );
}
