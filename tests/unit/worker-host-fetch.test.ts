// Sync's HTTPS through the host (Electron's net.fetch in main): an answer arrives whole, a failure
// keeps the name/code chain the sync classifier reads, and the worker's own timeout rejects at
// once as a TimeoutError, as fetch does.
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyFetchError } from '../../electron/sync/errors';
import { fetchThroughHost, serveFetch } from '../../electron/worker/host-fetch';
import { Rpc } from '../../electron/worker/rpc';

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

function through(hostFetch: (url: string, init: RequestInit) => Promise<Response>) {
  const ch = new MessageChannel();
  channels.push(ch);
  serveFetch(new Rpc(ch.port1), hostFetch);
  return fetchThroughHost(new Rpc(ch.port2));
}

describe('fetch through the host', () => {
  it('passes method, headers and body, and returns status, headers and body', async () => {
    const seen: RequestInit[] = [];
    const fetch = through(async (_url, init) => {
      seen.push(init);
      return new Response('{"accepted":1}', { status: 201, headers: { 'content-type': 'application/json' } });
    });
    const res = await fetch('https://central.example/v1/events', {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: '{"events":[]}',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ accepted: 1 });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: '{"events":[]}',
    });
  });

  it('keeps a failure’s cause chain, so a refused connection is still "unreachable"', async () => {
    const fetch = through(async () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      throw new TypeError('fetch failed', { cause });
    });
    const e = await fetch('https://central.example/', {}).catch((x: unknown) => x);
    expect(classifyFetchError(e)).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('rejects at once with the signal’s reason when the worker’s timeout fires, and aborts the host’s fetch', async () => {
    let aborted: Promise<unknown> | null = null;
    const fetch = through(
      (_url, init) =>
        new Promise<Response>((_r, reject) => {
          aborted = new Promise((done) => init.signal?.addEventListener('abort', done));
          init.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    const e = await fetch('https://central.example/', { signal: AbortSignal.timeout(10) }).catch(
      (x: unknown) => x,
    );
    expect((e as Error).name).toBe('TimeoutError');
    expect(classifyFetchError(e)).toMatchObject({ kind: 'unreachable', code: 'timeout' });
    await aborted;
  });
});
