// A job through the headless shell's bridge, as the page drives it (renderer/src/api/
// headless-transport.ts over real HTTP): the job id travels in X-PD-Job, progress streams ahead of
// the answer to onProgress, and POST /api/cancel/<id> (with the per-start token) aborts the job's
// signal, so the call answers what the core answers to a cancel. Plain calls are unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallResult, JobProgressReport } from '../../common/contract';
import { startBridge, type Bridge } from '../../electron/shell/http-bridge';
import { createHeadlessApi } from '../../renderer/src/api/headless-transport';

const CANCELLED: CallResult<never> = {
  ok: false,
  error: { code: 'CANCELLED', messageKey: 'errors.CANCELLED' },
};

describe('a job over the HTTP bridge', () => {
  let bridge: Bridge;
  const seen: { name: string; session: string | undefined; job: boolean }[] = [];

  beforeAll(async () => {
    bridge = await startBridge({
      rendererDir: '/nonexistent',
      // 'count' reports three steps and answers; 'wait' answers CANCELLED once its signal aborts.
      handle: async (name, _input, session, _source, signal, onProgress) => {
        seen.push({ name, session, job: !!onProgress });
        if (name === 'wait')
          return new Promise((resolve) =>
            signal.addEventListener('abort', () => resolve(CANCELLED), { once: true }),
          );
        for (let done = 0; done <= 2; done++) onProgress?.({ phase: 'rows', done, total: 2 });
        return { ok: true, value: 'counted' };
      },
    });
  });
  afterAll(() => bridge.close());

  const api = (token: string | null = bridge.token) =>
    createHeadlessApi(token, (url, init) => fetch(new URL(String(url), bridge.url), init));

  it('streams the progress of a job to onProgress and answers its value', async () => {
    const w = api();
    const heard: JobProgressReport[] = [];
    const off = w.onProgress!((r) => heard.push(r));
    const r = await w.invoke('count' as never, {} as never, 'sess', 'job-1');
    off();
    expect(r).toEqual({ ok: true, value: 'counted' });
    expect(heard).toEqual(
      [0, 1, 2].map((done) => ({ jobId: 'job-1', progress: { phase: 'rows', done, total: 2 } })),
    );
    // Without a job id: a plain JSON answer, no progress.
    expect(await w.invoke('count' as never, {} as never)).toEqual({ ok: true, value: 'counted' });
    expect(seen.slice(-2)).toEqual([
      { name: 'count', session: 'sess', job: true },
      { name: 'count', session: undefined, job: false },
    ]);
  });

  it('cancels a running job by its id; an unknown id or a wrong token cancels nothing', async () => {
    const w = api();
    const answer = w.invoke('wait' as never, {} as never, undefined, 'job-2');
    await expect.poll(() => seen.at(-1)?.name).toBe('wait');
    expect(await w.cancel!('job-other')).toEqual({ ok: true, value: { cancelled: false } });
    expect(await api('wrong token').cancel!('job-2')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await w.cancel!('job-2')).toEqual({ ok: true, value: { cancelled: true } });
    expect(await answer).toEqual(CANCELLED);
    // It has ended: cancelling it again finds nothing.
    expect(await w.cancel!('job-2')).toEqual({ ok: true, value: { cancelled: false } });
  });
});
