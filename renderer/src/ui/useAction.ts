// One call to the core at a time from a button or a dialog: busy while it runs (a second click
// does nothing), and its error kept to show; a new run clears the last error.
import { useCallback, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../common/errors';
import { toPayload } from '../api/client';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload>();
  const running = useRef(false);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      return await fn();
    } catch (e) {
      setError(toPayload(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
