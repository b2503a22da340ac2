// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
// the delay before retry n is uniform in [0, min(max, base * 2^n)]. A Retry-After from central is
// a floor: the client never comes back sooner than central asked.

export interface BackoffOptions {
  /** Upper bound of the first delay. */
  baseMs: number;
  /** Cap of the exponential bound. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/** Delay before retry `attempt` (0 for the first retry): uniform in [0, min(maxMs, baseMs * 2^attempt)]. */
export function fullJitter(attempt: number, o: BackoffOptions, random: () => number = Math.random): number {
  const bound = Math.min(o.maxMs, o.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * bound);
}

/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function retryDelay(
  attempt: number,
  o: BackoffOptions,
  retryAfterMs: number | undefined,
  opts: { random?: () => number; maxRetryAfterMs?: number } = {},
): number {
  const jitter = fullJitter(attempt, o, opts.random);
  if (retryAfterMs === undefined) return jitter;
  return Math.max(jitter, Math.min(retryAfterMs, opts.maxRetryAfterMs ?? 10 * 60_000));
}

/** Thrown when a sync pass is cancelled (service stopped). */
export class SyncAborted extends Error {
  constructor() {
    super('sync aborted');
    this.name = 'SyncAborted';
  }
}

/** Waits ms, or rejects with SyncAborted as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SyncAborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncAborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
