// Sync's HTTPS from the core worker through the host's fetch: in Electron that is net.fetch in the
// main process (Chromium's network stack: Windows proxy settings and certificate store). Answers
// and failures cross as data; a failure keeps its chain of name/code/message, which is all the
// sync classifier reads, and an abort on the worker's side (timeout, stop) rejects at once with
// the signal's own reason, as fetch does.
import type { FetchLike } from '../sync';
import type { FetchAnswer, FetchFailure } from './protocol';
import type { Rpc } from './rpc';

interface FetchRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function failureChain(e: unknown): FetchFailure['failed'] {
  const out: FetchFailure['failed'] = [];
  let cur: unknown = e;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i++) {
    const c = cur as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    out.push({
      ...(typeof c.name === 'string' ? { name: c.name } : {}),
      ...(typeof c.code === 'string' ? { code: c.code } : {}),
      ...(typeof c.message === 'string' ? { message: c.message } : {}),
    });
    cur = c.cause;
  }
  return out;
}

function rebuild(chain: FetchFailure['failed']): Error {
  let cause: Error | undefined;
  for (const link of [...chain].reverse()) {
    const e = new Error(link.message ?? 'fetch failed', cause ? { cause } : undefined);
    if (link.name) e.name = link.name;
    if (link.code) (e as Error & { code?: string }).code = link.code;
    cause = e;
  }
  return cause ?? new Error('fetch failed');
}

/** The host's side: runs the fetch, aborted when the worker cancels. */
export function serveFetch(rpc: Rpc, fetchFn: FetchLike): void {
  rpc.handle<FetchRequest>('fetch', async (req, job): Promise<FetchAnswer | FetchFailure> => {
    try {
      const res = await fetchFn(req.url, {
        ...(req.method ? { method: req.method } : {}),
        ...(req.headers ? { headers: req.headers } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal: job.signal,
      });
      const body = await res.text();
      return { status: res.status, statusText: res.statusText, headers: [...res.headers], body };
    } catch (e) {
      return { failed: failureChain(e) };
    }
  });
}

const NO_BODY = new Set([101, 204, 205, 304]);

/** The worker's side: a FetchLike that asks the host. */
export function fetchThroughHost(rpc: Rpc): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason as Error);
      const onAbort = () => reject(signal?.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
      const req: FetchRequest = {
        url,
        ...(init.method ? { method: init.method } : {}),
        ...(init.headers ? { headers: init.headers as Record<string, string> } : {}),
        ...(typeof init.body === 'string' ? { body: init.body } : {}),
      };
      rpc
        .request<FetchAnswer | FetchFailure>('fetch', req, { signal })
        .then((r) => {
          if ('failed' in r) throw rebuild(r.failed);
          resolve(
            new Response(NO_BODY.has(r.status) ? null : r.body, {
              status: r.status,
              statusText: r.statusText,
              headers: r.headers,
            }),
          );
        })
        .catch(reject)
        .finally(() => signal?.removeEventListener('abort', onAbort));
    });
}
