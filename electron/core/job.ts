// Long reads and exports (the year report, the audit and register exports) as cancellable jobs:
// the same cancel and progress the transport gives a backup or a purge (CallContext's signal,
// cancelled and progress). Work goes in chunks; between two chunks a cancel is honoured and,
// at most every REPORT_EVERY_MS, how far it is gets reported. Nothing is written before the last
// check, so a cancelled export leaves no audit entry.
import { PdError } from '../../common/errors';
import type { JobProgress } from '../worker/rpc';

/** What a caller may pass to a long job (a CallContext fits as it is). */
export interface JobControl {
  signal?: AbortSignal | undefined;
  /** Shared memory the caller sets at once: readable by synchronous work that never yields. */
  cancelled?: (() => boolean) | undefined;
  progress?: ((p: JobProgress) => void) | undefined;
}

/** Items handled between two cancel checks. */
export const JOB_CHUNK = 1000;
/** Progress is reported at the start, the end, and no more often than this in between. */
const REPORT_EVERY_MS = 100;

/** Throws CANCELLED once the caller has cancelled (the last check before a job writes). */
export function checkCancelled(job: JobControl | undefined): void {
  if (job?.cancelled?.() || job?.signal?.aborted) throw new PdError('CANCELLED');
}

export class JobSteps {
  private last = 0;

  constructor(
    private readonly job: JobControl | undefined,
    private readonly phase: string,
    private readonly total: number,
  ) {}

  /** Throws CANCELLED once the caller has cancelled. */
  /** A chunk boundary: `done` of the total are handled. */
  at(done: number): void {
    checkCancelled(this.job);
    const progress = this.job?.progress;
    if (!progress) return;
    const now = performance.now();
    if (done !== 0 && done !== this.total && now - this.last < REPORT_EVERY_MS) return;
    this.last = now;
    progress({ phase: this.phase, done, total: this.total });
  }
}

/** items.map(fn), in chunks with a cancel check and progress between them. */
export function mapInChunks<T, U>(
  job: JobControl | undefined,
  phase: string,
  items: readonly T[],
  fn: (item: T) => U,
  chunk = JOB_CHUNK,
): U[] {
  const steps = new JobSteps(job, phase, items.length);
  const out: U[] = new Array<U>(items.length);
  steps.at(0);
  for (let i = 0; i < items.length; i += chunk) {
    const end = Math.min(items.length, i + chunk);
    for (let j = i; j < end; j++) out[j] = fn(items[j]!);
    steps.at(end);
  }
  return out;
}
