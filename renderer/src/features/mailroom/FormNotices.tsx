// What both register forms say around their fields: the number just registered (after "save and
// next") and the core's refusal of a save.
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { href } from '../../app/router';
import { mailroomErrorText } from './errors';

export interface Registered {
  id: number;
  number: string;
  scanProblems?: number;
}

export function RegisteredBanner({
  register,
  banner,
  onClose,
}: {
  register: 'incoming' | 'outgoing';
  banner: Registered;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const prefix =
    register === 'incoming' ? 'mailroom.intake.registeredPrefix' : 'mailroom.outgoing.registeredPrefix';
  return (
    <div className="mr-banner" role="status" data-testid="registered-banner">
      <span className="mr-banner-text">
        {t(prefix)}{' '}
        <a
          className="mr-banner-number"
          href={href(register, String(banner.id))}
          data-testid="registered-number"
        >
          {banner.number}
        </a>{' '}
        {t('mailroom.intake.registeredSuffix')}
      </span>
      {(banner.scanProblems ?? 0) > 0 && (
        <span className="mr-banner-note">
          {t('mailroom.intake.scanProblems', { count: banner.scanProblems })}
        </span>
      )}
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** The core refused the save: a validation problem points at the fields, anything else is said here. */
export function SaveError({ error, testId }: { error: ErrorPayload; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      {error.code === 'VALIDATION' ? (
        <p>{t('mailroom.intake.fixErrors')}</p>
      ) : (
        <>
          <p>{mailroomErrorText(t, error)}</p>
          <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
        </>
      )}
    </div>
  );
}
