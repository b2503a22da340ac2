// The HTTP side of the sync protocol: one method per endpoint, each bounded by a timeout that
// covers the whole exchange (headers and body). Plain Node: `fetch` is injected, so the Electron
// adapter passes `net.fetch` (Windows proxy settings and certificate store) and tests pass
// Node's global fetch. Every answer, error or not, yields a clock-skew measurement from its Date header.
import type { z } from 'zod';
import type { AuditHead } from '../../common/sync/anchor';
import {
  anchorResponse,
  healthResponse,
  pushResponse,
  resultsResponse,
  SYNC_PATHS,
  type PushResponse,
  type ResultsResponse,
  type WireEvent,
} from '../../common/sync/protocol';
import { parseRetryAfter, SyncAborted } from './backoff';
import { classifyFetchError, classifyHttpStatus, SyncFailure } from './errors';
import { centralUrlProblem } from './url-policy';

/** The subset of fetch the client uses; Node's global fetch and Electron's net.fetch both fit. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface CentralClientOptions {
  /** e.g. https://central.example.kz/privacy (the /v1/... paths are appended). */
  baseUrl: string;
  token: string;
  deskId: string;
  fetch?: FetchLike;
  /** Whole-request timeout (connect, headers and body). */
  timeoutMs?: number;
  /** Desk clock, for skew measurement (tests may shift it). */
  now?: () => number;
}

export interface Exchange<T> {
  value: T;
  /** Central time minus desk time, or null when the answer had no usable Date header. */
  skewMs: number | null;
}

export class CentralClient {
  private readonly base: string;
  private readonly fetchFn: FetchLike;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  /** The latest skew measured on any answer (including error answers). */
  lastSkewMs: number | null = null;

  constructor(private readonly opts: CentralClientOptions) {
    // Also checked here: a plain http:// address saved by an older version is never used.
    const problem = centralUrlProblem(opts.baseUrl);
    if (problem === 'plain_http') throw new SyncFailure('not_configured', 'insecure_url', false);
    if (problem === 'bad_url') throw new SyncFailure('not_configured', 'bad_url', false);
    this.base = opts.baseUrl.replace(/\/+$/, '');
    this.fetchFn = opts.fetch ?? ((u, init) => fetch(u, init));
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.now = opts.now ?? Date.now;
  }

  health(signal?: AbortSignal): Promise<Exchange<z.infer<typeof healthResponse>>> {
    return this.request(
      'GET',
      `${SYNC_PATHS.health}?desk=${encodeURIComponent(this.opts.deskId)}`,
      undefined,
      healthResponse,
      signal,
    );
  }

  push(events: WireEvent[], signal?: AbortSignal, auditHead?: AuditHead): Promise<Exchange<PushResponse>> {
    return this.request(
      'POST',
      SYNC_PATHS.events,
      { deskId: this.opts.deskId, events, ...(auditHead ? { auditHead } : {}) },
      pushResponse,
      signal,
    );
  }

  /** Anchors the audit chain head alone (a pass that had no events to carry it). */
  anchor(auditHead: AuditHead, signal?: AbortSignal): Promise<Exchange<z.infer<typeof anchorResponse>>> {
    return this.request(
      'POST',
      SYNC_PATHS.anchors,
      { deskId: this.opts.deskId, auditHead },
      anchorResponse,
      signal,
    );
  }

  results(after: string, limit: number, signal?: AbortSignal): Promise<Exchange<ResultsResponse>> {
    const q = new URLSearchParams({ desk: this.opts.deskId, after, limit: String(limit) });
    return this.request('GET', `${SYNC_PATHS.results}?${q}`, undefined, resultsResponse, signal);
  }

  private async request<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
    outer?: AbortSignal,
  ): Promise<Exchange<z.infer<S>>> {
    if (outer?.aborted) throw new SyncAborted();
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.opts.token}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const t0 = this.now();
    let res: Response;
    let text: string;
    try {
      res = await this.fetchFn(this.base + path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal,
        redirect: 'error',
        cache: 'no-store',
      });
      text = await res.text();
    } catch (e) {
      if (outer?.aborted) throw new SyncAborted();
      throw classifyFetchError(e);
    }
    const t1 = this.now();
    const skewMs = measureSkew(res.headers.get('date'), t0, t1);
    if (skewMs !== null) this.lastSkewMs = skewMs;
    if (!res.ok) throw classifyHttpStatus(res.status, parseRetryAfter(res.headers.get('retry-after'), t1));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncFailure('server_error', 'bad_answer', true, { status: res.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncFailure('server_error', 'bad_answer', true, { status: res.status });
    return { value: parsed.data as z.infer<S>, skewMs };
  }
}

/**
 * Central time minus desk time. The Date header has one-second resolution and is cut (not rounded)
 * to the second, so the middle of that second is the best estimate of central's time at the
 * midpoint of the exchange.
 */
export function measureSkew(dateHeader: string | null, t0: number, t1: number): number | null {
  if (!dateHeader) return null;
  const central = Date.parse(dateHeader);
  if (Number.isNaN(central)) return null;
  return Math.round(central + 500 - (t0 + t1) / 2);
}
