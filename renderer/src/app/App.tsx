// What the window shows: the app state decides between first-run setup, the database error
// screen (with recovery) and, once signed in (auth/AuthGate), the main layout; transport problems
// get their own screens.
import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../../../common/contract';
import type { ErrorPayload } from '../../../common/errors';
import { api, onDatabaseClosed, onUnauthorized, toPayload } from '../api/client';
import { UnauthorizedScreen, UnreachableScreen } from './screens/AccessScreens';
import { AuthGate } from '../auth/AuthGate';
import { DbErrorScreen } from './screens/DbErrorScreen';
import { LoadingScreen } from './screens/Screen';
import { SetupScreen } from './screens/SetupScreen';

type Boot =
  | { kind: 'loading' }
  | { kind: 'unauthorized' }
  | { kind: 'unreachable'; error: ErrorPayload }
  | { kind: 'state'; state: AppState };

export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });

  const load = useCallback(async () => {
    try {
      setBoot({ kind: 'state', state: await api.call('app.state', {}) });
    } catch (e) {
      const error = toPayload(e);
      setBoot(error.code === 'UNAUTHORIZED' ? { kind: 'unauthorized' } : { kind: 'unreachable', error });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onUnauthorized(() => setBoot({ kind: 'unauthorized' })), []);
  // The background integrity check can close a damaged database after the window opened.
  useEffect(() => onDatabaseClosed(() => void load()), [load]);

  const onReady = useCallback((state: AppState) => setBoot({ kind: 'state', state }), []);
  const recheck = useCallback(() => {
    setBoot({ kind: 'loading' });
    void load();
  }, [load]);

  switch (boot.kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'unauthorized':
      return <UnauthorizedScreen />;
    case 'unreachable':
      return <UnreachableScreen error={boot.error} onRetry={recheck} />;
    case 'state':
      if (boot.state.phase === 'setup')
        return <SetupScreen state={boot.state} onReady={onReady} onRecheck={recheck} />;
      if (boot.state.phase === 'error')
        return <DbErrorScreen state={boot.state} onReady={onReady} onRecheck={recheck} />;
      return <AuthGate state={boot.state} />;
  }
}
