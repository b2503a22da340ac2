// Sign-in: username and password, Enter submits. Wrong passwords say how many attempts are left;
// a locked account says until when (Almaty time); a disabled one says to ask the administrator.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT, type SessionUser } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from '../api/client';
import { ScreenCard } from '../app/screens/Screen';
import { AuthError } from './auth-errors';
import { UsernameInput } from './NewPasswordFields';
import type { SignInNotice } from './context';
import { TextInput } from '../ui/form';
import { SubmitRow } from '../ui/SubmitButton';

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
    <ScreenCard testId="screen-signin" titleId="signin-title" title={t('signin.title')} narrow>
      <p className="muted">{t('signin.text')}</p>
      {notice && !failure && (
        <div className="alert alert-info" role="status">
          <p>{t(NOTICE[notice])}</p>
        </div>
      )}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <UsernameInput
          error={errors.username && t('signin.errors.username')}
          autoComplete="username"
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
        <SubmitRow
          failure={failure && <AuthError error={failure} />}
          busy={isSubmitting}
          label={isSubmitting ? t('signin.signingIn') : t('signin.submit')}
        />
      </form>
      <p className="muted small">{t('signin.forgot')}</p>
    </ScreenCard>
  );
}
