// The frame of the full-window screens shown before the main layout (setup, errors, loading).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';

export function Screen({ children, testId, wide }: { children: ReactNode; testId: string; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="screen" data-testid={testId}>
      <header className="screen-top">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            PD
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-org">{t('app.company')}</span>
          </span>
        </span>
        <LanguageSwitcher />
      </header>
      <main className={wide ? 'screen-main screen-main-wide' : 'screen-main'}>{children}</main>
    </div>
  );
}

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <Screen testId="screen-loading">
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    </Screen>
  );
}
