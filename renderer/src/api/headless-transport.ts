// window.api for the headless shell: there is no preload there, so the page installs the bridge
// itself. Calls go to POST /api/call/<name> with the per-start token the shell printed in the
// address (#token=…). The token is kept in sessionStorage (a reload keeps working, a closed tab
// forgets it) and removed from the visible URL so it does not end up in screenshots or history.
import type {
  CallName,
  CallResult,
  JobProgress,
  JobProgressReport,
  WindowApi,
} from '../../../common/contract';
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

const noop = () => {};

function isCallResult(v: unknown): v is CallResult<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as { ok: unknown; error?: { code?: unknown } };
  return r.ok === true || (r.ok === false && typeof r.error?.code === 'string');
}

/** A job's streamed answer: {progress} lines first (each to `onProgress`), the call's result last. */
async function readJob(res: Response, onProgress: (p: JobProgress) => void): Promise<unknown> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let last: unknown = null;
  const take = (line: string) => {
    if (!line.trim()) return;
    const v = JSON.parse(line) as { progress?: JobProgress };
    if (v.progress && !('ok' in v)) onProgress(v.progress);
    else last = v;
  };
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(take);
    if (done) break;
  }
  take(pending);
  return last;
}

export function createHeadlessApi(
  token: string | null,
  fetchImpl: typeof fetch = (...a) => window.fetch(...a),
): WindowApi {
  const listeners = new Set<(report: JobProgressReport) => void>();
  /** Running jobs: settles once the bridge has begun the job's answer (it has registered the job). */
  const started = new Map<string, Promise<void>>();
  const post = (path: string, headers: Record<string, string>, body: string) =>
    fetchImpl(path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body,
      cache: 'no-store',
      credentials: 'omit',
    });
  return {
    shell: 'headless',
    // `session` (a signed-in session token, when sign-in exists) travels in its own header, and so
    // does a job id: the answer then streams the job's progress ahead of the result.
    async invoke(name: CallName, input: unknown, session?: string, jobId?: string) {
      if (!token) return fail('UNAUTHORIZED');
      const headers: Record<string, string> = {};
      if (typeof session === 'string' && session) headers['X-PD-Session'] = session;
      if (typeof jobId === 'string') headers['X-PD-Job'] = jobId;
      const sent = post(`/api/call/${encodeURIComponent(name)}`, headers, JSON.stringify(input ?? {}));
      // The bridge knows a job once its answer has begun: a cancel waits for that, never overtakes it.
      if (jobId) started.set(jobId, sent.then(noop, noop));
      let res: Response;
      let body: unknown = null;
      try {
        res = await sent;
      } catch {
        // The shell stopped (or was restarted on another port).
        if (jobId) started.delete(jobId);
        return fail('NETWORK');
      }
      try {
        const stream = jobId && (res.headers.get('Content-Type') ?? '').startsWith('application/x-ndjson');
        body = stream
          ? await readJob(res, (progress) => listeners.forEach((l) => l({ jobId, progress })))
          : await res.json();
      } catch {
        body = null;
      } finally {
        if (jobId) started.delete(jobId);
      }
      if (isCallResult(body)) return body as never;
      if (res.status === 401) return fail('UNAUTHORIZED');
      return fail('INTERNAL', { status: res.status });
    },
    async cancel(jobId: string) {
      if (!token) return fail('UNAUTHORIZED');
      await started.get(jobId);
      try {
        return (await post(`/api/cancel/${encodeURIComponent(jobId)}`, {}, '{}')).json();
      } catch {
        return fail('NETWORK');
      }
    },
    onProgress(listener: (report: JobProgressReport) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
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
