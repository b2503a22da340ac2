// Who is signed in, what they may do, and the session actions, for any component under the
// layout: useAuth().can('users.create') decides whether a button is shown.
import { createContext, useContext } from 'react';
import type { CallName, SessionUser } from '../../../common/contract';
import { roleMay } from './permissions';

export interface AuthValue {
  user: SessionUser | null;
  idleLockSeconds: number;
  /** Whether the signed-in role may make this contract call (the same rule the core applies). */
  can: (name: CallName) => boolean;
  /** Locks the screen now (drops personal data from the window). */
  lock: () => void;
  signOut: () => void;
  /** The session ended on the core's side (restore, role change): back to sign-in with a notice. */
  sessionEnded: (notice: SignInNotice) => void;
  /** After the administrator changed the idle-lock minutes. */
  setIdleLockSeconds: (seconds: number) => void;
}

export type SignInNotice = 'signedOut' | 'expired' | 'restored';

export const AuthContext = createContext<AuthValue>({
  user: null,
  idleLockSeconds: 600,
  can: () => false,
  lock: () => {},
  signOut: () => {},
  sessionEnded: () => {},
  setIdleLockSeconds: () => {},
});

export function useAuth(): AuthValue {
  return useContext(AuthContext);
}

export function authValue(
  user: SessionUser | null,
  idleLockSeconds: number,
  actions: Pick<AuthValue, 'lock' | 'signOut' | 'sessionEnded' | 'setIdleLockSeconds'>,
): AuthValue {
  return { user, idleLockSeconds, can: (name) => roleMay(user?.role, name), ...actions };
}
