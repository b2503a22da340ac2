// The worker transport on its own (two ends of a MessageChannel, as a worker and its host use it):
// values and ErrorPayloads cross with their codes, a cancel reaches code that awaits and code that
// never yields, progress and events arrive, and a stopped end fails open requests at once.
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PdError } from '../../common/errors';
import { Rpc, workerStopped, type JobProgress } from '../../electron/worker/rpc';

const channels: MessageChannel[] = [];
function pair(): { host: Rpc; worker: Rpc; logged: string[] } {
  const ch = new MessageChannel();
  channels.push(ch);
  const logged: string[] = [];
  return { host: new Rpc(ch.port1), worker: new Rpc(ch.port2, (op) => logged.push(op)), logged };
}
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

describe('worker transport', () => {
  it('answers a value, and a PdError as the same code, message key and details', async () => {
    const { host, worker } = pair();
    worker.handle<{ n: number }>('double', ({ n }) => n * 2);
    worker.handle('refuse', () => {
      throw new PdError('NOT_FOUND', { entity: 'letter' });
    });
    expect(await host.request('double', { n: 21 })).toBe(42);
    await expect(host.request('refuse', null)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'errors.NOT_FOUND',
      details: { entity: 'letter' },
    });
    await expect(host.request('nothing.here', null)).rejects.toMatchObject({ code: 'UNKNOWN_CALL' });
  });

  it('turns any other error into INTERNAL with no text, and logs it on its own side', async () => {
    const { host, worker, logged } = pair();
    worker.handle('boom', () => {
      throw new Error('SELECT * FROM secrets');
    });
    const e = (await host.request('boom', null).catch((x: unknown) => x)) as PdError;
    expect(e.code).toBe('INTERNAL');
    expect(JSON.stringify(e.details ?? {})).not.toContain('secrets');
    expect(logged).toEqual(['boom']);
  });

  it('delivers a cancel to awaiting code (signal) and to code that never yields (shared flag)', async () => {
    const { host, worker } = pair();
    const seen: boolean[] = [];
    worker.handle('wait', (_p, job) => {
      return new Promise((_resolve, reject) =>
        job.signal.addEventListener('abort', () => {
          seen.push(job.cancelled());
          reject(new PdError('CANCELLED'));
        }),
      );
    });
    worker.handle('spin', (_p, job) => {
      job.progress({ phase: 'spin' });
      // Synchronous: no message can arrive here, only the shared flag can change.
      const end = Date.now() + 20_000;
      while (!job.cancelled()) if (Date.now() > end) return 'not cancelled';
      throw new PdError('CANCELLED');
    });
    const c1 = new AbortController();
    const waiting = host.request('wait', null, { signal: c1.signal });
    c1.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen).toEqual([true]);

    // Aborted right after sending: the 'cancel' message is still queued behind the request when
    // the synchronous handler runs, so only the shared flag can tell it.
    const c2 = new AbortController();
    const progress: JobProgress[] = [];
    const spinning = host.request('spin', null, { signal: c2.signal, onProgress: (p) => progress.push(p) });
    c2.abort();
    await expect(spinning).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(progress).toEqual([{ phase: 'spin' }]);
  });

  it('refuses a request whose signal is already aborted without sending it', async () => {
    const { host, worker } = pair();
    let ran = false;
    worker.handle('x', () => (ran = true));
    await expect(host.request('x', null, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(ran).toBe(false);
  });

  it('sends events both ways', async () => {
    const { host, worker } = pair();
    const got = new Promise((resolve) => host.on('facts', resolve));
    worker.emit('facts', { centralUrl: null });
    expect(await got).toEqual({ centralUrl: null });
  });

  it('fails every open request when the other side stops, and later ones at once', async () => {
    const { host, worker } = pair();
    worker.handle('never', () => new Promise(() => {}));
    const open = host.request('never', null);
    host.stop(workerStopped('core_crashed'));
    await expect(open).rejects.toMatchObject({ code: 'INTERNAL', details: { reason: 'core_crashed' } });
    await expect(host.request('never', null)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
