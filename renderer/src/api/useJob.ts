// useJob: runs a long call (backup, reports, exports) as a job: the window hears how far it is and
// may cancel it. A cancelled job is not an error: `cancelled` is set and the call's value is
// undefined. Starting it again while it runs cancels the older run (a report for a new period).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput, JobProgress } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from './client';

export interface JobView {
  running: boolean;
  /** The last report of the running job; null before the first. */
  progress: JobProgress | null;
  /** Cancel was pressed and the core has not answered yet. */
  cancelling: boolean;
  /** The last run ended cancelled (nothing was written). */
  cancelled: boolean;
  error: ErrorPayload | undefined;
}

export interface Job extends JobView {
  run<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K> | undefined>;
  cancel(): void;
}

const IDLE: JobView = {
  running: false,
  progress: null,
  cancelling: false,
  cancelled: false,
  error: undefined,
};

export function useJob(): Job {
  const [view, setView] = useState<JobView>(IDLE);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      api.onProgress((r) => {
        if (r.jobId === current.current) setView((v) => ({ ...v, progress: r.progress }));
      }),
    [],
  );

  const run = useCallback(async <K extends CallName>(name: K, input: CallInput<K>) => {
    if (current.current) void api.cancel(current.current);
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setView({ ...IDLE, running: true });
    const settle = (v: JobView) => {
      // A run replaced by a newer one leaves the view to the newer one.
      if (current.current !== jobId) return false;
      current.current = null;
      setView(v);
      return true;
    };
    try {
      const value = await api.call(name, input, { jobId });
      return settle(IDLE) ? value : undefined;
    } catch (e) {
      const error = toPayload(e);
      settle(error.code === 'CANCELLED' ? { ...IDLE, cancelled: true } : { ...IDLE, error });
      return undefined;
    }
  }, []);

  const cancel = useCallback(() => {
    if (!current.current) return;
    setView((v) => ({ ...v, cancelling: true }));
    void api.cancel(current.current);
  }, []);

  return { ...view, run, cancel };
}
