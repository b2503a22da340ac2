// useCall: load a contract call's value into a component, optionally polling.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, toPayload } from './client';

export interface CallState<T> {
  data: T | undefined;
  error: ErrorPayload | undefined;
  loading: boolean;
  reload: () => void;
}

export function useCall<K extends CallName>(
  name: K,
  input: CallInput<K>,
  opts: { pollMs?: number; enabled?: boolean } = {},
): CallState<CallOutput<K>> {
  const { pollMs, enabled = true } = opts;
  const key = JSON.stringify(input ?? {});
  const [data, setData] = useState<CallOutput<K> | undefined>(undefined);
  const [error, setError] = useState<ErrorPayload | undefined>(undefined);
  const [loading, setLoading] = useState(enabled);
  const [tick, setTick] = useState(0);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const value = await api.call(name, JSON.parse(key) as CallInput<K>);
        if (!alive) return;
        setData(value);
        setError(undefined);
      } catch (e) {
        if (!alive) return;
        setError(toPayload(e));
      } finally {
        if (alive) {
          setLoading(false);
          if (pollMs) timer = setTimeout(() => void run(), pollMs);
        }
      }
    };
    void run();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [name, key, pollMs, enabled, tick]);

  return { data, error, loading, reload };
}
