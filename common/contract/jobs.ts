// Long calls started from the window as jobs (backup, purge, reports, exports): the window names
// the call with a job id of its own, hears how far it is and may cancel it. Electron: the preload's
// invoke/cancel/onProgress over IPC (electron/shell/electron/calls.ts); the headless shell: a
// streamed answer and a cancel route (electron/shell/http-bridge.ts).

export const PROGRESS_CHANNEL = 'pd:progress';
export const CANCEL_CHANNEL = 'pd:cancel';

/** How far a job is, as the core reports it: `done` of `total` units of `phase`. */
export interface JobProgress {
  phase: string;
  done?: number;
  total?: number;
}

/** One progress report for the window: the job it started and how far that job is. */
export interface JobProgressReport {
  jobId: string;
  progress: JobProgress;
}

/** A job id the window may choose: short, URL- and header-safe. */
export const JOB_ID_PATTERN = /^[\w-]{1,64}$/;

export function isJobId(v: unknown): v is string {
  return typeof v === 'string' && JOB_ID_PATTERN.test(v);
}
