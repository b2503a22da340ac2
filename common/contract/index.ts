// The one contract between the renderer and the core. Every call the renderer can make is here;
// the main process refuses anything else and validates every payload against these schemas.
import { adminCalls } from './admin';
import { appCalls } from './app';
import { syncCalls } from './sync';
import { authCalls } from './auth';
import { mailroomCalls } from './mailroom';
import { lettersCalls } from './letters';
import { requestCalls } from './requests';
import { machineCalls } from './machine';
import { breachCalls } from './breaches';
import type { ErrorPayload } from '../errors';
import type { DownloadReport } from './downloads';
import type { JobProgressReport } from './jobs';
import type { InputOf, OutputOf } from './define';

export const CONTRACT = {
  ...appCalls,
  ...syncCalls,
  ...adminCalls,
  ...authCalls,
  ...mailroomCalls,
  ...lettersCalls,
  ...requestCalls,
  ...machineCalls,
  ...breachCalls,
} as const;

export type Contract = typeof CONTRACT;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = InputOf<Contract[K]>;
export type CallOutput<K extends CallName> = OutputOf<Contract[K]>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(CONTRACT, name);
}

/**
 * Errors cross the boundary as data, not as thrown objects: Electron's IPC and contextBridge keep
 * only an Error's message, and the renderer needs the code and message key.
 */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** What window.api offers the renderer, in Electron (preload) and in the headless shell alike. */
export interface WindowApi {
  /** `session` is the token auth.login (or app.setup) returned; public calls work without it. */
  invoke<K extends CallName>(
    name: K,
    input: CallInput<K>,
    session?: string,
    /** Makes the call a job: progress reports name this id, and cancel(jobId) stops it. */
    jobId?: string,
  ): Promise<CallResult<CallOutput<K>>>;
  /** Cancels a running job; its call then answers CANCELLED (or its value, if it had finished). */
  cancel?(jobId: string): Promise<unknown>;
  /** Progress reports of the jobs this window started; returns the unsubscribe. */
  onProgress?(listener: (report: JobProgressReport) => void): () => void;
  readonly shell: 'electron' | 'headless';
  /** Electron only: a download's outcome (saved, cancelled, failed); returns the unsubscribe. */
  onDownload?(listener: (report: DownloadReport) => void): () => void;
}

export * from './define';
export * from './downloads';
export * from './jobs';
export * from './app';
export * from './sync';
export * from './admin';
export * from './auth';
export * from './mailroom';
export * from './letters';
export * from './requests';
export * from './machine';
export * from './breaches';
