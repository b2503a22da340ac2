// Settings → backups (administrators): the daily encrypted backup to a folder (a network share is
// typical), how many to keep and from which hour; a backup now; the list, and restore after a
// confirmation that says everyone will be signed out.
import { HeadTable } from '../../app/HeadTable';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BackupFile, BackupStatus as BackupStatusView } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { useCall } from '../../api/hooks';
import { useAuth } from '../../auth/context';
import { TextInput } from '../../ui/form';
import { SaveFooter, useSaved } from '../../ui/SaveFooter';
import { SmallButton } from '../../ui/SmallButton';
import { BusyButton } from '../../ui/BusyButton';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../ui/JobProgress';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../format/dates';
import { formatBytes } from './format';

const formSchema = z
  .strictObject({
    enabled: z.boolean(),
    folder: z.string().trim().max(1000),
    keep: z.number().int().min(1).max(365),
    hour: z.number().int().min(0).max(23),
  })
  .refine((v) => !v.enabled || v.folder.length > 0, { path: ['folder'], message: 'required' });
type FormValues = z.input<typeof formSchema>;

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function BackupsSection() {
  const { t } = useTranslation();
  const status = useCall('backup.status', {});
  const list = useCall('backup.list', {});
  const refresh = () => {
    status.reload();
    list.reload();
  };
  return (
    <section className="card" aria-labelledby="settings-backups" data-testid="backups-section">
      <h2 id="settings-backups">{t('settings.backups.title')}</h2>
      <p className="muted">{t('settings.backups.lead')}</p>
      <BackupSchedule onSaved={refresh} />
      <h3>{t('settings.backups.statusTitle')}</h3>
      {status.error && <ErrorMessage error={status.error} />}
      {status.data && <BackupStatus status={status.data} />}
      <RunNow onDone={refresh} />
      <h3 id="backup-list-title">{t('settings.backups.listTitle')}</h3>
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && <BackupList backups={list.data} />}
    </section>
  );
}

function BackupSchedule({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const settings = useCall('backup.settings', {});
  const { saved, failure, save } = useSaved();
  const enabledId = useId();
  const hourId = useId();
  const mayWrite = can('backup.configure');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { enabled: false, folder: '', keep: 14, hour: 18 },
  });

  useEffect(() => {
    if (settings.data) reset({ ...settings.data, folder: settings.data.folder ?? '' });
  }, [settings.data, reset]);

  const submit = handleSubmit((v) =>
    save(async () => {
      const r = await api.call('backup.configure', { ...v, folder: v.folder ? v.folder : null });
      reset({ ...r, folder: r.folder ?? '' });
      onSaved();
    }),
  );

  // The form appears once the stored schedule is in: an editable form shown before that would be
  // reset under the administrator's fingers when the settings arrive.
  if (!settings.data) return settings.error ? <ErrorMessage error={settings.error} /> : null;
  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-label={t('settings.backups.schedule')}
      >
        <div className="check">
          <input id={enabledId} type="checkbox" disabled={!mayWrite} {...register('enabled')} />
          <label htmlFor={enabledId}>{t('settings.backups.enabled')}</label>
        </div>
        <TextInput
          label={t('settings.backups.folder')}
          hint={t('settings.backups.folderHint')}
          error={errors.folder && t('settings.backups.folderRequired')}
          className="field-wide"
          placeholder={'\\\\server\\share\\privacy-desk'}
          readOnly={!mayWrite}
          registration={register('folder')}
        />
        <div className="field-row">
          <TextInput
            label={t('settings.backups.keep')}
            hint={t('settings.backups.keepHint')}
            error={errors.keep && t('settings.backups.keepInvalid')}
            type="number"
            min={1}
            max={365}
            inputMode="numeric"
            className="field-short"
            readOnly={!mayWrite}
            registration={register('keep', { valueAsNumber: true })}
          />
          <div className="field field-short">
            <label htmlFor={hourId}>{t('settings.backups.hour')}</label>
            <select id={hourId} disabled={!mayWrite} {...register('hour', { valueAsNumber: true })}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {`${String(h).padStart(2, '0')}:00`}
                </option>
              ))}
            </select>
            <p className="field-hint">{t('settings.backups.hourHint')}</p>
          </div>
        </div>
        <SaveFooter mayWrite={mayWrite} busy={isSubmitting} saved={saved} failure={failure} />
      </form>
    </>
  );
}

