// The routes under #/requests that this folder serves: #/requests/new (open a request directly, with
// a reason), #/requests/new/<letter id> (open one from an incoming letter) and #/requests/<id> (one
// request). Everything else under the page — the list — is the list page's. pages/registry.ts wraps
// the list page with withRequestRoutes(), so the sidebar entry, its Alt+N key and its `requires`
// stay the list page's.
import { lazy, type ComponentType } from 'react';
import type { PageComponentProps } from '../../app/pages/types';
import '../../styles/mailroom.css';
import './requests.css';

const RequestPage = lazy(() => import('./RequestPage').then((m) => ({ default: m.RequestPage })));
const OpenRequestPage = lazy(() => import('./OpenRequestPage').then((m) => ({ default: m.OpenRequestPage })));

export function withRequestRoutes(
  List: ComponentType<PageComponentProps>,
): ComponentType<PageComponentProps> {
  function RequestsRoute(props: PageComponentProps) {
    const [first, second] = props.params;
    if (first === 'new') return <OpenRequestPage key={second ?? ''} letter={second ?? null} />;
    if (first) return <RequestPage key={first} id={first} />;
    return <List {...props} />;
  }
  return RequestsRoute;
}
