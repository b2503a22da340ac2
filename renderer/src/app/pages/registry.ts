// The sidebar pages, in order. Their position gives the shortcut: the first is Alt+1, and so on.
//
// To add a page (see renderer/README.md):
// 1. write renderer/src/features/<feature>/<Name>Page.tsx: export function <Name>Page(props:
//    PageComponentProps), wrapping its content in <Page title={t('nav.<id>')}>…</Page>, and export it
//    from the feature's index.ts (features meet only through their index);
// 2. replace its entry below (or add one) with { id, titleKey: 'nav.<id>', icon, component };
// 3. add nav.<id> and pages.<id>.* to renderer/src/i18n/{kk,ru,en}.json (npm test checks all three).
// Large pages can be loaded on demand: component: lazy(() => import('../../features/<feature>')…).
// `requires: '<call>'` hides a page from roles that may not make that contract call (app/pages/visible.ts).
import { lazy } from 'react';
import { DashboardPage } from '../../features/dashboard';
import { IncomingPage, OutgoingPage, SearchPage } from '../../features/mailroom';
import { RequestsListPage, withRequestRoutes } from '../../features/requests';
import { SettingsPage } from '../../features/settings';
import { NotFoundPage } from './NotFoundPage';
import type { PageDef } from './types';

export const PAGES: readonly PageDef[] = [
  { id: 'dashboard', titleKey: 'nav.dashboard', icon: 'home', component: DashboardPage },
  { id: 'incoming', titleKey: 'nav.incoming', icon: 'incoming', component: IncomingPage },
  {
    id: 'requests',
    titleKey: 'nav.requests',
    icon: 'requests',
    // #/requests/<id> and #/requests/new… are the request screen's (features/requests/route.tsx); the rest is the list.
    component: withRequestRoutes(RequestsListPage),
    requires: 'requests.list',
  },
  { id: 'outgoing', titleKey: 'nav.outgoing', icon: 'outgoing', component: OutgoingPage },
  { id: 'search', titleKey: 'nav.search', icon: 'search', component: SearchPage },
  {
    id: 'reports',
    titleKey: 'nav.reports',
    icon: 'reports',
    component: lazy(() => import('../../features/reports').then((m) => ({ default: m.ReportsPage }))),
    requires: 'requests.report',
  },
  {
    id: 'audit',
    titleKey: 'nav.audit',
    icon: 'audit',
    component: lazy(() => import('../../features/audit').then((m) => ({ default: m.AuditPage }))),
    requires: 'audit.list',
  },
  { id: 'settings', titleKey: 'nav.settings', icon: 'settings', component: SettingsPage },
  // Last, so that Alt+8 stays Settings.
  {
    id: 'breaches',
    titleKey: 'nav.breaches',
    icon: 'breach',
    // #/breaches/new and #/breaches/<id> are the form and the detail (features/breaches/BreachesPage.tsx).
    component: lazy(() => import('../../features/breaches').then((m) => ({ default: m.BreachesPage }))),
    requires: 'breaches.list',
  },
];

export const DEFAULT_PAGE = 'dashboard';

export { NotFoundPage };
export type { PageComponentProps, PageDef } from './types';
