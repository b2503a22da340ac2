import { useTranslation } from 'react-i18next';
import { useNavPages } from './pages/visible';
import { UserBox } from '../auth/UserBox';
import { Icon } from '../ui/Icon';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { href } from './router';
import { Brand } from './screens/Screen';

export function Sidebar({
  activePage,
  onHelp,
  dueCount = null,
}: {
  activePage: string;
  onHelp: () => void;
  /** Overdue and due-today requests, shown on the requests link. */
  dueCount?: number | null;
}) {
  const { t } = useTranslation();
  const pages = useNavPages();
  return (
    <aside className="sidebar">
      <Brand />
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {pages.map(({ def: p, key, allowed }) => {
            const active = p.id === activePage;
            const content = (
              <>
                <Icon name={p.icon} />
                <span className="nav-text">{t(p.titleKey)}</span>
                {p.id === 'requests' && !!dueCount && (
                  <span
                    className="nav-badge"
                    data-testid="due-badge"
                    title={t('dueAlerts.badge', { count: dueCount })}
                    aria-label={t('dueAlerts.badge', { count: dueCount })}
                  >
                    {dueCount}
                  </span>
                )}
                <kbd className="nav-key" aria-hidden="true">
                  Alt+{key}
                </kbd>
              </>
            );
            return (
              <li key={p.id}>
                {allowed ? (
                  <a
                    href={href(p.id)}
                    className={active ? 'nav-link active' : 'nav-link'}
                    aria-current={active ? 'page' : undefined}
                    aria-keyshortcuts={`Alt+${key}`}
                    data-page={p.id}
                  >
                    {content}
                  </a>
                ) : (
                  // Kept in its place, so Alt+N means the same page for every role.
                  <span
                    className="nav-link nav-link-disabled"
                    aria-disabled="true"
                    title={t('nav.notForRole')}
                    data-page={p.id}
                  >
                    {content}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <LanguageSwitcher />
        <button
          type="button"
          className="button button-quiet sidebar-help"
          onClick={onHelp}
          aria-keyshortcuts="F1"
        >
          <Icon name="keyboard" />
          <span>{t('shortcuts.open')}</span>
          <kbd aria-hidden="true">F1</kbd>
        </button>
        <UserBox />
      </div>
    </aside>
  );
}
