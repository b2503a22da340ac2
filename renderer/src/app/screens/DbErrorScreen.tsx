// The database exists but cannot be opened. A key problem (wrong key, key missing or unreadable)
// offers the recovery-key path; a damaged file points to restoring a backup.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT, type AppState } from '../../../../common/contract';
import type { ErrorPayload } from '../../../../common/errors';
import { api, toPayload } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SubmitRow } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/form';
import { ScreenCard, type StateScreenProps } from './Screen';

const ADVICE: Record<string, string> = {
  DB_CORRUPT: 'errorScreen.advice.corrupt',
  DB_NOT_PRIVACY_DESK: 'errorScreen.advice.notPrivacyDesk',
  DB_TOO_NEW: 'errorScreen.advice.tooNew',
  DB_LOCKED: 'errorScreen.advice.locked',
  DB_NOT_FOUND: 'errorScreen.advice.notFound',
};

export function DbErrorScreen({ state, onReady, onRecheck }: StateScreenProps) {
  const { t } = useTranslation();
  const error: ErrorPayload = state.error ?? { code: 'DB_NOT_OPEN', messageKey: 'errors.DB_NOT_OPEN' };
  const advice = ADVICE[error.code] ?? (state.canRecover ? null : 'errorScreen.advice.other');

  return (
    <ScreenCard testId="screen-db-error" titleId="dberr-title" title={t('errorScreen.title')}>
      <ErrorMessage error={error} />
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
    </ScreenCard>
  );
}

const recoverSchema = CONTRACT['app.recover'].input;

function RecoveryForm({ onReady }: { onReady: (s: AppState) => void }) {
  const { t } = useTranslation();
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

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recover-title">
      <h2 id="recover-title">{t('errorScreen.recover.title')}</h2>
      <p>{t('errorScreen.recover.text')}</p>
      <TextInput
        label={t('errorScreen.recover.label')}
        hint={t('errorScreen.recover.hint')}
        error={errors.recoveryKey && t('errorScreen.recover.invalid')}
        inputClassName="input-mono"
        type="text"
        autoComplete="off"
        autoCapitalize="characters"
        placeholder="XXXX-XXXX-…"
        registration={register('recoveryKey')}
      />
      <SubmitRow
        failure={failure && <ErrorMessage error={failure} />}
        busy={isSubmitting}
        label={isSubmitting ? t('errorScreen.recover.opening') : t('errorScreen.recover.submit')}
      />
    </form>
  );
}
