// The frame of the full-window screens shown before the main layout (setup, errors, loading).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../../common/contract';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';

export function Screen({ children, testId, wide }: { children: ReactNode; testId: string; wide?: boolean }) {
  return (
    <div className="screen" data-testid={testId}>
      <header className="screen-top">
        <Brand />
        <LanguageSwitcher />
      </header>
      <main className={wide ? 'screen-main screen-main-wide' : 'screen-main'}>{children}</main>
    </div>
  );
}

/** The app's mark and name, atop the sidebar and the full-window screens. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        PD
      </span>
      <span className="brand-text">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-org">{t('app.company')}</span>
      </span>
    </div>
  );
}

/** A full-window screen holding one titled card; `narrow` is the sign-in width. */
export function ScreenCard({
  testId,
  titleId,
  title,
  narrow,
  before,
  children,
}: {
  testId: string;
  /** The title's id, for a form the title names. */
  titleId: string;
  title: string;
  narrow?: boolean;
  /** Shown above the title (the lock badge). */
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Screen testId={testId}>
      <section
        className={narrow ? 'card screen-card signin-card' : 'card screen-card'}
        aria-labelledby={titleId}
      >
        {before}
        <h1 id={titleId}>{title}</h1>
        {children}
      </section>
    </Screen>
  );
}

/** A screen shown instead of the app while its database is not ready. */
export interface StateScreenProps {
  state: AppState;
  /** The database is open now: the app can start. */
  onReady: (s: AppState) => void;
  /** Ask the core again how the database is. */
  onRecheck: () => void;
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
