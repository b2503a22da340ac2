// The window's calls to the core over IPC: 'pd:call' (one contract call, from the app's own pages
// only) and, for a call the window made a job by giving it a job id, 'pd:cancel' (stops it) and
// 'pd:progress' (how far it is, sent back to the page that started it). Main keeps one
// AbortController per running job; the core worker sees the abort and answers CANCELLED.
//
// No import from 'electron' (as downloads.ts): main.ts hands in the real ipcMain.
import {
  CANCEL_CHANNEL,
  isJobId,
  PROGRESS_CHANNEL,
  type JobProgress,
  type JobProgressReport,
} from '../../../common/contract/jobs';
import type { CallResult } from '../../../common/contract';
import type { CoreClient } from '../../worker/core-client';

/** What of Electron's IpcMainInvokeEvent is read here. */
interface Event {
  senderFrame: { url: string } | null;
  sender: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean };
}

export interface CallIpc {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => unknown): void;
}

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' },
};

export function installCalls(
  ipc: CallIpc,
  /** The core once started; null when it failed to start. */
  core: () => Promise<CoreClient | null>,
  isAppUrl: (url: string) => boolean,
): void {
  const jobs = new Map<string, AbortController>();
  const fromApp = (event: Event) => isAppUrl(event.senderFrame?.url ?? '');

  ipc.handle('pd:call', async (event, name, input, session, jobId) => {
    const job = fromApp(event) && isJobId(jobId) && !jobs.has(jobId) ? jobId : null;
    // Registered before the core is awaited, so a cancel that follows at once is not lost.
    const controller = job ? new AbortController() : null;
    if (job && controller) jobs.set(job, controller);
    try {
      const ready = fromApp(event) ? await core() : null;
      if (!ready) return FORBIDDEN;
      const sessionToken = typeof session === 'string' && session ? session : undefined;
      const onProgress = (progress: JobProgress) => {
        if (job && !event.sender.isDestroyed())
          event.sender.send(PROGRESS_CHANNEL, { jobId: job, progress } satisfies JobProgressReport);
      };
      return await ready.call(String(name), input, {
        source: 'ipc',
        sessionToken,
        ...(controller ? { signal: controller.signal, onProgress } : {}),
      });
    } finally {
      if (job) jobs.delete(job);
    }
  });

  // Answers whether a running job was found; a job that already ended answers its own outcome.
  ipc.handle(CANCEL_CHANNEL, (event, jobId) => {
    if (!fromApp(event)) return FORBIDDEN;
    const controller = isJobId(jobId) ? jobs.get(jobId) : undefined;
    controller?.abort();
    return { ok: true, value: { cancelled: !!controller } };
  });
}
