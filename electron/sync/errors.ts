// Classifies what went wrong talking to central into the states the status bar shows.
// Node's fetch (undici) reports network failures as TypeError('fetch failed') with the system
// error in `cause`; Electron's net.fetch reports Chromium net errors (net::ERR_…) in the message.
import type { SyncState } from '../../common/sync/status';

export type FailureKind = Extract<
  SyncState,
  'not_configured' | 'offline' | 'unreachable' | 'cert_untrusted' | 'unauthorized' | 'server_error'
>;

export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** Machine code: ECONNREFUSED, timeout, http_503, bad_answer, … */
    readonly code: string,
    readonly retryable: boolean,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(`${kind}: ${code}`);
    this.name = 'SyncFailure';
  }

  get status(): number | undefined {
    return this.extra.status;
  }

  get retryAfterMs(): number | undefined {
    return this.extra.retryAfterMs;
  }
}

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function chain(e: unknown): Array<{ name?: string; code?: string; message?: string }> {
  const out: Array<{ name?: string; code?: string; message?: string }> = [];
  let cur: unknown = e;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i++) {
    const c = cur as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    out.push({
      name: typeof c.name === 'string' ? c.name : undefined,
      code: typeof c.code === 'string' ? c.code : undefined,
      message: typeof c.message === 'string' ? c.message : undefined,
    });
    cur = c.cause;
  }
  return out;
}

/** Maps an error thrown by fetch (Node or Electron) to a failure; timeouts count as unreachable. */
export function classifyFetchError(e: unknown): SyncFailure {
  if (e instanceof SyncFailure) return e;
  const links = chain(e);
  for (const l of links) {
    if (l.name === 'TimeoutError') return new SyncFailure('unreachable', 'timeout', true);
    if (l.code && CERT_CODES.has(l.code)) return new SyncFailure('cert_untrusted', l.code, false);
    if (l.code?.startsWith('ERR_TLS_CERT') || l.code?.startsWith('CERT_'))
      return new SyncFailure('cert_untrusted', l.code, false);
  }
  for (const l of links) {
    const net = l.message?.match(/net::(ERR_[A-Z_]+)/)?.[1];
    if (net) {
      if (net.startsWith('ERR_CERT_') || net === 'ERR_BAD_SSL_CLIENT_AUTH_CERT')
        return new SyncFailure('cert_untrusted', net, false);
      if (net === 'ERR_INTERNET_DISCONNECTED' || net === 'ERR_NETWORK_CHANGED')
        return new SyncFailure('offline', net, true);
      if (net === 'ERR_TIMED_OUT' || net === 'ERR_CONNECTION_TIMED_OUT')
        return new SyncFailure('unreachable', 'timeout', true);
      return new SyncFailure('unreachable', net, true);
    }
  }
  for (const l of links) {
    if (l.code && UNREACHABLE_CODES.has(l.code)) return new SyncFailure('unreachable', l.code, true);
  }
  for (const l of links) {
    if (l.message && /socket hang up|other side closed|terminated/i.test(l.message))
      return new SyncFailure('unreachable', 'connection_closed', true);
  }
  const code = links.find((l) => l.code)?.code ?? 'network_error';
  return new SyncFailure('unreachable', code, true);
}

/** Maps a non-2xx HTTP status. */
export function classifyHttpStatus(status: number, retryAfterMs?: number): SyncFailure {
  const extra = { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  if (status === 401 || status === 403)
    return new SyncFailure('unauthorized', `http_${status}`, false, extra);
  if (status === 429 || status === 408 || status >= 500)
    return new SyncFailure('server_error', `http_${status}`, true, extra);
  // Any other 4xx: the desk and central disagree on the protocol; retrying the same request will not help.
  return new SyncFailure('server_error', `http_${status}`, false, extra);
}
