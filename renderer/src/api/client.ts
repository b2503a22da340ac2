// The typed way for components to reach the core: api.call(name, input) returns the value or
// throws an ApiError carrying the contract's {code, messageKey, details}. Never import from
// electron/: the contract types and schemas live in common/.
import type { CallInput, CallName, CallOutput, JobProgressReport, WindowApi } from '../../../common/contract';
import type { ErrorCode, ErrorPayload } from '../../../common/errors';
import { sessionToken } from '../auth/session-token';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details?: Record<string, unknown>;

  constructor(payload: ErrorPayload) {
    super(payload.code);
    this.name = 'ApiError';
    this.code = payload.code;
    this.messageKey = payload.messageKey || `errors.${payload.code}`;
    if (payload.details) this.details = payload.details;
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** Anything thrown by api.call or a component, as an error payload the UI can translate. */
export function toPayload(e: unknown): ErrorPayload {
  if (e instanceof ApiError) return e.toPayload();
  return { code: 'INTERNAL', messageKey: 'errors.INTERNAL' };
}

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();

/** The app switches to its "open the address printed by the app" screen when the token is refused. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

/** SESSION_REQUIRED (signed out, or the session ended) and SESSION_LOCKED from any call. */
const sessionListeners = new Set<Listener>();

/** The app shows the sign-in or lock screen when any call says the session is gone or locked. */
export function onSessionError(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => {
    sessionListeners.delete(listener);
  };
}

/** DB_NOT_OPEN from any call: the database closed under the window (found damaged after start). */
const databaseListeners = new Set<Listener>();

/** The app looks at the app state again (and shows the database error screen) when this fires. */
export function onDatabaseClosed(listener: Listener): () => void {
  databaseListeners.add(listener);
  return () => {
    databaseListeners.delete(listener);
  };
}

function transport(): WindowApi {
  const w = window.api;
  if (!w) throw new ApiError({ code: 'NETWORK', messageKey: 'errors.NETWORK' });
  return w;
}

export const api = {
  /** With a `jobId` the call is a job: api.onProgress hears it and api.cancel stops it (useJob). */
  async call<K extends CallName>(
    name: K,
    input: CallInput<K>,
    opts: { jobId?: string } = {},
  ): Promise<CallOutput<K>> {
    const session = sessionToken() ?? undefined;
    const w = transport();
    const result = await (opts.jobId
      ? w.invoke(name, input, session, opts.jobId)
      : w.invoke(name, input, session));
    if (result.ok) return result.value;
    const error = new ApiError(result.error);
    if (error.code === 'UNAUTHORIZED') for (const l of unauthorizedListeners) l(error);
    if (error.code === 'SESSION_REQUIRED' || error.code === 'SESSION_LOCKED')
      for (const l of sessionListeners) l(error);
    if (error.code === 'DB_NOT_OPEN') for (const l of databaseListeners) l(error);
    throw error;
  },
  /** Asks the core to stop a job; the job's own call answers how it ended. */
  async cancel(jobId: string): Promise<void> {
    await window.api?.cancel?.(jobId);
  },
  onProgress(listener: (report: JobProgressReport) => void): () => void {
    return window.api?.onProgress?.(listener) ?? (() => {});
  },
  get shell(): 'electron' | 'headless' {
    return window.api?.shell ?? 'headless';
  },
};
