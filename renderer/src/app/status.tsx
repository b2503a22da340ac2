// The core's status (database, sync queue), polled every few seconds for the status bar and the
// dashboard, and the network state as the browser sees it (navigator.onLine and its events).
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppStatus } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { useCall } from '../api/hooks';

export const STATUS_POLL_MS = 5_000;

interface StatusValue {
  status: AppStatus | undefined;
  error: ErrorPayload | undefined;
  reload: () => void;
}

const StatusContext = createContext<StatusValue>({ status: undefined, error: undefined, reload: () => {} });

export function StatusProvider({ children }: { children: ReactNode }) {
  const { data, error, reload } = useCall('app.status', {}, { pollMs: STATUS_POLL_MS });
  return <StatusContext value={{ status: data, error, reload }}>{children}</StatusContext>;
}

export function useStatus(): StatusValue {
  return useContext(StatusContext);
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
