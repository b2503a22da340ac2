// A tiny hash router. Why not a router package: none is installed, the app has a handful of
// top-level pages, and a hash route works the same under app:// (Electron) and http:// (headless
// shell) with no server rewrites, survives reloads, and keeps the document URL constant.
// Routes look like #/<page>/<param>/<param>…; the headless token fragment (#token=…) is removed by
// api/headless-transport.ts before the app renders, so the router never sees it.
import { useSyncExternalStore } from 'react';

export interface Route {
  /** The first path segment: a page id from pages/registry.ts ('' when the hash is empty). */
  page: string;
  /** The remaining segments, decoded (e.g. a request id). */
  params: string[];
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { page: segments[0] ?? '', params: segments.slice(1) };
}

/** The href for a route: href('requests', '42') → '#/requests/42'. */
export function href(page: string, ...params: string[]): string {
  return `#/${[page, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(page: string, ...params: string[]): void {
  window.location.hash = href(page, ...params);
}

/**
 * Forgets the page: the next sign-in starts on the home page, never on the page (and the record)
 * the previous user left open. Replaces the history entry so Back does not return to it either.
 */
export function forgetRoute(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', pathname + search);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  return parseHash(hash);
}