function BackupStatus({ status: st }: { status: BackupStatusView }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <dl className="facts facts-wide" data-testid="backup-status">
      <dt>{t('settings.backups.lastSuccess')}</dt>
      <dd>{st.lastSuccessAt ? formatDateTime(st.lastSuccessAt, lng) : t('settings.backups.never')}</dd>
      {st.failing && st.lastFailureAt && (
        <>
          <dt>{t('settings.backups.lastFailure')}</dt>
          <dd className="text-bad">
            {formatDateTime(st.lastFailureAt, lng)}
            {st.lastError && ` · ${t(`errors.${st.lastError}`, { defaultValue: st.lastError })}`}
          </dd>
        </>
      )}
      <dt>{t('settings.backups.nextDue')}</dt>
      <dd>{st.nextDueAt ? formatDateTime(st.nextDueAt, lng) : t('settings.backups.notScheduled')}</dd>
    </dl>
  );
}

function RunNow({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const job = useJob();
  const [made, setMade] = useState<BackupFile>();
  const runNow = async () => {
    setMade(undefined);
    setMade(await job.run('backup.runNow', {}));
    onDone();
  };
  return (
    <>
      {can('backup.configure') && (
        <div className="actions">
          <BusyButton run={runNow} busy={job.running} testId="backup-run-now">
            {job.running ? t('settings.backups.running') : t('settings.backups.runNow')}
          </BusyButton>
        </div>
      )}
      <JobProgress job={job} testId="backup-job" />
      {job.error && <ErrorMessage error={job.error} />}
      {made && (
        <p className="alert alert-ok" role="status">
          {t('settings.backups.made', { name: made.name, size: formatBytes(made.bytes, i18n.language) })}
        </p>
      )}
    </>
  );
}

function BackupList({ backups }: { backups: readonly BackupFile[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { can } = useAuth();
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const mayRestore = can('backup.restore');
  if (backups.length === 0) return <p className="muted">{t('settings.backups.empty')}</p>;
  return (
    <>
      <HeadTable
        className="data-table"
        aria-labelledby="backup-list-title"
        data-testid="backup-list"
        head={[
          t('settings.backups.col.file'),
          t('settings.backups.col.at'),
          { label: t('settings.backups.col.size'), className: 'num' },
          mayRestore && t('settings.users.col.actions'),
        ]}
      >
        {backups.map((b) => (
          <tr key={b.name} data-backup={b.name}>
            <td className="path">{b.name}</td>
            <td>{formatDateTime(b.at, lng)}</td>
            <td className="num">{formatBytes(b.bytes, lng)}</td>
            {mayRestore && (
              <td className="cell-actions">
                <SmallButton
                  label={t('settings.backups.restore')}
                  ariaLabel={t('settings.backups.restoreFor', { name: b.name })}
                  onClick={() => setRestoring(b)}
                />
              </td>
            )}
          </tr>
        ))}
      </HeadTable>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}

function RestoreDialog({ backup, onClose }: { backup: BackupFile; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { sessionEnded } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();

  const restore = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.call('backup.restore', { name: backup.name, confirm: true });
      sessionEnded('restored');
    } catch (e) {
      setFailure(toPayload(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t('settings.backups.restoreTitle')}
      onClose={onClose}
      onSubmit={() => void restore()}
      className="dialog-danger"
      actions={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy} aria-busy={busy}>
            {busy ? t('settings.backups.restoring') : t('settings.backups.restoreSubmit')}
          </button>
        </>
      }
    >
      <p>
        {t('settings.backups.restoreText', {
          name: backup.name,
          at: formatDateTime(backup.at, i18n.language),
        })}
      </p>
      <div className="alert alert-warn">
        <p>{t('settings.backups.restoreWarning')}</p>
      </div>
      {failure && (
        <>
          <ErrorMessage error={failure} />
          <p>{t('settings.backups.restoreUntouched')}</p>
        </>
      )}
    </Dialog>
  );
}
