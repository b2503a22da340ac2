// Screens for when the page cannot talk to the core: the headless shell refused the token (or the
// page was opened without one), or the core does not answer at all.
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ScreenCard } from './Screen';

export function UnauthorizedScreen() {
  const { t } = useTranslation();
  return (
    <ScreenCard testId="screen-unauthorized" titleId="unauth-title" title={t('unauthorized.title')}>
      <p>{t('unauthorized.text')}</p>
      <p className="example">
        <code>http://127.0.0.1:…/#token=…</code>
      </p>
      <p className="muted">{t('unauthorized.why')}</p>
    </ScreenCard>
  );
}

export function UnreachableScreen({ error, onRetry }: { error: ErrorPayload; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ScreenCard testId="screen-unreachable" titleId="unreach-title" title={t('unreachable.title')}>
      <ErrorMessage error={error} />
      <p>{t('unreachable.text')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    </ScreenCard>
  );
}
