// Sign-in: username and password, Enter submits. Wrong passwords say how many attempts are left;
// a locked account says until when (Almaty time); a disabled one says to ask the administrator.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT, type SessionUser } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from '../api/client';
import { Screen } from '../app/screens/Screen';
import { AuthError } from './auth-errors';
import type { SignInNotice } from './context';
import { TextInput } from '../ui/form';
import { SubmitButton } from '../ui/SubmitButton';

const loginSchema = CONTRACT['auth.login'].input;

const NOTICE: Record<SignInNotice, string> = {
  signedOut: 'signin.notice.signedOut',
  expired: 'signin.notice.expired',
  restored: 'signin.notice.restored',
};

export function SignInScreen({
  notice,
  onSignedIn,
}: {
  notice?: SignInNotice | undefined;
  onSignedIn: (sessionToken: string, user: SessionUser) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ErrorPayload>();
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(loginSchema), defaultValues: { username: '', password: '' } });

  const submit = handleSubmit(async (input) => {
    setFailure(undefined);
    try {
      const r = await api.call('auth.login', input);
      await onSignedIn(r.sessionToken, r.user);
    } catch (e) {
      setFailure(toPayload(e));
      setValue('password', '');
      setFocus('password');
    }
  });

  return (
    <Screen testId="screen-signin">
      <section className="card screen-card signin-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t('signin.title')}</h1>
        <p className="muted">{t('signin.text')}</p>
        {notice && !failure && (
          <div className="alert alert-info" role="status">
            <p>{t(NOTICE[notice])}</p>
          </div>
        )}
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
          <TextInput
            label={t('account.username')}
            error={errors.username && t('signin.errors.username')}
            autoComplete="username"
            autoCapitalize="none"
            autoFocus
            registration={register('username')}
          />
          <TextInput
            label={t('account.password')}
            error={errors.password && t('signin.errors.password')}
            type="password"
            autoComplete="current-password"
            registration={register('password')}
          />
          {failure && <AuthError error={failure} />}
          <div className="actions">
            <SubmitButton busy={isSubmitting}>
              {isSubmitting ? t('signin.signingIn') : t('signin.submit')}
            </SubmitButton>
          </div>
        </form>
        <p className="muted small">{t('signin.forgot')}</p>
      </section>
    </Screen>
  );
}
