// Signed-in sessions, held in the main process only. A session locks after a period without
// activity; a locked session can do nothing but unlock, sign out or say that it is locked. Every
// session ends a fixed time after sign-in, however active (a forgotten open window does not stay
// signed in for days).
import { randomBytes } from 'node:crypto';
import type { Role } from '../../common/contract/define';

export interface Session {
  token: string;
  username: string;
  displayName: string;
  role: Role;
  createdAt: number;
  lastActivity: number;
  locked: boolean;
  /** Signed in with a temporary password: nothing but changing it (dispatch enforces this). */
  mustChangePassword: boolean;
}

export const DEFAULT_IDLE_MINUTES = 10;
export const DEFAULT_SESSION_MAX_HOURS = 12;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleSeconds: () => number,
    private readonly now: () => number = Date.now,
    private readonly maxAgeSeconds: () => number = () => DEFAULT_SESSION_MAX_HOURS * 3600,
  ) {}

  create(user: { username: string; displayName: string; role: Role; mustChangePassword?: boolean }): Session {
    const t = this.now();
    const s: Session = {
      token: randomBytes(32).toString('base64url'),
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      mustChangePassword: user.mustChangePassword ?? false,
      createdAt: t,
      lastActivity: t,
      locked: false,
    };
    this.sessions.set(s.token, s);
    return s;
  }

  /** The session for a token, locked first if it has been idle too long; none once it has expired. */
  resolve(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const s = this.sessions.get(token);
    if (!s) return undefined;
    if (this.now() - s.createdAt >= this.maxAgeSeconds() * 1000) {
      this.sessions.delete(token);
      return undefined;
    }
    if (!s.locked && this.now() - s.lastActivity > this.idleSeconds() * 1000) s.locked = true;
    return s;
  }

  touch(s: Session): void {
    s.lastActivity = this.now();
  }

  lock(s: Session): void {
    s.locked = true;
  }

  unlock(s: Session): void {
    s.locked = false;
    s.lastActivity = this.now();
  }

  drop(token: string): void {
    this.sessions.delete(token);
  }

  /** After an administrator disables an account or changes its role, its sessions end. */
  dropUser(username: string): void {
    for (const [token, s] of this.sessions)
      if (s.username.toLowerCase() === username.toLowerCase()) this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }
}
