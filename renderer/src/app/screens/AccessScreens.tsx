// Screens for when the page cannot talk to the core: the headless shell refused the token (or the
// page was opened without one), or the core does not answer at all.
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Screen } from './Screen';

export function UnauthorizedScreen() {
  const { t } = useTranslation();
  return (
    <Screen testId="screen-unauthorized">
      <section className="card screen-card" aria-labelledby="unauth-title">
        <h1 id="unauth-title">{t('unauthorized.title')}</h1>
        <p>{t('unauthorized.text')}</p>
        <p className="example">
          <code>http://127.0.0.1:…/#token=…</code>
        </p>
        <p className="muted">{t('unauthorized.why')}</p>
      </section>
    </Screen>
  );
}

export function UnreachableScreen({ error, onRetry }: { error: ErrorPayload; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Screen testId="screen-unreachable">
      <section className="card screen-card" aria-labelledby="unreach-title">
        <h1 id="unreach-title">{t('unreachable.title')}</h1>
        <ErrorMessage error={error} />
        <p>{t('unreachable.text')}</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      </section>
    </Screen>
  );
}
