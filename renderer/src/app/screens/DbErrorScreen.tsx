// The database exists but cannot be opened. A key problem (wrong key, key missing or unreadable)
// offers the recovery-key path; a damaged file points to restoring a backup.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT, type AppState } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { translateError } from '../../ui/errors';
import { Screen } from './Screen';

const ADVICE: Record<string, string> = {
  DB_CORRUPT: 'errorScreen.advice.corrupt',
  DB_NOT_PRIVACY_DESK: 'errorScreen.advice.notPrivacyDesk',
  DB_TOO_NEW: 'errorScreen.advice.tooNew',
  DB_LOCKED: 'errorScreen.advice.locked',
  DB_NOT_FOUND: 'errorScreen.advice.notFound',
};

export function DbErrorScreen({
  state,
  onReady,
  onRecheck,
}: {
  state: AppState;
  onReady: (s: AppState) => void;
  onRecheck: () => void;
}) {
  const { t } = useTranslation();
  const error: ErrorPayload = state.error ?? { code: 'DB_NOT_OPEN', messageKey: 'errors.DB_NOT_OPEN' };
  const advice = ADVICE[error.code] ?? (state.canRecover ? null : 'errorScreen.advice.other');

  return (
    <Screen testId="screen-db-error">
      <section className="card screen-card" aria-labelledby="dberr-title">
        <h1 id="dberr-title">{t('errorScreen.title')}</h1>
        <div className="alert alert-error" role="alert">
          <p>{translateError(t, error)}</p>
          <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
        </div>
        {advice && <p>{t(advice)}</p>}
        <p className="muted">
          {t('about.dataDir')}: <span className="path">{state.dataDir}</span>
        </p>
        {state.canRecover && <RecoveryForm onReady={onReady} />}
        <div className="actions actions-end">
          <button type="button" className="button button-quiet" onClick={onRecheck}>
            {t('common.recheck')}
          </button>
        </div>
      </section>
    </Screen>
  );
}

const recoverSchema = CONTRACT['app.recover'].input;

function RecoveryForm({ onReady }: { onReady: (s: AppState) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errId = useId();
  const [failure, setFailure] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(recoverSchema), defaultValues: { recoveryKey: '' } });

  const submit = handleSubmit(async ({ recoveryKey }) => {
    setFailure(undefined);
    try {
      const r = await api.call('app.recover', { recoveryKey });
      onReady(r.state);
    } catch (e) {
      setFailure(toPayload(e));
    }
  });

  const invalid = Boolean(errors.recoveryKey);
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recover-title">
      <h2 id="recover-title">{t('errorScreen.recover.title')}</h2>
      <p>{t('errorScreen.recover.text')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('errorScreen.recover.label')}</label>
        <input
          id={inputId}
          className="input-mono"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errId}` : hintId}
          placeholder="XXXX-XXXX-…"
          {...register('recoveryKey')}
        />
        <p className="field-hint" id={hintId}>
          {t('errorScreen.recover.hint')}
        </p>
        {invalid && (
          <p className="field-error" id={errId} role="alert">
            {t('errorScreen.recover.invalid')}
          </p>
        )}
      </div>
      {failure && <ErrorMessage error={failure} />}
      <div className="actions">
        <SubmitButton busy={isSubmitting}>
          {isSubmitting ? t('errorScreen.recover.opening') : t('errorScreen.recover.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
