// The lock screen: the window has already forgotten every page and its data. The same person
// unlocks with their password (the same lockout rules as signing in), or signs out.
import { FieldFrame } from '../ui/form';
import { SubmitRow } from '../ui/SubmitButton';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from '../api/client';
import { ScreenCard } from '../app/screens/Screen';
import { AuthError } from './auth-errors';

export function LockScreen({
  user,
  onUnlocked,
  onSignOut,
  onSessionGone,
}: {
  user: SessionUser;
  onUnlocked: (user: SessionUser) => void;
  onSignOut: () => void;
  onSessionGone: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload>();

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    setEmpty(false);
    setBusy(true);
    setFailure(undefined);
    try {
      const r = await api.call('auth.unlock', { password });
      onUnlocked(r.user);
    } catch (err) {
      const p = toPayload(err);
      // The core forgot the session (restarted, restored, role changed): sign in again.
      if (p.code === 'SESSION_REQUIRED') return onSessionGone();
      setFailure(p);
      setPassword('');
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <ScreenCard
      testId="screen-lock"
      titleId="lock-title"
      title={t('lockScreen.title')}
      narrow
      before={<LockBadge />}
    >
      <p>{t('lockScreen.text')}</p>
      <p className="lock-user">
        <span className="lock-user-name">{user.displayName}</span>{' '}
        <span className="muted">({user.username})</span>
      </p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="lock-title">
        <FieldFrame label={t('account.password')} error={empty ? t('signin.errors.password') : undefined}>
          {(ids) => (
            <input
              {...ids}
              ref={input}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FieldFrame>
        <SubmitRow
          failure={failure && <AuthError error={failure} />}
          busy={busy}
          label={t('lockScreen.unlock')}
        >
          <button type="button" className="button button-quiet" onClick={onSignOut}>
            {t('lockScreen.signOut')}
          </button>
        </SubmitRow>
      </form>
    </ScreenCard>
  );
}

function LockBadge() {
  return (
    <div className="lock-badge" aria-hidden="true">
      <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.8">
        <rect x="5" y="10.5" width="14" height="10" rx="2" />
        <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
      </svg>
    </div>
  );
}
