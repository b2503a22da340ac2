// First start: no database yet (or one without accounts). Create it together with the first
// administrator, then show the recovery key once — printable, and the administrator must confirm
// having written it down before the app opens (signed in as that administrator).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { TextInput } from '../../ui/form';
import { SubmitRow } from '../../ui/SubmitButton';
import { NewPasswordFields, UsernameInput } from '../../auth/NewPasswordFields';
import { setupFormSchema, type SetupForm } from '../../auth/schemas';
import { setSessionToken } from '../../auth/session-token';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Icon } from '../../ui/Icon';
import { formatDateTime } from '../../format/dates';
import { Screen, ScreenCard, type StateScreenProps } from './Screen';

export function SetupScreen({ state, onReady, onRecheck }: StateScreenProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorPayload>();
  const [created, setCreated] = useState<{ recoveryKey: string; state: AppState; at: Date }>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SetupForm>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: { username: '', displayName: '', password: '', confirmPassword: '' },
  });

  const submit = handleSubmit(async ({ username, displayName, password }) => {
    setError(undefined);
    try {
      const r = await api.call('app.setup', { admin: { username, displayName, password } });
      setSessionToken(r.sessionToken);
      // A database made with `privacy-desk db init` already has its key: nothing to show.
      if (r.recoveryKey) setCreated({ recoveryKey: r.recoveryKey, state: r.state, at: new Date() });
      else onReady(r.state);
    } catch (e) {
      setError(toPayload(e));
    }
  });

  if (created)
    return (
      <RecoveryKeyStep
        recoveryKey={created.recoveryKey}
        createdAt={created.at}
        state={created.state}
        onDone={() => onReady(created.state)}
      />
    );

  return (
    <ScreenCard testId="screen-setup" titleId="setup-title" title={t('setup.title')}>
      {/* A database made with `privacy-desk db init` is open already but has no accounts. */}
      <p>{state.schemaVersion === undefined ? t('setup.intro') : t('setup.introNoAccounts')}</p>
      <ul className="plain-list">
        <li>{t('setup.point.encrypted')}</li>
        <li>{t('setup.point.recoveryKey')}</li>
        <li>{t('setup.point.offline')}</li>
      </ul>
      <p className="muted">
        {t('setup.dataDir')}: <span className="path">{state.dataDir}</span>
      </p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="setup-admin-title">
        <h2 id="setup-admin-title">{t('setup.admin.title')}</h2>
        <p className="muted">{t('setup.admin.text')}</p>
        <UsernameInput
          hint={t('account.usernameHint')}
          error={errors.username && t('account.errors.username')}
          autoComplete="username"
          registration={register('username')}
        />
        <TextInput
          label={t('account.displayName')}
          hint={t('account.displayNameHint')}
          error={errors.displayName && t('account.errors.displayName')}
          autoComplete="name"
          registration={register('displayName')}
        />
        <NewPasswordFields
          label={t('account.password')}
          password={register('password')}
          confirm={register('confirmPassword')}
          passwordInvalid={Boolean(errors.password)}
          confirmInvalid={Boolean(errors.confirmPassword)}
        />
        <SubmitRow
          failure={error && <ErrorMessage error={error} />}
          busy={isSubmitting}
          label={isSubmitting ? t('setup.creating') : t('setup.create')}
        >
          {error?.code === 'DB_EXISTS' && (
            <button type="button" className="button" onClick={onRecheck}>
              {t('common.retry')}
            </button>
          )}
        </SubmitRow>
      </form>
    </ScreenCard>
  );
}

function RecoveryKeyStep({
  recoveryKey,
  createdAt,
  state,
  onDone,
}: {
  recoveryKey: string;
  createdAt: Date;
  state: AppState;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const checkId = useId();
  const groups = recoveryKey.split('-');

  // The key cannot be shown again: ask before the window is closed or reloaded.
  useEffect(() => {
    if (confirmed) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [confirmed]);

  return (
    <Screen testId="screen-recovery-key" wide>
      <form
        className="card screen-card"
        aria-labelledby="rk-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmed) onDone();
        }}
      >
        <div className="print-area">
          <h1 id="rk-title">{t('recovery.title')}</h1>
          <p className="print-only">
            {t('app.title')} · {t('app.company')}
          </p>
          <div className="alert alert-warn no-print">
            <p>{t('recovery.once')}</p>
          </div>
          <p className="recovery-key" data-testid="recovery-key" aria-label={t('recovery.title')}>
            {groups.map((g, i) => (
              <span className="recovery-key-group" key={i}>
                {g}
                {i < groups.length - 1 && <span className="recovery-key-sep">-</span>}
              </span>
            ))}
          </p>
          <p>{t('recovery.keep')}</p>
          <dl className="facts">
            <dt>{t('recovery.createdAt')}</dt>
            <dd>{formatDateTime(createdAt, i18n.language)}</dd>
            <dt>{t('about.dataDir')}</dt>
            <dd className="path">{state.dataDir}</dd>
          </dl>
        </div>
        <div className="no-print">
          <div className="actions">
            <button type="button" className="button" onClick={() => window.print()}>
              <Icon name="print" /> {t('recovery.print')}
            </button>
          </div>
          <div className="check">
            <input
              id={checkId}
              type="checkbox"
              required
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor={checkId}>{t('recovery.confirm')}</label>
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={!confirmed}>
              {t('recovery.continue')}
            </button>
          </div>
        </div>
      </form>
    </Screen>
  );
}
