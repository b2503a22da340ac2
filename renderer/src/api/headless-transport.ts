// window.api for the headless shell: there is no preload there, so the page installs the bridge
// itself. Calls go to POST /api/call/<name> with the per-start token the shell printed in the
// address (#token=…). The token is kept in sessionStorage (a reload keeps working, a closed tab
// forgets it) and removed from the visible URL so it does not end up in screenshots or history.
import type { CallName, CallResult, WindowApi } from '../../../common/contract';
import type { ErrorCode } from '../../../common/errors';

export const TOKEN_STORAGE_KEY = 'privacy-desk.token';

type Fail = Extract<CallResult<never>, { ok: false }>;

function fail(code: ErrorCode, details?: Record<string, unknown>): Fail {
  return { ok: false, error: { code, messageKey: `errors.${code}`, ...(details ? { details } : {}) } };
}

/** Reads #token=… from the address (if present) into sessionStorage and strips it; returns the token in use. */
export function takeToken(
  loc: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage,
): string | null {
  const fragment = loc.hash.replace(/^#/, '');
  if (fragment.startsWith('token=') || fragment.includes('&token=')) {
    const token = new URLSearchParams(fragment).get('token');
    if (token) storage.setItem(TOKEN_STORAGE_KEY, token);
    // Drop the whole fragment: the router starts on its default page.
    history.replaceState(history.state, '', `${loc.pathname}${loc.search}`);
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

function isCallResult(v: unknown): v is CallResult<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as { ok: unknown; error?: { code?: unknown } };
  return r.ok === true || (r.ok === false && typeof r.error?.code === 'string');
}

export function createHeadlessApi(
  token: string | null,
  fetchImpl: typeof fetch = (...a) => window.fetch(...a),
): WindowApi {
  return {
    shell: 'headless',
    // `session` (a signed-in session token, when sign-in exists) travels in its own header.
    async invoke(name: CallName, input: unknown, session?: string) {
      if (!token) return fail('UNAUTHORIZED');
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      };
      if (typeof session === 'string' && session) headers['X-PD-Session'] = session;
      let res: Response;
      try {
        res = await fetchImpl(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        // The shell stopped (or was restarted on another port).
        return fail('NETWORK');
      }
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      if (isCallResult(body)) return body as never;
      if (res.status === 401) return fail('UNAUTHORIZED');
      return fail('INTERNAL', { status: res.status });
    },
  } as WindowApi;
}

/** In Electron the preload already exposed window.api; anywhere else this installs the HTTP bridge. */
export function installHeadlessApiIfNeeded(): void {
  if (window.api) return;
  const token = takeToken();
  Object.defineProperty(window, 'api', {
    value: createHeadlessApi(token),
    writable: false,
    configurable: false,
  });
  // A new address pasted into the same tab changes only the fragment (no page load): take the
  // new token and start again with it.
  window.addEventListener('hashchange', () => {
    if (/(^#|&)token=/.test(window.location.hash)) {
      takeToken();
      window.location.reload();
    }
  });
}
