// Between an open database and the main layout: who is signed in. No session → sign-in screen;
// a temporary password → change it first; a locked session → the lock screen. While locked or
// signed out the layout (and every page with personal data in its state) is unmounted.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppState, SessionUser } from '../../../common/contract';
import { api, onSessionError } from '../api/client';
import { Layout } from '../app/Layout';
import { forgetRoute } from '../app/router';
import { LoadingScreen } from '../app/screens/Screen';
import { ChangePasswordScreen } from './ChangePasswordScreen';
import { AuthContext, authValue, type SignInNotice } from './context';
import { useIdleLock } from './idle';
import { LockScreen } from './LockScreen';
import { roleMay } from './permissions';
import { dropPrivateData } from './private-data';
import { sessionToken, setSessionToken } from './session-token';
import { SignInScreen } from './SignInScreen';
import '../styles/accounts.css';
import { languageForUser } from '../i18n';

export type AuthState =
  | { kind: 'checking' }
  | { kind: 'signedOut'; notice?: SignInNotice }
  | { kind: 'signedIn'; user: SessionUser; idleLockSeconds: number }
  | { kind: 'locked'; user: SessionUser; idleLockSeconds: number };

const DEFAULT_IDLE_SECONDS = 600;

function IdleWatch({ seconds, onIdle }: { seconds: number; onIdle: () => void }) {
  useIdleLock(seconds, onIdle);
  return null;
}

/** On start (and after a reload): does the token in sessionStorage still name a session? */
function useRestoredSession(setAuth: (a: AuthState) => void) {
  useEffect(() => {
    if (!sessionToken()) {
      setAuth({ kind: 'signedOut' });
      return;
    }
    let alive = true;
    api
      .call('auth.session', {})
      .then((s) => {
        if (!alive) return;
        if (!s.user) {
          setSessionToken(null);
          setAuth({ kind: 'signedOut' });
        } else
          setAuth({
            kind: s.locked ? 'locked' : 'signedIn',
            user: s.user,
            idleLockSeconds: s.idleLockSeconds,
          });
      })
      .catch(() => {
        if (alive) setAuth({ kind: 'signedOut' });
      });
    return () => {
      alive = false;
    };
  }, [setAuth]);
}

/** The session's state and what changes it: sign-in, lock, sign-out, a session the core ended. */
function useAuthState() {
  const [auth, setAuth] = useState<AuthState>({ kind: 'checking' });
  const current = useRef(auth);
  useEffect(() => {
    current.current = auth;
  }, [auth]);

  useRestoredSession(setAuth);

  const toLocked = useCallback(() => {
    dropPrivateData();
    setAuth((a) => (a.kind === 'signedIn' ? { ...a, kind: 'locked' } : a));
  }, []);

  const sessionEnded = useCallback((notice: SignInNotice) => {
    setSessionToken(null);
    dropPrivateData();
    forgetRoute();
    setAuth({ kind: 'signedOut', notice });
  }, []);

  const lock = useCallback(() => {
    toLocked();
    api.call('auth.lock', {}).catch(() => {
      // already locked or ended on the core's side: the screen is locked either way
    });
  }, [toLocked]);

  const signOut = useCallback(() => {
    const ended = () => sessionEnded('signedOut');
    api.call('auth.logout', {}).then(ended, ended);
  }, [sessionEnded]);

  // Any call answered "locked" or "no session" switches the whole window.
  useEffect(
    () =>
      onSessionError((e) => {
        const kind = current.current.kind;
        if (kind === 'signedOut' || kind === 'checking') return;
        if (e.code === 'SESSION_LOCKED') toLocked();
        else sessionEnded('expired');
      }),
    [toLocked, sessionEnded],
  );

  const setIdleLockSeconds = useCallback((seconds: number) => {
    setAuth((a) => (a.kind === 'signedIn' ? { ...a, idleLockSeconds: seconds } : a));
  }, []);

  const user = auth.kind === 'signedIn' || auth.kind === 'locked' ? auth.user : null;
  // Each staff member's own interface language on a shared PC (i18n/index.ts).
  const username = user?.username ?? null;
  useEffect(() => languageForUser(username), [username]);
  const idleLockSeconds =
    auth.kind === 'signedIn' || auth.kind === 'locked' ? auth.idleLockSeconds : DEFAULT_IDLE_SECONDS;
  const value = useMemo(
    () => authValue(user, idleLockSeconds, { lock, signOut, sessionEnded, setIdleLockSeconds }),
    [user, idleLockSeconds, lock, signOut, sessionEnded, setIdleLockSeconds],
  );

  // Every sign-in starts on the home page (unlocking by the same person returns to where it was).
  const signedIn = useCallback(async (token: string, u: SessionUser) => {
    forgetRoute();
    setSessionToken(token);
    let seconds = DEFAULT_IDLE_SECONDS;
    try {
      seconds = (await api.call('auth.session', {})).idleLockSeconds;
    } catch {
      // keep the default; the core locks on its own clock anyway
    }
    setAuth({ kind: 'signedIn', user: u, idleLockSeconds: seconds });
  }, []);

  return { auth, setAuth, value, lock, signOut, sessionEnded, signedIn };
}

export function AuthGate({ state }: { state: AppState }) {
  const { auth, setAuth, value, lock, signOut, sessionEnded, signedIn } = useAuthState();
  switch (auth.kind) {
    case 'checking':
      return <LoadingScreen />;
    case 'signedOut':
      return <SignInScreen notice={auth.notice} onSignedIn={signedIn} />;
    case 'locked':
      return (
        <LockScreen
          user={auth.user}
          onUnlocked={(u) => setAuth({ kind: 'signedIn', user: u, idleLockSeconds: auth.idleLockSeconds })}
          onSignOut={signOut}
          onSessionGone={() => sessionEnded('expired')}
        />
      );
    case 'signedIn':
      // Only a role that may change its password is sent to do so (the contract keeps auditors
      // from every writing call, this one included).
      if (auth.user.mustChangePassword && roleMay(auth.user.role, 'auth.changePassword'))
        return (
          <>
            <IdleWatch seconds={auth.idleLockSeconds} onIdle={lock} />
            <ChangePasswordScreen
              user={auth.user}
              onChanged={() => setAuth({ ...auth, user: { ...auth.user, mustChangePassword: false } })}
              onSignOut={signOut}
            />
          </>
        );
      return (
        <AuthContext value={value}>
          <IdleWatch seconds={auth.idleLockSeconds} onIdle={lock} />
          <Layout state={state} />
        </AuthContext>
      );
  }
}
