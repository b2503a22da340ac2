// The main layout once the database is open: sidebar, the current page, status bar; plus the
// app-wide shortcuts and their help dialog.
import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../common/contract';
import { useAuth } from '../auth/context';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { HeaderSearch } from './HeaderSearch';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { DEFAULT_PAGE, NotFoundPage, PAGES } from './pages/registry';
import { NavPagesContext, navPages } from './pages/visible';
import { navigate, useRoute } from './router';
import { useGlobalShortcuts } from './shortcuts';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { StatusProvider } from './status';
import { useDueAlerts } from './useDueAlerts';

export function Layout({ state }: { state: AppState }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const main = useRef<HTMLElement>(null);

  const pageId = route.page || DEFAULT_PAGE;
  const { can } = useAuth();
  const nav = useMemo(() => navPages(PAGES, can), [can]);
  const page = nav.find((p) => p.allowed && p.def.id === pageId)?.def;
  // A page the role may not open says so rather than "not found".
  const Component = page?.component ?? (PAGES.some((p) => p.id === pageId) ? ForbiddenPage : NotFoundPage);

  const onHelp = useCallback(() => setHelpOpen(true), []);
  const onPage = useCallback(
    (index: number) => {
      // A page this role may not open keeps its number and does nothing.
      const target = nav[index];
      if (target?.allowed) navigate(target.def.id);
    },
    [nav],
  );
  useGlobalShortcuts({ onHelp, onPage });
  const dueCount = useDueAlerts();

  return (
    <NavPagesContext.Provider value={nav}>
      <StatusProvider>
        <div className="app-shell" data-shell={state.shell}>
          <button
            type="button"
            className="skip-link"
            onClick={() => main.current?.querySelector<HTMLElement>('h1')?.focus()}
          >
            {t('layout.skipToContent')}
          </button>
          <Sidebar activePage={pageId} onHelp={onHelp} dueCount={dueCount} />
          <main className="content" id="main" ref={main} data-page={pageId}>
            <HeaderSearch />
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <Component params={route.params} appState={state} />
            </Suspense>
          </main>
          <StatusBar />
        </div>
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </StatusProvider>
    </NavPagesContext.Provider>
  );
}
