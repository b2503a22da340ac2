// Sign-in and unlock errors in words: wrong password with the attempts left, locked until HH:MM
// (Almaty time), disabled; anything else through the general error messages.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../common/errors';
import { translateError } from '../ui/errors';
import { formatDate, formatTime } from '../format/dates';

export function authErrorText(t: TFunction, lng: string, error: ErrorPayload, now = new Date()): string {
  const d = error.details ?? {};
  if (error.code === 'AUTH_FAILED' && typeof d.attemptsLeft === 'number')
    return t('signin.failedAttempts', { count: d.attemptsLeft });
  if (error.code === 'ACCOUNT_LOCKED' && typeof d.until === 'string') {
    const sameDay = formatDate(d.until, lng) === formatDate(now, lng);
    return sameDay
      ? t('signin.lockedUntil', { time: formatTime(d.until, lng) })
      : t('signin.lockedUntilDate', { date: formatDate(d.until, lng), time: formatTime(d.until, lng) });
  }
  return translateError(t, error);
}

export function AuthError({ error }: { error: ErrorPayload }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" data-testid="auth-error" data-code={error.code}>
      <p>{authErrorText(t, i18n.language, error)}</p>
      <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
    </div>
  );
}
